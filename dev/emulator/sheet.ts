/** Sheet: ranges by every getRange overload, structure (rows, columns, frozen, widths), rules. */
import { parseA1 } from './a1';
import { cloneRule, makeRule, ruleData } from './builders/conditionalFormatRule';
import { readFormula, readValue } from './cells';
import type { EmulatorContext } from './context';
import { addMetadata, makeFinder, metadataObject } from './developerMetadata';
import { errors } from './errors';
import { shiftArea, type SheetModel } from './model/sheetModel';
import { insertChart, makeChart, makeChartBuilder, removeChart, shiftCharts, updateChart } from './charts';
import { makeProtection } from './protection';
import { bandingObject } from './banding';
import { RangeImpl, sheetRange } from './range';
import { ruleServices } from './ruleServices';
import { normalizeColorInput } from './colorInput';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

type Implemented =
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'deleteRows'
  | 'deleteRow'
  | 'deleteColumns'
  | 'deleteColumn'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'getRowHeight'
  | 'setTabColor'
  | 'getTabColor'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'clearConditionalFormatRules'
  | 'protect'
  | 'getProtections'
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'activate'
  | 'getRangeList'
  | 'getParent'
  | 'appendRow'
  | 'getDeveloperMetadata'
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getType'
  | 'getSheetName'
  | 'getBandings'
  | 'hideColumns'
  | 'hideRows'
  | 'showColumns'
  | 'showRows'
  | 'hideRow'
  | 'hideColumn'
  | 'unhideRow'
  | 'unhideColumn'
  | 'isRowHiddenByUser'
  | 'isColumnHiddenByUser'
  | 'autoResizeColumns'
  | 'autoResizeColumn'
  | 'clearNotes'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'removeChart'
  | 'updateChart';

