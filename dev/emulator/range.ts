/**
 * Range: a rectangle of one sheet. Values and formulas live in HyperFormula; formats, notes and
 * validations in the sheet model. Batch setters check the array's shape like Apps Script. The methods are
 * split by concern under range/ (a chain of classes from range/rangeBase.ts); this file completes the
 * chain with what ties a range to the rest of the sheet (developer metadata, sort, banding, protection,
 * clearing) and is the module the rest of the emulator imports.
 */
import { quoteSheetName, toA1 } from './a1';
import { unwrap } from './calls';
import { readFormula, readValue } from './cells';
import type { EmulatorContext } from './context';
import { errors } from './errors';
import { overlaps, type DeveloperMetadataData, type SheetModel } from './model/sheetModel';
import { makeProtection } from './protection';
import { applyRowBanding, bandingObject } from './banding';
import { addMetadata, metadataObject } from './developerMetadata';
import { moveRowMetadata, sortedContents, sortKeys, writeMetas } from './sort';
import { RangeGeometry } from './range/geometry';
import { rangeImpl, type Range } from './range/rangeBase';

export { sheetRange } from './range/geometry';

/** The Range methods the emulator implements (the rest throw "Range.x is not emulated"). */
type Implemented =
  | 'getValue'
  | 'getValues'
  | 'setValue'
  | 'setValues'
  | 'getFormula'
  | 'getFormulas'
  | 'setFormula'
  | 'setFormulas'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getFontColorObject'
  | 'getFontColorObjects'
  | 'setFontColor'
  | 'setFontColors'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'getFontSize'
  | 'setFontSize'
  | 'getFontFamily'
  | 'setFontFamily'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'getVerticalAlignment'
  | 'setVerticalAlignment'
  | 'getWrap'
  | 'getWraps'
  | 'setWrap'
  | 'setWraps'
  | 'getWrapStrategy'
  | 'setWrapStrategy'
  | 'setWrapStrategies'
  | 'getNote'
  | 'getNotes'
  | 'sort'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'setNote'
  | 'setNotes'
  | 'clearNote'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'clearDataValidations'
  | 'merge'
  | 'mergeAcross'
  | 'mergeVertically'
  | 'breakApart'
  | 'isPartOfMerge'
  | 'getMergedRanges'
  | 'offset'
  | 'getCell'
  | 'getA1Notation'
  | 'getRow'
  | 'getRowIndex'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getHeight'
  | 'getWidth'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getSheet'
  | 'getGridId'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'setBorder'
  | 'activate'
  | 'isBlank'
  | 'protect'
  | 'getBackgroundObject'
  | 'insertCheckboxes'
  | 'isChecked'
  | 'check'
  | 'uncheck'
  | 'setShowHyperlink'
  | 'setTextRotation'
  | 'applyRowBanding'
  | 'getBandings'
  | 'isStartRowBounded'
  | 'isEndRowBounded'
  | 'isStartColumnBounded'
  | 'isEndColumnBounded';

export class RangeImpl extends RangeGeometry implements Pick<Range, Implemented> {
  static create(
    ctx: EmulatorContext,
    sheet: SheetModel,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): Range {
    const impl = new RangeImpl(ctx, sheet, row, col, numRows, numCols);
    impl._self = ctx.wrap<Range>(
      impl,
      'Range',
      () => `Range ${quoteSheetName(sheet.name)}!${toA1(row, col, numRows, numCols)}`,
    );
    return impl._self;
  }

  /** The rows or columns this range spans whole, as developer metadata can sit on them. */
  private _dimensionPlace(): DeveloperMetadataData['place'] {
    const sheet = this._sheet;
    if (this._col === 1 && this._numCols === sheet.maxColumns)
      return { dimension: 'ROW', start: this._row, count: this._numRows };
    if (this._row === 1 && this._numRows === sheet.maxRows)
      return { dimension: 'COLUMN', start: this._col, count: this._numCols };
    return undefined;
  }

