/** Range: merged cells (the sheet model lists the merged areas). */
import type { RawCellContent } from 'hyperformula';
import { errors } from '../errors';
import { overlaps, type GridArea } from '../model/sheetModel';
import { RangeNotesValidations } from './notesValidations';
import { rangeImpl, type Range } from './rangeBase';

export class RangeMerges extends RangeNotesValidations {
  // Merges

  merge(): Range {
    this._alive();
    if (this._numRows * this._numCols === 1) return this._self;
    const overlapping = this._sheet.merges.filter((m) => overlaps(m, this._area));
    if (overlapping.some((m) => !contains(this._area, m))) throw errors.mergeOverlap();
    for (const m of overlapping) this._sheet.merges.splice(this._sheet.merges.indexOf(m), 1);
    this._sheet.merges.push(this._area);
    // Merging keeps the top-left value only.
    const contents: RawCellContent[][] = Array.from({ length: this._numRows }, (_, r) =>
      Array.from({ length: this._numCols }, (_, c) =>
        r === 0 && c === 0
          ? this._ctx.engine.serialized(this._sheet.hfId, this._row - 1, this._col - 1)
          : null,
      ),
    );
    this._ctx.engine.setContents(this._sheet.hfId, this._row - 1, this._col - 1, contents);
    return this._self;
  }

  mergeAcross(): Range {
    this._alive();
    for (let r = 0; r < this._numRows; r++)
      (
        rangeImpl(this._ctx.range(this._sheet, this._row + r, this._col, 1, this._numCols)) as RangeMerges
      ).merge();
    return this._self;
  }

  mergeVertically(): Range {
    this._alive();
    for (let c = 0; c < this._numCols; c++)
      (
        rangeImpl(this._ctx.range(this._sheet, this._row, this._col + c, this._numRows, 1)) as RangeMerges
      ).merge();
    return this._self;
  }

  breakApart(): Range {
    this._alive();
    const overlapping = this._sheet.merges.filter((m) => overlaps(m, this._area));
    if (overlapping.some((m) => !contains(this._area, m))) throw errors.mergeOverlap();
    for (const m of overlapping) this._sheet.merges.splice(this._sheet.merges.indexOf(m), 1);
    return this._self;
  }

  isPartOfMerge(): boolean {
    this._alive();
    return this._sheet.merges.some((m) => overlaps(m, this._area));
  }

  getMergedRanges(): Range[] {
    this._alive();
    return this._sheet.merges
      .filter((m) => overlaps(m, this._area))
      .map((m) => this._ctx.range(this._sheet, m.row, m.column, m.numRows, m.numColumns));
  }
}

function contains(outer: GridArea, inner: GridArea): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