export class SheetImpl implements Pick<Sheet, Implemented> {
  private _self!: Sheet;

  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _model: SheetModel,
  ) {}

  static create(ctx: EmulatorContext, model: SheetModel): Sheet {
    const impl = new SheetImpl(ctx, model);
    impl._self = ctx.wrap<Sheet>(impl, 'Sheet', () => `Sheet ${model.name}`);
    return impl._self;
  }

  private _alive(): SheetModel {
    if (!this._ctx.workbook.isAlive(this._model)) throw errors.sheetDeleted();
    return this._model;
  }

  /**
   * Named ranges and charts' source ranges live on the spreadsheet (a chart on one sheet may chart
   * another's cells); they move with this sheet's rows and columns.
   */
  private _shiftSpreadsheetAreas(axis: 'row' | 'column', at: number, delta: number): void {
    for (const area of this._ctx.workbook.namedRanges.values())
      if (area.sheet === this._model) shiftArea(area, axis, at, delta);
    shiftCharts(this._ctx.workbook.sheets, this._model, axis, at, delta);
  }

  // Ranges

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    const m = this._alive();
    if (typeof a1OrRow === 'string') return a1Range(this._ctx, m, a1OrRow);
    if (column === undefined) throw errors.invalidArgument('column (getRange(row) needs a column too)');
    return sheetRange(this._ctx, m, a1OrRow, column, numRows ?? 1, numColumns ?? 1);
  }

  getDataRange(): Range {
    const m = this._alive();
    return this._ctx.range(m, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const m = this._alive();
    const ranges = a1Notations.map((a1) => a1Range(this._ctx, m, a1));
    const each = (fn: (r: Range) => unknown) => () => (ranges.forEach(fn), self);
    const impl = {
      getRanges: () => [...ranges],
      activate: each((r) => r.activate()),
      clear: (options?: Parameters<Range['clear']>[0]) =>
        each((r) => (options ? r.clear(options) : r.clear()))(),
      clearContent: each((r) => r.clearContent()),
      clearFormat: each((r) => r.clearFormat()),
      setValue: (v: unknown) => each((r) => r.setValue(v))(),
      setFormula: (f: string) => each((r) => r.setFormula(f))(),
      setNumberFormat: (f: string) => each((r) => r.setNumberFormat(f))(),
      setBackground: (c: string | null) => each((r) => r.setBackground(c))(),
      setFontColor: (c: string | null) => each((r) => r.setFontColor(c))(),
      setFontWeight: (w: GoogleAppsScript.Spreadsheet.FontWeight | null) => each((r) => r.setFontWeight(w))(),
      setNote: (n: string | null) => each((r) => r.setNote(n))(),
      setWrap: (w: boolean) => each((r) => r.setWrap(w))(),
      setHorizontalAlignment: (a: 'left' | 'center' | 'normal' | 'right' | null) =>
        each((r) => r.setHorizontalAlignment(a))(),
      setDataValidation: (v: GoogleAppsScript.Spreadsheet.DataValidation | null) =>
        each((r) => r.setDataValidation(v))(),
    };
    const self: GoogleAppsScript.Spreadsheet.RangeList = this._ctx.wrap(impl, 'RangeList');
    return self;
  }

  getLastRow(): number {
    const m = this._alive();
    const { height, width } = this._ctx.engine.dimensions(m.hfId);
    for (let r = Math.min(height, m.maxRows); r >= 1; r--) {
      for (let c = 1; c <= Math.min(width, m.maxColumns); c++) if (hasContent(this._ctx, m, r, c)) return r;
    }
    return 0;
  }

  getLastColumn(): number {
    const m = this._alive();
    const { height, width } = this._ctx.engine.dimensions(m.hfId);
    for (let c = Math.min(width, m.maxColumns); c >= 1; c--) {
      for (let r = 1; r <= Math.min(height, m.maxRows); r++) if (hasContent(this._ctx, m, r, c)) return c;
    }
    return 0;
  }

  getMaxRows(): number {
    return this._alive().maxRows;
  }

  getMaxColumns(): number {
    return this._alive().maxColumns;
  }

  // Structure

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    const m = this._alive();
    checkIndex(beforePosition, m.maxRows, 'rows');
    checkCount(howMany);
    this._ctx.engine.insertRows(m.hfId, beforePosition - 1, howMany);
    m.insertRows(beforePosition, howMany);
    this._shiftSpreadsheetAreas('row', beforePosition, howMany);
    return this._self;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const m = this._alive();
    checkIndex(afterPosition, m.maxRows, 'rows');
    checkCount(howMany);
    this._ctx.engine.insertRows(m.hfId, afterPosition, howMany);
    m.insertRows(afterPosition + 1, howMany);
    this._shiftSpreadsheetAreas('row', afterPosition + 1, howMany);
    return this._self;
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    const m = this._alive();
    checkIndex(beforePosition, m.maxColumns, 'columns');
    checkCount(howMany);
    this._ctx.engine.insertColumns(m.hfId, beforePosition - 1, howMany);
    m.insertColumns(beforePosition, howMany);
    this._shiftSpreadsheetAreas('column', beforePosition, howMany);
    return this._self;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const m = this._alive();
    checkIndex(afterPosition, m.maxColumns, 'columns');
    checkCount(howMany);
    this._ctx.engine.insertColumns(m.hfId, afterPosition, howMany);
    m.insertColumns(afterPosition + 1, howMany);
    this._shiftSpreadsheetAreas('column', afterPosition + 1, howMany);
    return this._self;
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const m = this._alive();
    checkCount(howMany);
    if (rowPosition < 1 || rowPosition + howMany - 1 > m.maxRows) throw errors.rowsOutOfBounds();
    if (howMany >= m.maxRows) throw errors.deleteAllRows();
    this._ctx.engine.deleteRows(m.hfId, rowPosition - 1, howMany);
    m.deleteRows(rowPosition, howMany);
    this._shiftSpreadsheetAreas('row', rowPosition, -howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this._self;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const m = this._alive();
    checkCount(howMany);
    if (columnPosition < 1 || columnPosition + howMany - 1 > m.maxColumns) throw errors.columnsOutOfBounds();
    if (howMany >= m.maxColumns) throw errors.deleteAllColumns();
    this._ctx.engine.deleteColumns(m.hfId, columnPosition - 1, howMany);
    m.deleteColumns(columnPosition, howMany);
    this._shiftSpreadsheetAreas('column', columnPosition, -howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this._self;
  }

  setFrozenRows(rows: number): void {
    const m = this._alive();
    if (!Number.isInteger(rows) || rows < 0 || rows > m.maxRows)
      throw errors.invalidArgument(`rows (${rows})`);
    m.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    const m = this._alive();
    if (!Number.isInteger(columns) || columns < 0 || columns > m.maxColumns)
      throw errors.invalidArgument(`columns (${columns})`);
    m.frozenColumns = columns;
  }

  getFrozenRows(): number {
    return this._alive().frozenRows;
  }

  getFrozenColumns(): number {
    return this._alive().frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    const m = this._alive();
    if (startColumn < 1 || startColumn + numColumns - 1 > m.maxColumns) throw errors.columnsOutOfBounds();
    for (let c = startColumn; c < startColumn + numColumns; c++) m.columnWidths.set(c, width);
    return this._self;
  }

  getColumnWidth(columnPosition: number): number {
    return this._alive().columnWidths.get(columnPosition) ?? 100;
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setRowHeights(rowPosition, 1, height);
  }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    const m = this._alive();
    if (startRow < 1 || startRow + numRows - 1 > m.maxRows) throw errors.rowsOutOfBounds();
    for (let r = startRow; r < startRow + numRows; r++) m.rowHeights.set(r, height);
    return this._self;
  }

  getRowHeight(rowPosition: number): number {
    return this._alive().rowHeights.get(rowPosition) ?? 21;
  }

  autoResizeColumns(): Sheet {
    this._alive();
    return this._self;
  }

  autoResizeColumn(): Sheet {
    this._alive();
    return this._self;
  }

  hideColumns(columnIndex: number, numColumns?: number): void {
    this._setColumnsHidden(columnIndex, numColumns, true);
  }

  hideRows(rowIndex: number, numRows?: number): void {
    this._setRowsHidden(rowIndex, numRows, true);
  }

  showColumns(columnIndex: number, numColumns?: number): void {
    this._setColumnsHidden(columnIndex, numColumns, false);
  }

  showRows(rowIndex: number, numRows?: number): void {
    this._setRowsHidden(rowIndex, numRows, false);
  }

  hideRow(row: Range): void {
    const a = RangeImpl._raw(row)._area;
    this._setRowsHidden(a.row, a.numRows, true);
  }

  hideColumn(column: Range): void {
    const a = RangeImpl._raw(column)._area;
    this._setColumnsHidden(a.column, a.numColumns, true);
  }

  unhideRow(row: Range): void {
    const a = RangeImpl._raw(row)._area;
    this._setRowsHidden(a.row, a.numRows, false);
  }

  unhideColumn(column: Range): void {
    const a = RangeImpl._raw(column)._area;
    this._setColumnsHidden(a.column, a.numColumns, false);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this._alive().hiddenRows.has(rowPosition);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._alive().hiddenColumns.has(columnPosition);
  }

  private _setRowsHidden(start: number, count: number | undefined, hidden: boolean): void {
    const m = this._alive();
    const n = count ?? 1;
    if (start < 1 || n < 1 || start + n - 1 > m.maxRows) throw errors.rowsOutOfBounds();
    for (let r = start; r < start + n; r++) {
      if (hidden) m.hiddenRows.add(r);
      else m.hiddenRows.delete(r);
    }
  }

  private _setColumnsHidden(start: number, count: number | undefined, hidden: boolean): void {
    const m = this._alive();
    const n = count ?? 1;
    if (start < 1 || n < 1 || start + n - 1 > m.maxColumns) throw errors.columnsOutOfBounds();
    for (let c = start; c < start + n; c++) {
      if (hidden) m.hiddenColumns.add(c);
      else m.hiddenColumns.delete(c);
    }
  }

  setTabColor(color: string | null): Sheet {
    this._alive().tabColor = normalizeColorInput(color, 'color') ?? null;
    return this._self;
  }

  getTabColor(): string | null {
    return this._alive().tabColor;
  }

  hideSheet(): Sheet {
    const m = this._alive();
    const visible = this._ctx.workbook.sheets.filter((s) => !s.hidden);
    if (!m.hidden && visible.length === 1) throw errors.hideAllSheets();
    m.hidden = true;
    return this._self;
  }

  showSheet(): Sheet {
    this._alive().hidden = false;
    return this._self;
  }

  isSheetHidden(): boolean {
    return this._alive().hidden;
  }

  // Conditional formatting

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    const m = this._alive();
    const services = ruleServices(this._ctx);
    return m.conditionalFormatRules.map((data) => makeRule(cloneRule(data), services));
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const m = this._alive();
    if (!Array.isArray(rules))
      throw errors.invalidArgument('rules (expected an array of ConditionalFormatRule)');
    const data = rules.map((r) => cloneRule(ruleData(r)));
    for (const rule of data) {
      if (rule.ranges.some((r) => r.sheet !== m)) {
        throw errors.invalidArgument(
          'rules (a conditional format rule can only apply to ranges of the sheet it is set on)',
        );
      }
      if (!rule.boolean && !rule.gradient)
        throw errors.invalidArgument('rules (a rule needs a condition: a boolean condition or a gradient)');
    }
    m.conditionalFormatRules = data;
  }

  clearConditionalFormatRules(): void {
    this._alive().conditionalFormatRules = [];
  }

  // Protection

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const m = this._alive();
    const existing = m.protections.find((p) => p.type === 'SHEET');
    // A sheet has at most one sheet protection; protect() again returns it.
    return makeProtection(this._ctx, m, 'SHEET', undefined, existing);
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const m = this._alive();
    return m.protections
      .filter((p) => p.type === String(type))
      .map((p) => makeProtection(this._ctx, m, p.type, p.range, p));
  }

  // Identity

  getName(): string {
    return this._alive().name;
  }

  getSheetName(): string {
    return this.getName();
  }

  setName(name: string): Sheet {
    const m = this._alive();
    if (typeof name !== 'string' || name.trim() === '')
      throw errors.invalidArgument('name (a sheet name cannot be empty)');
    const other = this._ctx.workbook.sheetByName(name);
    if (other && other !== m) throw errors.sheetExists(name);
    this._ctx.engine.renameSheet(m.hfId, name);
    m.name = name;
    return this._self;
  }

  getSheetId(): number {
    return this._alive().sheetId;
  }

  getIndex(): number {
    return this._ctx.workbook.sheets.indexOf(this._alive()) + 1;
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this._alive();
    return this._ctx.spreadsheet();
  }

  activate(): Sheet {
    this._ctx.workbook.active = this._alive();
    return this._self;
  }

  // Clearing and appending

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const m = this._alive();
    sheetRange(this._ctx, m, 1, 1, m.maxRows, m.maxColumns).clear(options ?? {});
    return this._self;
  }

  clearContents(): Sheet {
    const m = this._alive();
    sheetRange(this._ctx, m, 1, 1, m.maxRows, m.maxColumns).clearContent();
    return this._self;
  }

  clearFormats(): Sheet {
    const m = this._alive();
    sheetRange(this._ctx, m, 1, 1, m.maxRows, m.maxColumns).clearFormat();
    return this._self;
  }

  clearNotes(): Sheet {
    const m = this._alive();
    for (const [r, c] of [...m.metaCells()]) {
      const meta = m.cell(r, c);
      if (meta) delete meta.note;
    }
    return this._self;
  }

  appendRow(rowContents: unknown[]): Sheet {
    const m = this._alive();
    const row = this.getLastRow() + 1;
    if (row > m.maxRows) m.insertRows(m.maxRows + 1, 1);
    if (rowContents.length > m.maxColumns)
      m.insertColumns(m.maxColumns + 1, rowContents.length - m.maxColumns);
    sheetRange(this._ctx, m, row, 1, 1, Math.max(1, rowContents.length)).setValues([
      rowContents.length ? rowContents : [''],
    ]);
    return this._self;
  }

  // Developer metadata

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const m = this._alive();
    const owner = { sheet: m, list: m.developerMetadata };
    // The sheet's own; a row's or a column's is the Range's (and the finder's).
    return m.developerMetadata.filter((d) => !d.place).map((d) => metadataObject(this._ctx, owner, d));
  }

  addDeveloperMetadata(...args: unknown[]): Sheet {
    const m = this._alive();
    addMetadata(this._ctx, { sheet: m, list: m.developerMetadata }, args);
    return this._self;
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return makeFinder(this._ctx, this._alive());
  }

  // Charts (./charts.ts)

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const m = this._alive();
    return makeChartBuilder(this._ctx, m, {
      id: null,
      type: 'LINE',
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
    });
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    insertChart(this._ctx, this._alive(), chart);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    const m = this._alive();
    return m.charts.map((c) =>
      makeChart(this._ctx, m, {
        ...c,
        ranges: c.ranges.map((r) => ({ ...r })),
        options: JSON.parse(JSON.stringify(c.options)) as Record<string, unknown>,
        position: { ...c.position },
      }),
    );
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    removeChart(this._alive(), chart);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    updateChart(this._alive(), chart);
  }

  getBandings(): GoogleAppsScript.Spreadsheet.Banding[] {
    const m = this._alive();
    return m.bandings.map((b) => bandingObject(this._ctx, m, b));
  }
}

