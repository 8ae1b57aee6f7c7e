/**
 * Range.sort: reorders the rows of a range by one or more of its columns, moving each row whole (value
 * or formula, formats, note, validation).
 *
 * Assumptions about real Sheets (to check against a real spreadsheet, see dev/README.md):
 * - Ascending order puts numbers first (by value), then text (case-insensitive, locale order), then
 *   booleans (FALSE before TRUE); empty cells always go last, ascending or descending. The sort is stable.
 * - A formula moved by the sort reads as if copied to its new row: its relative row references shift by
 *   the distance it moved (`=E4+F4` moved from row 4 to row 6 reads `=E6+F6`); "$" rows stay.
 * - `sort(column)`, `sort({column, ascending})` and an array of those; columns are sheet column numbers
 *   and must lie inside the range, else "Exception: The coordinates of the sort column are out of range".
 */
import { shiftFormula } from '../../src/core/formula/shiftReferences';
import { appsScriptError } from './errors';
import type { CellMeta, GridArea, SheetModel } from './model/sheetModel';

export interface SortKey {
  readonly column: number;
  readonly ascending: boolean;
}

export function sortKeys(spec: unknown, area: GridArea): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map((item) => {
    const key =
      typeof item === 'number'
        ? { column: item, ascending: true }
        : {
            column: Number((item as { column?: unknown }).column),
            ascending: (item as { ascending?: unknown }).ascending !== false,
          };
    if (
      !Number.isInteger(key.column) ||
      key.column < area.column ||
      key.column >= area.column + area.numColumns
    )
      throw appsScriptError('The coordinates of the sort column are out of range');
    return key;
  });
}

const rank = (v: unknown): number =>
  v === '' || v === null || v === undefined ? 3 : typeof v === 'number' ? 0 : typeof v === 'boolean' ? 2 : 1;

function compare(a: unknown, b: unknown, ascending: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 3 || rb === 3) return ra - rb; // empty last, whatever the order
  const sign = ascending ? 1 : -1;
  if (ra !== rb) return sign * (ra - rb);
  if (ra === 0) return sign * ((a as number) - (b as number));
  if (ra === 2) return sign * (Number(a) - Number(b));
  return sign * String(a).localeCompare(String(b), undefined, { sensitivity: 'base' });
}

export interface SortableRow {
  readonly values: readonly unknown[];
  readonly formulas: readonly string[];
  readonly metas: readonly (CellMeta | undefined)[];
}

/** The rows in their sorted order, each with the contents to write at its new place. */
export function sortedContents(
  rows: readonly SortableRow[],
  keys: readonly SortKey[],
  area: GridArea,
): { contents: unknown[][]; metas: (CellMeta | undefined)[][]; order: number[] } {
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    for (const key of keys) {
      const c = compare(
        rows[i]!.values[key.column - area.column],
        rows[j]!.values[key.column - area.column],
        key.ascending,
      );
      if (c !== 0) return c;
    }
    return i - j;
  });
  const contents = order.map((from, to) =>
    rows[from]!.values.map((v, c) => {
      const formula = rows[from]!.formulas[c] ?? '';
      return formula !== '' ? shiftFormula(formula, to - from, 0) : v;
    }),
  );
  return {
    contents,
    metas: order.map((from) => rows[from]!.metas.map((m) => (m ? { ...m } : undefined))),
    order,
  };
}

/** Metadata on a single sorted row goes with the row (`order[to] = from`, offsets in the area). */
export function moveRowMetadata(sheet: SheetModel, area: GridArea, order: readonly number[]): void {
  const to = new Map(order.map((from, i) => [from, i]));
  for (const d of sheet.developerMetadata) {
    const place = d.place;
    if (place?.dimension !== 'ROW' || place.count !== 1) continue;
    const moved = to.get(place.start - area.row);
    if (moved !== undefined) place.start = area.row + moved;
  }
}

/** Writes the sorted rows' formats, notes and validations back into the sheet model. */
export function writeMetas(sheet: SheetModel, area: GridArea, metas: (CellMeta | undefined)[][]): void {
  metas.forEach((line, r) =>
    line.forEach((meta, c) => {
      sheet.clearCellMeta(area.row + r, area.column + c);
      if (meta) Object.assign(sheet.editCell(area.row + r, area.column + c), meta);
    }),
  );
}
