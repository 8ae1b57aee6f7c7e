/** The state of one sheet that HyperFormula does not hold: formats, notes, rules, layout. */
import type { ValidationData } from '../builders/dataValidation';

export interface CellMeta {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  fontLine?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  note?: string;
  validation?: ValidationData;
  border?: Record<string, unknown>;
}

export interface ProtectionData {
  id: number;
  type: 'SHEET' | 'RANGE';
  /** For a range protection: 1-based bounds. */
  range?: GridArea;
  description: string;
  warningOnly: boolean;
  editors: string[];
  /** For a sheet protection: the ranges left editable. */
  unprotected?: GridArea[];
}

export interface DeveloperMetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** Set for metadata on whole rows or columns (1-based start, count); absent on the sheet itself. */
  place?: { dimension: 'ROW' | 'COLUMN'; start: number; count: number };
}

/** 1-based, inclusive start, with sizes. */
export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

// A conditional-format rule as the sheet keeps it; builders/conditionalFormatRule.ts builds and reads it.

export type RuleRange = GridArea & { sheet: SheetModel };

export interface BooleanRuleData {
  criteria: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface GradientPoint {
  color: string;
  type: string;
  value: string;
}

export interface GradientRuleData {
  min: GradientPoint | null;
  mid: GradientPoint | null;
  max: GradientPoint | null;
}

export interface ConditionalRuleData {
  ranges: RuleRange[];
  boolean: BooleanRuleData | null;
  gradient: GradientRuleData | null;
}

export interface BandingData {
  range: GridArea;
  theme: string;
  header: string | null;
  first: string;
  second: string;
  footer: string | null;
}

export class SheetModel {
  /** HyperFormula's sheet id (an index into its own table). */
  hfId: number;
  /** Apps Script's getSheetId(): stable, 0 for the first sheet. */
  readonly sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Rows and columns (1-based) hidden by the user or a script (hideRows, hideColumns). */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  conditionalFormatRules: ConditionalRuleData[] = [];
  readonly protections: ProtectionData[] = [];
  readonly developerMetadata: DeveloperMetadataData[] = [];
  readonly merges: GridArea[] = [];
  readonly bandings: BandingData[] = [];
  /** Embedded charts anchored on this sheet, in insertion order (their ranges may be on other sheets). */
  readonly charts: ChartData[] = [];
  /** Per-cell metadata, 0-based rows then columns; sparse (undefined = defaults). */
  private meta: Array<Array<CellMeta | undefined> | undefined> = [];

  constructor(init: { hfId: number; sheetId: number; name: string; rows: number; columns: number }) {
    this.hfId = init.hfId;
    this.sheetId = init.sheetId;
    this.name = init.name;
    this.maxRows = init.rows;
    this.maxColumns = init.columns;
  }

  /** Metadata of a cell (1-based), or undefined when it has only defaults. */
  cell(row: number, col: number): CellMeta | undefined {
    return this.meta[row - 1]?.[col - 1];
  }

  /** Metadata of a cell (1-based), created when missing. */
  editCell(row: number, col: number): CellMeta {
    const r = (this.meta[row - 1] ??= []);
    return (r[col - 1] ??= {});
  }

  clearCellMeta(row: number, col: number, keep: (keyof CellMeta)[] = []): void {
    const current = this.cell(row, col);
    if (!current) return;
    const kept: CellMeta = {};
    for (const key of keep)
      if (current[key] !== undefined) (kept as Record<string, unknown>)[key] = current[key];
    const r = this.meta[row - 1];
    if (r) r[col - 1] = Object.keys(kept).length > 0 ? kept : undefined;
  }

  /** Rows (1-based) and columns that carry any metadata, for snapshots. */
  *metaCells(): Generator<[number, number, CellMeta]> {
    for (let r = 0; r < this.meta.length; r++) {
      const row = this.meta[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const m = row[c];
        if (m && Object.keys(m).length > 0) yield [r + 1, c + 1, m];
      }
    }
  }

  insertRows(before: number, count: number): void {
    if (this.meta.length >= before)
      this.meta.splice(before - 1, 0, ...Array.from({ length: count }, () => undefined));
    this.maxRows += count;
    shiftMap(this.rowHeights, before, count);
    shiftSet(this.hiddenRows, before, count);
    if (this.frozenRows >= before) this.frozenRows += count;
    for (const area of this.areas()) shiftArea(area, 'row', before, count);
    this.shiftMetadata('ROW', before, count);
  }

  deleteRows(start: number, count: number): void {
    this.meta.splice(start - 1, count);
    this.maxRows -= count;
    shiftMap(this.rowHeights, start, -count);
    shiftSet(this.hiddenRows, start, -count);
    for (const area of this.areas()) shiftArea(area, 'row', start, -count);
    this.shiftMetadata('ROW', start, -count);
  }