function hasContent(ctx: EmulatorContext, m: SheetModel, r: number, c: number): boolean {
  return readValue(ctx, m, r, c) !== '' || readFormula(ctx, m, r, c) !== '';
}

function checkIndex(position: number, max: number, what: 'rows' | 'columns'): void {
  if (!Number.isInteger(position) || position < 1 || position > max) {
    throw what === 'rows' ? errors.rowsOutOfBounds() : errors.columnsOutOfBounds();
  }
}

function checkCount(howMany: number): void {
  if (!Number.isInteger(howMany) || howMany < 1)
    throw errors.invalidArgument(`howMany (${howMany}; must be a whole number of at least 1)`);
}

/** getRange(a1) on a sheet: "A1", "A1:B2", "A:A", "2:2", "B2:D", "Other!A1". */
export function a1Range(ctx: EmulatorContext, sheet: SheetModel, a1: string): Range {
  let ref;
  try {
    ref = parseA1(a1);
  } catch {
    throw errors.rangeNotFound();
  }
  const target = ref.sheetName === undefined ? sheet : ctx.workbook.sheetByName(ref.sheetName);
  if (!target) throw errors.rangeNotFound();
  const startRow = ref.startRow ?? 1;
  const startColumn = ref.startColumn ?? 1;
  const endRow = ref.endRow ?? target.maxRows;
  const endColumn = ref.endColumn ?? target.maxColumns;
  if (
    endRow > target.maxRows ||
    endColumn > target.maxColumns ||
    startRow > endRow ||
    startColumn > endColumn
  ) {
    throw errors.rangeNotFound();
  }
  return ctx.range(target, startRow, startColumn, endRow - startRow + 1, endColumn - startColumn + 1);
}
