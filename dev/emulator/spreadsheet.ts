/** Spreadsheet: its sheets, active sheet, locale and time zone, named ranges, developer metadata. */
import { unwrap } from './calls';
import type { EmulatorContext } from './context';
import { addMetadata, makeFinder, metadataObject } from './developerMetadata';
import { errors } from './errors';
import { SheetModel } from './model/sheetModel';
import { RangeImpl } from './range';
import { SheetImpl, a1Range } from './sheet';
import { columnToLetters, quoteSheetName } from './a1';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type Implemented =
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'deleteSheet'
  | 'setActiveSheet'
  | 'getActiveSheet'
  | 'moveActiveSheet'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'setNamedRange'
  | 'getRangeByName'
  | 'getNamedRanges'
  | 'removeNamedRange'
  | 'getDeveloperMetadata'
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'toast'
  | 'getRange'
  | 'getNumSheets'
  | 'getActiveRange'
  | 'getSheetName'
  | 'getActiveCell';

/** Default size of a new sheet in Sheets. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

export class SpreadsheetImpl implements Pick<Spreadsheet, Implemented> {
  private _self!: Spreadsheet;
  readonly _toasts: Array<{ message: string; title: string; timeoutSeconds: number }> = [];

  constructor(private readonly _ctx: EmulatorContext) {}

  static create(ctx: EmulatorContext): { impl: SpreadsheetImpl; proxy: Spreadsheet } {
    const impl = new SpreadsheetImpl(ctx);
    impl._self = ctx.wrap<Spreadsheet>(impl, 'Spreadsheet');
    return { impl, proxy: impl._self };
  }

  /** Adds a sheet without counting a call (used to create the first sheet). */
  _addSheet(name: string, index?: number, rows = NEW_SHEET_ROWS, columns = NEW_SHEET_COLUMNS): SheetModel {
    const book = this._ctx.workbook;
    if (book.sheetByName(name)) throw errors.sheetExists(name);
    const hfId = this._ctx.engine.addSheet(name);
    const model = new SheetModel({ hfId, sheetId: book.newSheetId(), name, rows, columns });
    const at = index === undefined ? book.sheets.length : Math.max(0, Math.min(index, book.sheets.length));
    book.sheets.splice(at, 0, model);
    return model;
  }

  private _model(sheet: unknown): SheetModel {
    const impl = unwrap(sheet);
    if (!(impl instanceof SheetImpl))
      throw errors.invalidArgument('sheet (expected a Sheet of this spreadsheet)');
    return impl._model;
  }

  getSheets(): Sheet[] {
    return this._ctx.workbook.sheets.map((m) => this._ctx.sheet(m));
  }

  getNumSheets(): number {
    return this._ctx.workbook.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const m = this._ctx.workbook.sheetByName(name);
    return m ? this._ctx.sheet(m) : null;
  }

  getSheetById(id: number): Sheet | null {
    const m = this._ctx.workbook.sheets.find((s) => s.sheetId === id);
    return m ? this._ctx.sheet(m) : null;
  }

  /** insertSheet(), (index), (name), (name, index), (name, options), (name, index, options); index is 0-based. */
  insertSheet(...args: unknown[]): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    for (const a of args) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
    }
    const model = this._addSheet(name ?? this._ctx.workbook.freeSheetName(), index);
    // The new sheet becomes the active one, as in Sheets.
    this._ctx.workbook.active = model;
    return this._ctx.sheet(model);
  }

  deleteSheet(sheet: Sheet): void {
    const book = this._ctx.workbook;
    const m = this._model(sheet);
    if (!book.isAlive(m)) throw errors.sheetDeleted();
    if (book.sheets.length === 1) throw errors.lastSheet();
    this._ctx.engine.removeSheet(m.hfId);
    book.sheets.splice(book.sheets.indexOf(m), 1);
    for (const [name, area] of [...book.namedRanges]) if (area.sheet === m) book.namedRanges.delete(name);
    if (book.active === m) book.active = book.sheets[0];
  }

  setActiveSheet(sheet: Sheet): Sheet {
    const m = this._model(sheet);
    if (!this._ctx.workbook.isAlive(m)) throw errors.sheetDeleted();
    this._ctx.workbook.active = m;
    return this._ctx.sheet(m);
  }

  getActiveSheet(): Sheet {
    const book = this._ctx.workbook;
    const m = book.active ?? book.sheets[0];
    if (!m) throw new Error('The spreadsheet has no sheet.');
    return this._ctx.sheet(m);
  }

  getSheetName(): string {
    return this.getActiveSheet().getName();
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.getActiveSheet().getRange(1, 1);
  }

  getActiveCell(): GoogleAppsScript.Spreadsheet.Range {
    return this.getActiveSheet().getRange(1, 1);
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const book = this._ctx.workbook;
    const m = book.active ?? book.sheets[0];
    if (!m) return;
    if (!Number.isInteger(pos) || pos < 1 || pos > book.sheets.length)
      throw errors.invalidArgument(`pos (${pos})`);
    book.sheets.splice(book.sheets.indexOf(m), 1);
    book.sheets.splice(pos - 1, 0, m);
  }

  getSpreadsheetLocale(): string {
    return this._ctx.workbook.settings.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this._ctx.workbook.settings.locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    return this._ctx.workbook.settings.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this._ctx.workbook.settings.timeZone = timezone;
  }

  getId(): string {
    return this._ctx.workbook.settings.id;
  }

  getName(): string {
    return this._ctx.workbook.settings.name;
  }

  rename(newName: string): void {
    this._ctx.workbook.settings.name = newName;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }

  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const active = this._ctx.workbook.active ?? this._ctx.workbook.sheets[0];
    if (!active) throw errors.rangeNotFound();
    return a1Range(this._ctx, active, a1Notation);
  }

  // Named ranges

  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    if (
      !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(true|false)$/i.test(name)
    ) {
      throw errors.namedRangeInvalid(name);
    }
    const impl = RangeImpl._raw(range);
    const book = this._ctx.workbook;
    const expression = `=${quoteSheetName(impl._sheet.name)}!${absoluteA1(impl._row, impl._col, impl._numRows, impl._numCols)}`;
    const existing = [...book.namedRanges.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
    if (existing !== undefined) {
      book.namedRanges.delete(existing);
      this._ctx.engine.removeNamedExpression(existing);
    }
    this._ctx.engine.addNamedExpression(name, expression);
    book.namedRanges.set(name, { sheet: impl._sheet, ...impl._area });
  }

  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    const entry = [...this._ctx.workbook.namedRanges].find(([k]) => k.toLowerCase() === name.toLowerCase());
    if (!entry) return null;
    const [, a] = entry;
    return this._ctx.range(a.sheet, a.row, a.column, a.numRows, a.numColumns);
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return [...this._ctx.workbook.namedRanges.keys()].map((name) =>
      this._ctx.wrap<GoogleAppsScript.Spreadsheet.NamedRange>(
        {
          getName: () => name,
          getRange: () => this.getRangeByName(name),
          remove: () => this.removeNamedRange(name),
        },
        'NamedRange',
      ),
    );
  }

  removeNamedRange(name: string): void {
    const book = this._ctx.workbook;
    const key = [...book.namedRanges.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw errors.invalidArgument(`name (no named range "${name}")`);
    book.namedRanges.delete(key);
    this._ctx.engine.removeNamedExpression(key);
  }

  // Developer metadata

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const owner = { sheet: null, list: this._ctx.workbook.developerMetadata };
    return owner.list.map((d) => metadataObject(this._ctx, owner, d));
  }

  addDeveloperMetadata(...args: unknown[]): Spreadsheet {
    addMetadata(this._ctx, { sheet: null, list: this._ctx.workbook.developerMetadata }, args);
    return this._self;
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return makeFinder(this._ctx, null);
  }

  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this._toasts.push({ message: String(message), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

function absoluteA1(row: number, col: number, numRows: number, numCols: number): string {
  const cell = (r: number, c: number) => `$${columnToLetters(c)}$${r}`;
  const start = cell(row, col);
  return numRows === 1 && numCols === 1 ? start : `${start}:${cell(row + numRows - 1, col + numCols - 1)}`;
}
