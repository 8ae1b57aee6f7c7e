/** Range: where it is (bounds, A1 notation, its sheet), the ranges around it, and activation. */
import { toA1 } from '../a1';
import type { EmulatorContext } from '../context';
import { errors } from '../errors';
import type { SheetModel } from '../model/sheetModel';
import { RangeMerges } from './merges';
import type { Range } from './rangeBase';

export class RangeGeometry extends RangeMerges {
  // Geometry

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    this._alive();
    return sheetRange(
      this._ctx,
      this._sheet,
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numCols,
    );
  }

  getCell(row: number, column: number): Range {
    this._alive();
    if (row < 1 || row > this._numRows || column < 1 || column > this._numCols)
      throw errors.cellOutsideRange();
    return this._ctx.range(this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }

  getA1Notation(): string {
    this._alive();
    const fullRows = this._row === 1 && this._numRows === this._sheet.maxRows;
    const fullCols = this._col === 1 && this._numCols === this._sheet.maxColumns;
    if (fullRows && !fullCols) {
      const a = toA1(1, this._col, 1, this._numCols).replace(/\d+/g, '');
      return a.includes(':') ? a : `${a}:${a}`;
    }
    if (fullCols && !fullRows) return `${this._row}:${this._row + this._numRows - 1}`;
    return toA1(this._row, this._col, this._numRows, this._numCols);
  }

  getRow(): number {
    return this._row;
  }

  getRowIndex(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getNumRows(): number {
    return this._numRows;
  }

  getNumColumns(): number {
    return this._numCols;
  }

  getHeight(): number {
    return this._numRows;
  }

  getWidth(): number {
    return this._numCols;
  }

  getLastRow(): number {
    return this._row + this._numRows - 1;
  }

  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }

  isStartRowBounded(): boolean {
    return true;
  }

  isEndRowBounded(): boolean {
    return !(this._row === 1 && this._numRows === this._sheet.maxRows);
  }

  isStartColumnBounded(): boolean {
    return true;
  }

  isEndColumnBounded(): boolean {
    return !(this._col === 1 && this._numCols === this._sheet.maxColumns);
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this._alive();
    return this._ctx.sheet(this._sheet);
  }

  getGridId(): number {
    return this._sheet.sheetId;
  }

  activate(): Range {
    this._alive();
    this._ctx.workbook.active = this._sheet;
    return this._self;
  }
}

/** A range of a sheet by 1-based coordinates, with Apps Script's bound checks and messages. */
export function sheetRange(
  ctx: EmulatorContext,
  sheet: SheetModel,
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1,
): Range {
  for (const [name, v] of [
    ['row', row],
    ['column', column],
    ['numRows', numRows],
    ['numColumns', numColumns],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw errors.signatureMismatch(
        [row, column, numRows, numColumns].slice(0, name === 'row' || name === 'column' ? 2 : 4),
        'SpreadsheetApp.Sheet.getRange',
      );
    }
  }
  const r = Math.trunc(row);
  const c = Math.trunc(column);
  const nr = Math.trunc(numRows);
  const nc = Math.trunc(numColumns);
  if (r < 1) throw errors.startRowTooSmall();
  if (c < 1) throw errors.startColumnTooSmall();
  if (nr < 1) throw errors.numRowsTooSmall();
  if (nc < 1) throw errors.numColumnsTooSmall();
  if (r + nr - 1 > sheet.maxRows) throw errors.rowsOutOfBounds();
  if (c + nc - 1 > sheet.maxColumns) throw errors.columnsOutOfBounds();
  return ctx.range(sheet, r, c, nr, nc);
}