  addDeveloperMetadata(...args: unknown[]): Range {
    this._alive();
    const place = this._dimensionPlace();
    if (!place) throw errors.metadataOnArbitraryRange();
    addMetadata(this._ctx, { sheet: this._sheet, list: this._sheet.developerMetadata }, args, place);
    return this._self;
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this._alive();
    const place = this._dimensionPlace();
    const owner = { sheet: this._sheet, list: this._sheet.developerMetadata };
    return this._sheet.developerMetadata
      .filter(
        (d) =>
          place &&
          d.place?.dimension === place.dimension &&
          d.place.start === place.start &&
          d.place.count === place.count,
      )
      .map((d) => metadataObject(this._ctx, owner, d));
  }

  sort(spec: unknown): Range {
    this._alive();
    const area = this._area;
    const keys = sortKeys(spec, area);
    const rows = this._map((r, c) => ({ r, c })).map((line) => ({
      values: line.map(({ r, c }) => readValue(this._ctx, this._sheet, r, c)),
      formulas: line.map(({ r, c }) => readFormula(this._ctx, this._sheet, r, c)),
      metas: line.map(({ r, c }) => this._sheet.cell(r, c)),
    }));
    const { contents, metas, order } = sortedContents(rows, keys, area);
    this._writeContents(contents);
    writeMetas(this._sheet, area, metas);
    moveRowMetadata(this._sheet, area, order);
    return this._self;
  }

  applyRowBanding(
    theme?: GoogleAppsScript.Spreadsheet.BandingTheme,
    showHeader?: boolean,
    showFooter?: boolean,
  ): GoogleAppsScript.Spreadsheet.Banding {
    this._alive();
    return applyRowBanding(
      this._ctx,
      this._sheet,
      this._area,
      theme,
      showHeader ?? true,
      showFooter ?? false,
    );
  }

  getBandings(): GoogleAppsScript.Spreadsheet.Banding[] {
    this._alive();
    return this._sheet.bandings
      .filter((b) => overlaps(b.range, this._area))
      .map((b) => bandingObject(this._ctx, this._sheet, b));
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this._alive();
    return makeProtection(this._ctx, this._sheet, 'RANGE', this._area);
  }

  // Clearing

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): Range {
    this._alive();
    const only = options ?? {};
    const any = only.contentsOnly || only.formatOnly || only.validationsOnly || only.commentsOnly;
    if (!any || only.contentsOnly) this.clearContent();
    if (!any || only.formatOnly) this.clearFormat();
    if (only.validationsOnly) this.clearDataValidations();
    if (only.commentsOnly) this.clearNote();
    return this._self;
  }

  clearContent(): Range {
    this._alive();
    // Only the part that can hold content: a whole-sheet clear stays cheap.
    const { height, width } = this._ctx.engine.dimensions(this._sheet.hfId);
    const rows = Math.min(this._numRows, height - this._row + 1);
    const cols = Math.min(this._numCols, width - this._col + 1);
    if (rows > 0 && cols > 0) {
      const empty = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
      this._ctx.engine.setContents(this._sheet.hfId, this._row - 1, this._col - 1, empty);
    }
    return this._self;
  }

  clearFormat(): Range {
    this._alive();
    // Formats go; notes and validations stay (Apps Script's clearFormat keeps them).
    for (const [r, c] of [...this._sheet.metaCells()]) {
      if (
        r >= this._row &&
        r < this._row + this._numRows &&
        c >= this._col &&
        c < this._col + this._numCols
      ) {
        this._sheet.clearCellMeta(r, c, ['note', 'validation']);
      }
    }
    return this._self;
  }

  /** The implementation behind a wrapped Range (for the emulator's own use). */
  static _raw(range: unknown): RangeImpl {
    return rangeImpl(range) as RangeImpl;
  }
}

export function unwrapRange(range: unknown): RangeImpl | undefined {
  const impl = unwrap(range);
  return impl instanceof RangeImpl ? impl : undefined;
}
