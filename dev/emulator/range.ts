/**
 * Range: a rectangle of one sheet. Values and formulas live in HyperFormula; formats, notes and
 * validations in the sheet model. Batch setters check the array's shape like Apps Script.
 */
import type { RawCellContent } from 'hyperformula';
import { quoteSheetName, toA1 } from './a1';
import { unwrap } from './calls';
import { colorObject } from './builders/color';
import { makeValidation, validationData, type ValidationData } from './builders/dataValidation';
import {
  AUTOMATIC_FORMAT,
  effectiveFormat,
  readDisplay,
  readFormula,
  readValue,
  toCellContent,
} from './cells';
import type { EmulatorContext } from './context';
import { errors } from './errors';
import { normalizeColorInput } from './colorInput';
import {
  overlaps,
  type CellMeta,
  type DeveloperMetadataData,
  type GridArea,
  type SheetModel,
} from './model/sheetModel';
import { makeProtection } from './protection';
import { applyRowBanding, bandingObject } from './banding';
import { addMetadata, metadataObject } from './developerMetadata';
import { moveRowMetadata, sortedContents, sortKeys, writeMetas } from './sort';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Grid<T> = T[][];

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
  | 'copyTo'
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

export class RangeImpl implements Pick<Range, Implemented> {
  private _self!: Range;

  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _sheet: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

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

  get _area(): GridArea {
    return { row: this._row, column: this._col, numRows: this._numRows, numColumns: this._numCols };
  }

  _alive(): void {
    if (!this._ctx.workbook.isAlive(this._sheet)) throw errors.sheetDeleted();
  }

