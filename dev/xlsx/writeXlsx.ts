// The emulator's snapshot of a workbook (exactly what users see, values typed in Tracking included)
// written as an .xlsx file with ExcelJS. Everything that has no Excel equivalent is listed in
// `warnings` instead of being dropped silently.
import ExcelJS from 'exceljs';
import { columnToLetters, lettersToColumn } from '../emulator/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../emulator/snapshot';
import { argb, formulaResult, pixelsToCharacters, plainValue } from './cellValues';
import { excelConditionalFormats, type SnapshotRule } from './conditionalFormats';
import { toExcelFormula } from './formulas';
import { excelValidation, type SnapshotValidation } from './validations';

export interface XlsxOptions {
  /**
   * The add-on's custom functions (KPI_VARIANCE...): Excel cannot run them; their values are kept.
   * Default: the snapshot's, every @customfunction of the Code.js the emulator ran, so a new one needs no
   * edit here.
   */
  readonly customFunctions?: Iterable<string>;
  /**
   * Store the emulator's results beside the formulas (default true: viewers that do not recalculate
   * show numbers). False makes the reading application compute every formula itself (tests use it).
   */
  readonly cachedResults?: boolean;
}

export interface XlsxResult {
  readonly workbook: ExcelJS.Workbook;
  /** Human-readable, one line per kind of loss, naming the sheet and cells. */
  readonly warnings: string[];
}

const A1 = /^([A-Z]+)(\d+)$/;

/** Sheets' default column width and row height in pixels. */
const SHEETS_COLUMN_WIDTH = 100;
const SHEETS_ROW_HEIGHT = 21;

/** Points are 3/4 of a pixel at 96 dpi. */
const points = (px: number) => Math.round(px * 0.75 * 100) / 100;

/** Collects losses as "sheet: what (cells)" so 500 sparklines make one line, not 500. */
class Losses {
  private readonly byKey = new Map<string, string[]>();
  readonly lines: string[] = [];
  add(key: string, cell: string): void {
    const cells = this.byKey.get(key) ?? [];
    if (cells.length === 0) this.byKey.set(key, cells);
    cells.push(cell);
  }
  flush(): string[] {
    for (const [key, cells] of this.byKey) {
      const shown = cells.slice(0, 5).join(', ') + (cells.length > 5 ? `, … (${cells.length} cells)` : '');
      this.lines.push(`${key}: ${shown}`);
    }
    return this.lines;
  }
}

function writeCells(
  ws: ExcelJS.Worksheet,
  sheet: SheetSnapshot,
  timeZone: string,
  custom: ReadonlySet<string>,
  losses: Losses,
  cached: boolean,
): void {
  for (const [a1, snap] of Object.entries(sheet.cells)) {
    const m = A1.exec(a1);
    if (!m) continue;
    const cell = ws.getCell(a1);
    const numberFormat = typeof snap.numberFormat === 'string' ? snap.numberFormat : undefined;
    if (typeof snap.formula === 'string' && snap.formula !== '') {
      const translated = toExcelFormula(snap.formula, custom);
      if (translated.kind === 'formula') {
        const result = cached ? formulaResult(snap.value, numberFormat, timeZone) : undefined;
        cell.value = translated.array
          ? ({ formula: translated.formula, result, shareType: 'array', ref: a1 } as ExcelJS.CellValue)
          : { formula: translated.formula, ...(result === undefined ? {} : { result }) };
      } else {
        const sparkline = translated.functions.includes('SPARKLINE');
        cell.value = sparkline ? null : plainValue(snap.value, numberFormat, timeZone);
        losses.add(
          `${sheet.name}: ${translated.functions.join(', ')} has no Excel equivalent, ${sparkline ? 'left blank' : 'written as its computed value'}`,
          a1,
        );
      }
    } else {
      cell.value = plainValue(snap.value, numberFormat, timeZone);
    }
    if (numberFormat && numberFormat !== 'General' && numberFormat !== '0.###############')
      cell.numFmt = numberFormat;
    const font: Partial<ExcelJS.Font> = {
      ...(snap.fontWeight === 'bold' ? { bold: true } : {}),
      ...(snap.fontStyle === 'italic' ? { italic: true } : {}),
      ...(typeof snap.fontColor === 'string' ? { color: { argb: argb(snap.fontColor) } } : {}),
    };
    if (Object.keys(font).length > 0) cell.font = font;
    if (typeof snap.background === 'string' && snap.background.toLowerCase() !== '#ffffff')
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(snap.background) } };
    const horizontal = snap.horizontalAlignment;
    const wrap = snap.wrap === true || snap.wrapStrategy === 'WRAP';
    if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right' || wrap)
      cell.alignment = {
        ...(horizontal === 'left' || horizontal === 'center' || horizontal === 'right' ? { horizontal } : {}),
        ...(wrap ? { wrapText: true } : {}),
      };
    if (typeof snap.note === 'string' && snap.note !== '') cell.note = snap.note;
    if (snap.validation && typeof snap.validation === 'object') {
      const v = excelValidation(snap.validation as unknown as SnapshotValidation, timeZone);
      if (v.ok) cell.dataValidation = v.validation;
      else losses.add(`${sheet.name}: validation "${v.reason}" has no Excel equivalent, left out`, a1);
    }
  }
}

