import { parseIsoDate, toDayNumber } from '../../core/plan/isoDate';
import type { CellInput, CellSpec, ColumnWidthSpec, SheetSpec, ValidationSpec } from '../spec';

// Pure half of the applier: a sheet's blocks become one rectangle per property, ready for one batched
// call each (setValues, setNumberFormats, ...). Tested without any spreadsheet.

/** Text starting with these would become a formula (= + - @) or lose its first character ('). */
const NEEDS_ESCAPE = /^[=+\-@']/;

/**
 * A user's string as Sheets must receive it to keep it literal: a leading apostrophe makes Sheets store
 * the rest as text and show it without the apostrophe ("=1+1" stays the three characters =1+1).
 */
export function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

/** Days from Sheets' epoch (1899-12-30) to 1970-01-01. */
const SERIAL_EPOCH_OFFSET = 25_569;

/** A YYYY-MM-DD date as a Sheets date serial: a number, so no time zone can shift the day. */
export function dateSerial(iso: string): number {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`dateSerial: "${iso}" is not a YYYY-MM-DD date that exists.`);
  return toDayNumber(date) + SERIAL_EPOCH_OFFSET;
}

export function serialToIso(serial: number): string {
  const d = new Date(Math.round(serial - SERIAL_EPOCH_OFFSET) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export type SheetsValue = string | number | boolean;

/** What setValues receives for a cell: formulas as "=...", user text escaped, dates as serials. */
export function toSheetsValue(input: CellInput | undefined): SheetsValue {
  if (input === undefined || input === null) return '';
  if (typeof input === 'string') return escapeText(input);
  if (typeof input === 'number' || typeof input === 'boolean') return input;
  if ('formula' in input) {
    if (!input.formula.startsWith('=')) throw new Error(`formula "${input.formula}" must start with "=".`);
    return input.formula;
  }
  return dateSerial(input.date);
}

export const DEFAULT_NUMBER_FORMAT = 'General';
export const DATE_NUMBER_FORMAT = 'yyyy-mm-dd';

export interface SheetGrid {
  /** Top-left cell of the rectangle (the spec's origin, A1 by default). */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly values: SheetsValue[][];
  readonly numberFormats: string[][];
  readonly fontWeights: ('bold' | 'normal')[][];
  readonly fontStyles: ('italic' | 'normal')[][];
  readonly fontColors: (string | null)[][];
  readonly backgrounds: (string | null)[][];
  readonly alignments: ('left' | 'center' | 'right' | null)[][];
  readonly wraps: boolean[][];
  readonly notes: string[][];
  readonly validations: (ValidationSpec | null)[][];
  /** Which properties hold anything but defaults: the applier skips the others on a cleared sheet. */
  readonly used: ReadonlySet<GridProperty>;
}

export type GridProperty =
  | 'numberFormats'
  | 'fontWeights'
  | 'fontStyles'
  | 'fontColors'
  | 'backgrounds'
  | 'alignments'
  | 'wraps'
  | 'notes'
  | 'validations';

function fill<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

/**
 * The bounding box (from the sheet's origin, A1 by default) of every block of the sheet, one rectangle
 * per property. What the previous rendering left outside it is the spec's `clear` areas' business.
 */
export function composeGrid(sheet: SheetSpec): SheetGrid {
  const top = sheet.origin?.row ?? 1;
  const left = sheet.origin?.column ?? 1;
  let rows = 1;
  let columns = 1;
  for (const block of sheet.blocks) {
    if (block.row < top || block.column < left)
      throw new Error(`sheet "${sheet.name}": blocks start at the origin (row ${top}, column ${left}).`);
    rows = Math.max(rows, block.row - top + block.cells.length);
    for (const line of block.cells) columns = Math.max(columns, block.column - left + line.length);
  }
  const grid: SheetGrid = {
    top,
    left,
    rows,
    columns,
    values: fill<SheetsValue>(rows, columns, ''),
    numberFormats: fill(rows, columns, DEFAULT_NUMBER_FORMAT),
    fontWeights: fill<'bold' | 'normal'>(rows, columns, 'normal'),
    fontStyles: fill<'italic' | 'normal'>(rows, columns, 'normal'),
    fontColors: fill<string | null>(rows, columns, null),
    backgrounds: fill<string | null>(rows, columns, null),
    alignments: fill<'left' | 'center' | 'right' | null>(rows, columns, null),
    wraps: fill(rows, columns, false),
    notes: fill(rows, columns, ''),
    validations: fill<ValidationSpec | null>(rows, columns, null),
    used: new Set<GridProperty>(),
  };
  const used = grid.used as Set<GridProperty>;
  const put = (r: number, c: number, cell: CellSpec) => {
    const row = r - top;
    const col = c - left;
    (grid.values[row] as SheetsValue[])[col] = toSheetsValue(cell.value);
    const isDate = typeof cell.value === 'object' && cell.value !== null && 'date' in cell.value;
    const format = cell.numberFormat ?? (isDate ? DATE_NUMBER_FORMAT : undefined);
    if (format !== undefined) {
      (grid.numberFormats[row] as string[])[col] = format;
      used.add('numberFormats');
    }
    if (cell.bold) {
      (grid.fontWeights[row] as string[])[col] = 'bold';
      used.add('fontWeights');
    }
    if (cell.italic) {
      (grid.fontStyles[row] as string[])[col] = 'italic';
      used.add('fontStyles');
    }
    if (cell.fontColor) {
      (grid.fontColors[row] as (string | null)[])[col] = cell.fontColor;
      used.add('fontColors');
    }
    if (cell.background) {
      (grid.backgrounds[row] as (string | null)[])[col] = cell.background;
      used.add('backgrounds');
    }
    if (cell.align) {
      (grid.alignments[row] as (string | null)[])[col] = cell.align;
      used.add('alignments');
    }
    if (cell.wrap) {
      (grid.wraps[row] as boolean[])[col] = true;
      used.add('wraps');
    }
    if (cell.note) {
      (grid.notes[row] as string[])[col] = cell.note;
      used.add('notes');
    }
    if (cell.validation) {
      (grid.validations[row] as (ValidationSpec | null)[])[col] = cell.validation;
      used.add('validations');
    }
  };
  for (const block of sheet.blocks)
    block.cells.forEach((line, i) => line.forEach((cell, j) => put(block.row + i, block.column + j, cell)));
  return grid;
}

/** Consecutive columns of equal width, one setColumnWidths call each. */
export function widthRuns(
  widths: readonly ColumnWidthSpec[],
): { start: number; count: number; width: number }[] {
  const byColumn = new Map<number, number>(); // a later spec for the same column wins
  for (const { column, width } of widths) byColumn.set(column, width);
  const runs: { start: number; count: number; width: number }[] = [];
  for (const [column, width] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === column && last.width === width) last.count += 1;
    else runs.push({ start: column, count: 1, width });
  }
  return runs;
}

/** Consecutive indices (rows or columns to hide), one call each. */
export function indexRuns(indices: readonly number[]): { start: number; count: number }[] {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const runs: { start: number; count: number }[] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === i) last.count += 1;
    else runs.push({ start: i, count: 1 });
  }
  return runs;
}