  /** Builds a grid by calling fn for each cell (1-based sheet coordinates). */
  private _map<T>(fn: (row: number, col: number) => T): Grid<T> {
    this._alive();
    const out: Grid<T> = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this._numCols; c++) line.push(fn(this._row + r, this._col + c));
      out.push(line);
    }
    return out;
  }

  /** Checks a 2-D array against the range's shape, with Apps Script's messages. */
  private _checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw errors.signatureMismatch([data], `SpreadsheetApp.Range.${method}`);
    }
    if (data.length !== this._numRows) throw errors.rowsMismatch(data.length, this._numRows);
    for (const row of data as unknown[][]) {
      if (row.length !== this._numCols) throw errors.columnsMismatch(row.length, this._numCols);
    }
  }

  private _eachMeta(grid: unknown[][], apply: (meta: CellMeta, value: unknown) => void): Range {
    grid.forEach((line, r) =>
      line.forEach((value, c) => apply(this._sheet.editCell(this._row + r, this._col + c), value)),
    );
    return this._self;
  }

  private _fill<T>(value: T): T[][] {
    return Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => value));
  }

  private _writeContents(grid: unknown[][]): void {
    // Array.from: arrays made in a vm context (Code.js) are not `instanceof Array` for HyperFormula.
    const contents: RawCellContent[][] = Array.from(grid, (line, r) =>
      Array.from(line, (value, c) =>
        toCellContent(this._ctx, this._sheet, this._row + r, this._col + c, value),
      ),
    );
    this._ctx.engine.setContents(this._sheet.hfId, this._row - 1, this._col - 1, contents);
  }

  // Values and formulas

  getValue(): unknown {
    this._alive();
    return readValue(this._ctx, this._sheet, this._row, this._col);
  }

  getValues(): unknown[][] {
    return this._map((r, c) => readValue(this._ctx, this._sheet, r, c));
  }

  setValue(value: unknown): Range {
    this._alive();
    return this.setValues(this._fill(value));
  }

  setValues(values: unknown[][]): Range {
    this._alive();
    this._checkShape(values, 'setValues');
    this._writeContents(values);
    return this._self;
  }

  /**
   * copyTo(destination, {contentsOnly: true}): the cells' contents (values as stored, literal text
   * kept literal) from the destination's top-left cell, in one call, as Sheets copies server-side.
   * Formats and formulas (whose references Sheets would shift) are not emulated: they throw.
   */
  copyTo(destination: Range, options?: unknown): void {
    this._alive();
    if ((options as { contentsOnly?: unknown } | undefined)?.contentsOnly !== true)
      throw new Error('Range.copyTo is emulated with {contentsOnly: true} only.');
    const target = unwrap(destination) as unknown as RangeImpl;
    const engine = this._ctx.engine;
    const contents: RawCellContent[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: RawCellContent[] = [];
      for (let c = 0; c < this._numCols; c++) {
        const raw = engine.serialized(this._sheet.hfId, this._row - 1 + r, this._col - 1 + c);
        if (typeof raw === 'string' && raw.startsWith('='))
          throw new Error('Range.copyTo of formulas is not emulated (Sheets would shift their references).');
        line.push(raw);
      }
      contents.push(line);
    }
    target._alive();
    const sheet = target._sheet;
    if (target._row - 1 + this._numRows > sheet.maxRows || target._col - 1 + this._numCols > sheet.maxColumns)
      throw new Error('Range.copyTo: the destination sheet is too small; insert rows or columns first.');
    engine.setContents(sheet.hfId, target._row - 1, target._col - 1, contents);
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

  getFormula(): string {
    this._alive();
    return readFormula(this._ctx, this._sheet, this._row, this._col);
  }

  getFormulas(): string[][] {
    return this._map((r, c) => readFormula(this._ctx, this._sheet, r, c));
  }

  setFormula(formula: string): Range {
    return this.setFormulas(this._fill(formula));
  }

  setFormulas(formulas: string[][]): Range {
    this._alive();
    this._checkShape(formulas, 'setFormulas');
    // A "formula" without "=" is written as a value, as Apps Script does.
    this._writeContents(formulas.map((line) => line.map((f) => (f === '' || f === null ? null : f))));
    return this._self;
  }

  getDisplayValue(): string {
    this._alive();
    return readDisplay(this._ctx, this._sheet, this._row, this._col);
  }

  getDisplayValues(): string[][] {
    return this._map((r, c) => readDisplay(this._ctx, this._sheet, r, c));
  }

  isBlank(): boolean {
    return this._map(
      (r, c) =>
        readValue(this._ctx, this._sheet, r, c) === '' && readFormula(this._ctx, this._sheet, r, c) === '',
    )
      .flat()
      .every(Boolean);
  }

  // Number formats

  getNumberFormat(): string {
    this._alive();
    return effectiveFormat(this._ctx, this._sheet, this._row, this._col) ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this._map((r, c) => effectiveFormat(this._ctx, this._sheet, r, c) ?? AUTOMATIC_FORMAT);
  }

  setNumberFormat(numberFormat: string): Range {
    return this.setNumberFormats(this._fill(numberFormat));
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this._alive();
    this._checkShape(numberFormats, 'setNumberFormats');
    return this._eachMeta(numberFormats, (m, v) => {
      m.numberFormat = v === null || v === '' ? undefined : String(v);
    });
  }

  // Colours and fonts

  getBackground(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.background ?? '#ffffff';
  }

  getBackgrounds(): string[][] {
    return this._map((r, c) => this._sheet.cell(r, c)?.background ?? '#ffffff');
  }

  getBackgroundObject(): GoogleAppsScript.Spreadsheet.Color {
    return colorObject(this.getBackground(), this._ctx.wrap);
  }

  setBackground(color: string | null): Range {
    return this.setBackgrounds(this._fill(color));
  }

  setBackgrounds(colors: Array<Array<string | null>>): Range {
    this._alive();
    this._checkShape(colors, 'setBackgrounds');
    return this._eachMeta(colors, (m, v) => {
      m.background = normalizeColorInput(v, 'background');
    });
  }

  /** Deprecated in Apps Script (and absent from the types) but still callable; kept for old code. */
  getFontColor(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.fontColor ?? '#000000';
  }

  getFontColors(): string[][] {
    return this._map((r, c) => this._sheet.cell(r, c)?.fontColor ?? '#000000');
  }

  getFontColorObject(): GoogleAppsScript.Spreadsheet.Color {
    return colorObject(this.getFontColor(), this._ctx.wrap);
  }

  getFontColorObjects(): GoogleAppsScript.Spreadsheet.Color[][] {
    return this.getFontColors().map((line) => line.map((c) => colorObject(c, this._ctx.wrap)));
  }

  setFontColor(color: string | null): Range {
    return this.setFontColors(this._fill(color));
  }

  setFontColors(colors: unknown[][]): Range {
    this._alive();
    this._checkShape(colors, 'setFontColors');
    return this._eachMeta(colors, (m, v) => {
      m.fontColor = normalizeColorInput(v, 'fontColor');
    });
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0]?.[0] ?? 'normal';
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._map(
      (r, c) => (this._sheet.cell(r, c)?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight,
    );
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.setFontWeights(this._fill(fontWeight));
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): Range {
    this._alive();
    this._checkShape(fontWeights, 'setFontWeights');
    return this._eachMeta(fontWeights, (m, v) => {
      m.fontWeight = oneOf(v, ['bold', 'normal'], 'fontWeight');
    });
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getFontStyles()[0]?.[0] ?? 'normal';
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this._map(
      (r, c) => (this._sheet.cell(r, c)?.fontStyle ?? 'normal') as GoogleAppsScript.Spreadsheet.FontStyle,
    );
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.setFontStyles(this._fill(fontStyle));
  }

  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): Range {
    this._alive();
    this._checkShape(fontStyles, 'setFontStyles');
    return this._eachMeta(fontStyles, (m, v) => {
      m.fontStyle = oneOf(v, ['italic', 'normal'], 'fontStyle');
    });
  }

  getFontSize(): number {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.fontSize ?? 10;
  }

  setFontSize(size: number): Range {
    this._alive();
    return this._eachMeta(this._fill(size), (m, v) => {
      m.fontSize = v as number;
    });
  }

  getFontFamily(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.fontFamily ?? 'Arial';
  }

  setFontFamily(fontFamily: string | null): Range {
    this._alive();
    return this._eachMeta(this._fill(fontFamily), (m, v) => {
      m.fontFamily = v === null ? undefined : String(v);
    });
  }

  // Alignment and wrapping

  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0]?.[0] ?? 'general';
  }

  getHorizontalAlignments(): string[][] {
    return this._map((r, c) => this._sheet.cell(r, c)?.horizontalAlignment ?? 'general');
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.setHorizontalAlignments(this._fill(alignment));
  }

  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): Range {
    this._alive();
    this._checkShape(alignments, 'setHorizontalAlignments');
    return this._eachMeta(alignments, (m, v) => {
      const value = oneOf(v, ['left', 'center', 'normal', 'right', 'general'], 'alignment');
      m.horizontalAlignment = value === 'normal' ? undefined : value;
    });
  }

  getVerticalAlignment(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.verticalAlignment ?? 'bottom';
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    this._alive();
    return this._eachMeta(this._fill(alignment), (m, v) => {
      m.verticalAlignment = oneOf(v, ['top', 'middle', 'bottom'], 'alignment');
    });
  }

  getWrap(): boolean {
    return this.getWraps()[0]?.[0] ?? false;
  }

  getWraps(): boolean[][] {
    return this._map((r, c) => (this._sheet.cell(r, c)?.wrapStrategy ?? 'OVERFLOW') === 'WRAP');
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.setWraps(this._fill(isWrapEnabled));
  }

  setWraps(isWrapEnabled: boolean[][]): Range {
    this._alive();
    this._checkShape(isWrapEnabled, 'setWraps');
    return this._eachMeta(isWrapEnabled, (m, v) => {
      m.wrapStrategy = v ? 'WRAP' : 'OVERFLOW';
    });
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    this._alive();
    return (this._sheet.cell(this._row, this._col)?.wrapStrategy ??
      'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    return this.setWrapStrategies(this._fill(strategy));
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): Range {
    this._alive();
    this._checkShape(strategies, 'setWrapStrategies');
    return this._eachMeta(strategies, (m, v) => {
      m.wrapStrategy = oneOf(String(v), ['WRAP', 'OVERFLOW', 'CLIP'], 'strategy');
    });
  }

  setTextRotation(): Range {
    // Recorded nowhere: rotation does not change values, colours or validations.
    this._alive();
    return this._self;
  }

  setShowHyperlink(): Range {
    this._alive();
    return this._self;
  }

  setBorder(...args: unknown[]): Range {
    this._alive();
    const [top, left, bottom, right, vertical, horizontal, color, style] = args;
    const border = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color ?? null,
      style: style === undefined ? null : String(style),
    };
    return this._eachMeta(this._fill(null), (m) => {
      m.border = border;
    });
  }

  // Notes

  getNote(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.note ?? '';
  }

  getNotes(): string[][] {
    return this._map((r, c) => this._sheet.cell(r, c)?.note ?? '');
  }

  setNote(note: string | null): Range {
    return this.setNotes(this._fill(note));
  }

  setNotes(notes: Array<Array<string | null>>): Range {
    this._alive();
    this._checkShape(notes, 'setNotes');
    return this._eachMeta(notes, (m, v) => {
      m.note = v === null || v === '' ? undefined : String(v);
    });
  }

  clearNote(): Range {
    return this.setNote(null);
  }

  // Data validation

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this._map((r, c) => {
      const data = this._sheet.cell(r, c)?.validation;
      return data ? makeValidation(data, this._ctx.wrap) : null;
    });
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    return this.setDataValidations(this._fill(rule));
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    this._alive();
    this._checkShape(rules, 'setDataValidations');
    return this._eachMeta(rules, (m, v) => {
      m.validation = v === null ? undefined : structuredCloneData(validationData(v));
    });
  }

  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }

  insertCheckboxes(...values: unknown[]): Range {
    this._alive();
    const data: ValidationData = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: '' };
    this._eachMeta(this._fill(null), (m) => {
      m.validation = { ...data };
    });
    return this.setValue(values.length > 1 ? values[1] : false);
  }

  isChecked(): boolean | null {
    const values = this.getValues().flat();
    if (values.every((v) => v === true)) return true;
    if (values.every((v) => v === false)) return false;
    return null;
  }

  check(): Range {
    return this.setValue(true);
  }

  uncheck(): Range {
    return this.setValue(false);
  }

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
      RangeImpl._raw(this._ctx.range(this._sheet, this._row + r, this._col, 1, this._numCols)).merge();
    return this._self;
  }

  mergeVertically(): Range {
    this._alive();
    for (let c = 0; c < this._numCols; c++)
      RangeImpl._raw(this._ctx.range(this._sheet, this._row, this._col + c, this._numRows, 1)).merge();
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
    const impl = unwrapRange(range);
    if (!impl) throw new Error('Expected a Range from this emulator.');
    return impl;
  }
}

export function unwrapRange(range: unknown): RangeImpl | undefined {
  const impl = unwrap(range);
  return impl instanceof RangeImpl ? impl : undefined;
}

function structuredCloneData(data: ValidationData): ValidationData {
  return { ...data, values: data.values.map((v) => (Array.isArray(v) ? [...v] : v)) };
}

function oneOf(value: unknown, allowed: string[], name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value);
  if (!allowed.includes(text))
    throw errors.invalidArgument(`${name} ("${text}"; expected one of ${allowed.join(', ')})`);
  return text;
}

function contains(outer: GridArea, inner: GridArea): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
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
