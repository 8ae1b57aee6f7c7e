/** The whole workbook as plain JSON, for readable test failures and for the playground. */
import { columnToLetters, toA1, quoteSheetName } from './a1';
import type { ConditionalRuleData } from './model/sheetModel';
import { readDisplay, readErrorMessage, readFormula, readValue } from './cells';
import type { EmulatorContext } from './context';
import { isDate } from './engine/sheetsValues';
import type { CellMeta, GridArea, SheetModel } from './model/sheetModel';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface CellSnapshot {
  value?: Json;
  formula?: string;
  display?: string;
  error?: string;
  [format: string]: Json | undefined;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  /** Hidden rows (1-based) and columns (letters), sorted. */
  hiddenRows: number[];
  hiddenColumns: string[];
  merges: string[];
  bandings: Json[];
  cells: Record<string, CellSnapshot>;
  conditionalFormatRules: Json[];
  protections: Json[];
  developerMetadata: Json[];
  /** Embedded charts anchored on the sheet, in insertion order. */
  charts: ChartSnapshot[];
}

export interface ChartSnapshot {
  id: number;
  /** Charts.ChartType name: LINE, COLUMN, BAR, PIE... */
  type: string;
  /** Source ranges, each with its sheet: `'Tableau de bord'!A1:B5`. */
  ranges: string[];
  /** setOption(key, value) as written. */
  options: { [key: string]: Json };
  /** Anchor cell (A1) and pixel offsets. */
  position: { anchor: string; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

export interface WorkbookSnapshot {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string | null;
  namedRanges: Record<string, string>;
  developerMetadata: Json[];
  /** The custom functions the spreadsheet's script declares (@customfunction), as the emulator found them. */
  customFunctions: string[];
  sheets: SheetSnapshot[];
}

function json(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (isDate(value)) return value.toISOString();
  if (Array.isArray(value)) return value.map(json);
  if (typeof value === 'object') {
    const impl = value as { getA1Notation?: () => string; getSheet?: () => { getName(): string } };
    if (typeof impl.getA1Notation === 'function' && typeof impl.getSheet === 'function') {
      return `${quoteSheetName(impl.getSheet().getName())}!${impl.getA1Notation()}`;
    }
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, json(v)]),
    );
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

const areaA1 = (a: GridArea) => toA1(a.row, a.column, a.numRows, a.numColumns);

function metaJson(meta: CellMeta): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined) out[k] = json(v);
  return out;
}

function ruleJson(rule: ConditionalRuleData): Json {
  return {
    ranges: rule.ranges.map(areaA1),
    ...(rule.boolean ? { boolean: json(rule.boolean) } : {}),
    ...(rule.gradient ? { gradient: json(rule.gradient) } : {}),
  };
}

function sheetSnapshot(ctx: EmulatorContext, m: SheetModel): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  const { height, width } = ctx.engine.dimensions(m.hfId);
  for (let r = 1; r <= Math.min(height, m.maxRows); r++) {
    for (let c = 1; c <= Math.min(width, m.maxColumns); c++) {
      const value = readValue(ctx, m, r, c);
      const formula = readFormula(ctx, m, r, c);
      if (value === '' && formula === '') continue;
      const entry: CellSnapshot = { value: json(value), display: readDisplay(ctx, m, r, c) };
      if (formula !== '') entry.formula = formula;
      const error = readErrorMessage(ctx, m, r, c);
      if (error) entry.error = error;
      cells[toA1(r, c)] = entry;
    }
  }
  for (const [r, c, meta] of m.metaCells()) {
    const key = toA1(r, c);
    cells[key] = { ...(cells[key] ?? {}), ...metaJson(meta) };
  }
  const sortedCells = Object.fromEntries(
    Object.entries(cells).sort(([a], [b]) => {
      const [, ca = '', ra = '0'] = /^([A-Z]+)(\d+)$/.exec(a) ?? [];
      const [, cb = '', rb = '0'] = /^([A-Z]+)(\d+)$/.exec(b) ?? [];
      return Number(ra) - Number(rb) || ca.length - cb.length || ca.localeCompare(cb);
    }),
  );
  return {
    name: m.name,
    sheetId: m.sheetId,
    hidden: m.hidden,
    tabColor: m.tabColor,
    maxRows: m.maxRows,
    maxColumns: m.maxColumns,
    frozenRows: m.frozenRows,
    frozenColumns: m.frozenColumns,
    columnWidths: Object.fromEntries(
      [...m.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnToLetters(c), w]),
    ),
    rowHeights: Object.fromEntries(
      [...m.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r), h]),
    ),
    hiddenRows: [...m.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...m.hiddenColumns].sort((a, b) => a - b).map(columnToLetters),
    merges: m.merges.map(areaA1),
    bandings: m.bandings.map((b) => json({ ...b, range: areaA1(b.range) })),
    cells: sortedCells,
    conditionalFormatRules: m.conditionalFormatRules.map(ruleJson),
    protections: m.protections.map((p) =>
      json({
        type: p.type,
        range: p.range ? areaA1(p.range) : null,
        description: p.description,
        warningOnly: p.warningOnly,
        ...(p.unprotected ? { unprotected: p.unprotected.map(areaA1) } : {}),
      }),
    ),
    developerMetadata: m.developerMetadata.map((d) =>
      json({
        key: d.key,
        value: d.value,
        visibility: d.visibility,
        ...(d.place ? { place: { ...d.place } } : {}),
      }),
    ),
    charts: m.charts.map((c) => ({
      id: c.id ?? 0,
      type: c.type,
      ranges: c.ranges.map((r) => `${quoteSheetName(r.sheet.name)}!${areaA1(r)}`),
      options: json(c.options) as { [key: string]: Json },
      position: {
        anchor: toA1(c.position.row, c.position.column),
        offsetX: c.position.offsetX,
        offsetY: c.position.offsetY,
      },
      numHeaders: c.numHeaders,
      transpose: c.transpose,
    })),
  };
}

export function snapshotWorkbook(ctx: EmulatorContext, customFunctions: readonly string[]): WorkbookSnapshot {
  const book = ctx.workbook;
  return {
    id: book.settings.id,
    name: book.settings.name,
    locale: book.settings.locale,
    timeZone: book.settings.timeZone,
    activeSheet: book.active?.name ?? null,
    namedRanges: Object.fromEntries(
      [...book.namedRanges].map(([name, a]) => [name, `${quoteSheetName(a.sheet.name)}!${areaA1(a)}`]),
    ),
    developerMetadata: book.developerMetadata.map((d) =>
      json({ key: d.key, value: d.value, visibility: d.visibility }),
    ),
    customFunctions: [...customFunctions].sort(),
    sheets: book.sheets.map((m) => sheetSnapshot(ctx, m)),
  };
}