function writeProtection(ws: ExcelJS.Worksheet, sheet: SheetSnapshot, warnings: string[]): Promise<void> {
  let pending: Promise<void> = Promise.resolve();
  for (const raw of sheet.protections) {
    const p = raw as { type?: string; warningOnly?: boolean; unprotected?: string[]; range?: string | null };
    if (p.type !== 'SHEET') {
      warnings.push(
        `${sheet.name}: the protection of range ${p.range ?? '?'} has no Excel equivalent, left out`,
      );
      continue;
    }
    for (const area of p.unprotected ?? [])
      for (const a1 of cellsOf(area)) ws.getCell(a1).protection = { locked: false };
    // Sheets' "warning only" has no Excel form: the sheet is protected without a password, so anyone
    // can lift it (Review > Unprotect sheet), which is the closest to a warning.
    if (p.warningOnly)
      warnings.push(
        `${sheet.name}: warning-only protection written as a protection without password (Excel has no warning-only mode)`,
      );
    pending = ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  return pending;
}

function cellsOf(area: string): string[] {
  const [from = '', to = from] = area.split(':');
  const a = A1.exec(from);
  const b = A1.exec(to);
  if (!a || !b) return [];
  const out: string[] = [];
  for (let r = Number(a[2]); r <= Number(b[2]); r++)
    for (let c = lettersToColumn(a[1] ?? 'A'); c <= lettersToColumn(b[1] ?? 'A'); c++)
      out.push(`${columnToLetters(c)}${r}`);
  return out;
}

async function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetSnapshot,
  timeZone: string,
  options: XlsxOptions,
  custom: ReadonlySet<string>,
  losses: Losses,
  warnings: string[],
): Promise<void> {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: frozen
      ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
      : [{ state: 'normal' }],
  });
  // A column Sheets never resized is 100 px wide; Excel's default is narrower (64 px).
  ws.properties.defaultColWidth = pixelsToCharacters(SHEETS_COLUMN_WIDTH);
  for (const [letters, px] of Object.entries(sheet.columnWidths))
    ws.getColumn(lettersToColumn(letters)).width = pixelsToCharacters(px);
  for (const [row, px] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = points(px);
  writeCells(ws, sheet, timeZone, custom, losses, options.cachedResults ?? true);
  for (const area of sheet.merges) ws.mergeCells(area);
  for (const letters of sheet.hiddenColumns) ws.getColumn(lettersToColumn(letters)).hidden = true;
  for (const r of sheet.hiddenRows) {
    const row = ws.getRow(r);
    row.hidden = true;
    // ExcelJS leaves out an empty row without a height, and with it the row's hidden flag.
    if (!row.height && !row.hasValues) row.height = points(SHEETS_ROW_HEIGHT);
  }
  for (const cf of excelConditionalFormats(
    sheet.conditionalFormatRules as unknown as SnapshotRule[],
    custom,
    (w) => warnings.push(`${sheet.name}: ${w}`),
  ))
    ws.addConditionalFormatting(cf);
  if (sheet.bandings.length > 0)
    warnings.push(`${sheet.name}: row banding is not exported (cell colours are)`);
  // ExcelJS cannot write charts (exceljs/exceljs#141, open since 2016); SheetJS's community edition
  // skips them too. The data behind them is exported, so the charts can be redrawn in Excel.
  if (sheet.charts.length > 0) {
    const titles = sheet.charts.map((c) =>
      typeof c.options.title === 'string' ? `"${c.options.title}"` : `${c.type.toLowerCase()} chart`,
    );
    warnings.push(
      `${sheet.name}: ${sheet.charts.length} chart${sheet.charts.length > 1 ? 's are' : ' is'} not exported (${titles.join(', ')}); the cells they chart are`,
    );
  }
  await writeProtection(ws, sheet, warnings);
}

/** The workbook as ExcelJS holds it, with the list of what Excel cannot represent. */
export async function snapshotToWorkbook(
  snapshot: WorkbookSnapshot,
  options: XlsxOptions = {},
): Promise<XlsxResult> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'KPI Kit';
  wb.created = new Date(0);
  // Cached results come from the emulator; Excel and LibreOffice recompute everything on open.
  wb.calcProperties = { fullCalcOnLoad: true };
  const custom = new Set(options.customFunctions ?? snapshot.customFunctions);
  const losses = new Losses();
  const warnings: string[] = [];
  for (const sheet of snapshot.sheets)
    await writeSheet(wb, sheet, snapshot.timeZone, options, custom, losses, warnings);
  for (const [name, ref] of Object.entries(snapshot.namedRanges)) {
    const [, sheetPart = '', area = ''] = /^(.*)!(.*)$/.exec(ref) ?? [];
    wb.definedNames.add(`${sheetPart}!${area.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`, name);
  }
  const active = snapshot.sheets.findIndex((s) => s.name === snapshot.activeSheet);
  if (active >= 0)
    wb.views = [
      {
        activeTab: active,
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
        visibility: 'visible',
      } as ExcelJS.WorkbookView,
    ];
  return { workbook: wb, warnings: [...losses.flush(), ...warnings] };
}

/** The .xlsx file's bytes and the warnings. */
export async function writeXlsx(
  snapshot: WorkbookSnapshot,
  options: XlsxOptions = {},
): Promise<{ buffer: Buffer; warnings: string[] }> {
  const { workbook, warnings } = await snapshotToWorkbook(snapshot, options);
  const data = await workbook.xlsx.writeBuffer();
  return { buffer: Buffer.from(data as ArrayBuffer), warnings };
}