  insertColumns(before: number, count: number): void {
    for (const row of this.meta)
      if (row && row.length >= before)
        row.splice(before - 1, 0, ...Array.from({ length: count }, () => undefined));
    this.maxColumns += count;
    shiftMap(this.columnWidths, before, count);
    shiftSet(this.hiddenColumns, before, count);
    if (this.frozenColumns >= before) this.frozenColumns += count;
    for (const area of this.areas()) shiftArea(area, 'column', before, count);
    this.shiftMetadata('COLUMN', before, count);
  }

  deleteColumns(start: number, count: number): void {
    for (const row of this.meta) if (row) row.splice(start - 1, count);
    this.maxColumns -= count;
    shiftMap(this.columnWidths, start, -count);
    shiftSet(this.hiddenColumns, start, -count);
    for (const area of this.areas()) shiftArea(area, 'column', start, -count);
    this.shiftMetadata('COLUMN', start, -count);
  }

  /**
   * Row or column metadata follows its rows or columns: an insert before it moves it, an insert inside
   * its span widens it, a delete shifts or narrows it, and deleting all its rows or columns deletes it
   * (the Sheets API's DeveloperMetadataLocation.dimensionRange).
   */
  private shiftMetadata(dimension: 'ROW' | 'COLUMN', at: number, delta: number): void {
    for (let i = this.developerMetadata.length - 1; i >= 0; i -= 1) {
      const place = this.developerMetadata[i]?.place;
      if (!place || place.dimension !== dimension) continue;
      const end = place.start + place.count - 1;
      if (delta > 0) {
        if (place.start >= at) place.start += delta;
        else if (at <= end) place.count += delta;
        continue;
      }
      const last = at - delta - 1; // rows at..last are deleted
      const overlap = Math.max(0, Math.min(end, last) - Math.max(place.start, at) + 1);
      if (overlap === place.count) {
        this.developerMetadata.splice(i, 1);
        continue;
      }
      place.count -= overlap;
      if (place.start > last) place.start += delta;
      else if (place.start >= at) place.start = at;
    }
  }

  private *areas(): Generator<GridArea> {
    yield* this.merges;
    for (const p of this.protections) if (p.range) yield p.range;
    for (const b of this.bandings) yield b.range;
    for (const rule of this.conditionalFormatRules) yield* rule.ranges;
  }
}

/** Moves keys at or after `from` by `delta` (deleting the keys a negative delta removes). */
function shiftMap(map: Map<number, number>, from: number, delta: number): void {
  const entries = [...map.entries()].sort((a, b) => (delta > 0 ? b[0] - a[0] : a[0] - b[0]));
  for (const [key, value] of entries) {
    if (key < from) continue;
    map.delete(key);
    if (delta < 0 && key < from - delta) continue;
    map.set(key + delta, value);
  }
}

/** Moves members at or after `from` by `delta` (dropping the ones a negative delta removes). */
function shiftSet(set: Set<number>, from: number, delta: number): void {
  const kept = [...set].flatMap((key) => {
    if (key < from) return [key];
    if (delta < 0 && key < from - delta) return [];
    return [key + delta];
  });
  set.clear();
  for (const key of kept) set.add(key);
}

/** Shifts or shrinks an area when rows/columns are inserted (delta > 0) or deleted (delta < 0) at `at`. */
/** Whether two areas share at least one cell. */
export function overlaps(a: GridArea, b: GridArea): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function shiftArea(area: GridArea, axis: 'row' | 'column', at: number, delta: number): void {
  const startKey = axis;
  const sizeKey = axis === 'row' ? 'numRows' : 'numColumns';
  const start = area[startKey];
  const end = start + area[sizeKey] - 1;
  if (delta > 0) {
    if (at <= start) area[startKey] = start + delta;
    else if (at <= end) area[sizeKey] += delta;
    return;
  }
  const count = -delta;
  const delEnd = at + count - 1;
  if (delEnd < start) {
    area[startKey] = start - count;
    return;
  }
  if (at > end) return;
  const overlap = Math.min(end, delEnd) - Math.max(start, at) + 1;
  area[sizeKey] = Math.max(1, area[sizeKey] - overlap);
  if (at < start) area[startKey] = at;
}

// Embedded charts as data: their home is here, beside the sheet that anchors them (../charts.ts builds
// and reads them), so the model imports nothing back from the builders.
/** A source range of a chart: on any sheet of the spreadsheet (1-based, with sizes). */
export type ChartRange = GridArea & { sheet: SheetModel };

/** Charts.ChartType names the builders set (asLineChart → LINE...). */
export type ChartTypeName = 'LINE' | 'COLUMN' | 'BAR' | 'PIE' | 'AREA' | 'COMBO' | 'SCATTER' | 'TABLE';

export interface ChartData {
  /** getChartId(): set by insertChart, null before. */
  id: number | null;
  type: ChartTypeName;
  ranges: ChartRange[];
  /** setOption(key, value) as given: dotted keys ('series.0.color') are kept as they were written. */
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** setNumHeaders(n); -1 until set (Sheets guesses from the data). */
  numHeaders: number;
  transpose: boolean;
}
