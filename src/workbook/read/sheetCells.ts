import type { Rect } from '../rect';

// What a rebuild reads of a sheet KPI Kit built earlier, before it writes anything: every cell of the
// sheet, as values, formulas and notes. The whole grid, not getDataRange(): a cell holding only a note
// is outside the data range, and a rebuild must not write over it unseen. Three getters on one range
// (six calls), whatever the sheet's size. Arrays are 0-based from A1: cell (row r, column c) is
// values[r - 1][c - 1].

export interface SheetCells {
  /** The sheet's size when it was read (its grid: the arrays are this size). */
  readonly rows?: number;
  readonly columns?: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
  readonly notes: readonly (readonly string[])[];
}

/** A non-empty cell of a sheet that no rebuild may drop without saying so. */
export interface TypedCell {
  /** 1-based, on the sheet as the rebuild found it. */
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
  /** The formula, when the cell held one ("=..."). */
  readonly formula?: string;
  readonly note?: string;
}

export function readSheetCells(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetCells {
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  const range = sheet.getRange(1, 1, rows, columns);
  return { rows, columns, values: range.getValues(), formulas: range.getFormulas(), notes: range.getNotes() };
}

export const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined;

/** The cell at (row, column), or undefined when it holds nothing at all (no value, formula or note). */
export function typedCell(cells: SheetCells, row: number, column: number): TypedCell | undefined {
  const value = cells.values[row - 1]?.[column - 1];
  const formula = cells.formulas[row - 1]?.[column - 1] ?? '';
  const note = cells.notes[row - 1]?.[column - 1] ?? '';
  if (isBlank(value) && formula === '' && note === '') return undefined;
  return {
    row,
    column,
    value: isBlank(value) ? '' : value,
    ...(formula !== '' ? { formula } : {}),
    ...(note !== '' ? { note } : {}),
  };
}

/** Every cell of the data range that holds something, row by row. */
export function* typedCells(cells: SheetCells, within?: Rect): Generator<TypedCell> {
  const rows = cells.values.length;
  const top = within ? Math.max(1, within.top) : 1;
  const bottom = within ? Math.min(rows, within.bottom) : rows;
  for (let r = top; r <= bottom; r += 1) {
    const columns = cells.values[r - 1]?.length ?? 0;
    const left = within ? Math.max(1, within.left) : 1;
    const right = within ? Math.min(columns, within.right) : columns;
    for (let c = left; c <= right; c += 1) {
      const cell = typedCell(cells, r, c);
      if (cell) yield cell;
    }
  }
}
