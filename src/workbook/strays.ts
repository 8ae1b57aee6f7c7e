import { calendarDateOfLocal, formatIsoDate } from '../core/calendarDate';
import { isDateObject } from '../core/parse/kpiError';
import type { DayOf } from '../core/zonedDay';
import { PLAIN_TEXT_FORMAT } from './cells';
import { contains, type Rect, subtract } from './rect';
import type { SheetCells, TypedCell } from './read/sheetCells';
import { typedCells } from './read/sheetCells';
import type { CellInput, CellSpec, SheetSpec } from './spec';

// What a rebuild does with the cells a user typed that belong to no KPI and period ("strays": a
// comment beside the title, a column inserted in the grid, text typed in the Scorecard), and with the
// user's own cells beside the old grid that the new one grows over. One rule for every sheet:
// - a cell the new rendering leaves empty keeps what the user typed, in place (its value or formula
//   and its note; its formatting goes with the area's);
// - a cell the new rendering writes, or one in the area the old rendering used and the new one does
//   not (cleared afterwards), is archived with its origin;
// - anything else is outside both renderings and never touched.

export interface StrayOutcome {
  /** The spec, with the kept cells written back and the old area's leftovers to clear. */
  readonly spec: SheetSpec;
  /** Cells left holding what the user typed: written back, or outside everything this build writes. */
  readonly kept: number;
  /** Cells to archive, with where they were. */
  readonly archived: readonly TypedCell[];
}

/** The area a spec writes: from its origin to the far corner of its blocks. */
export function specBox(spec: SheetSpec): Rect {
  const top = spec.origin?.row ?? 1;
  const left = spec.origin?.column ?? 1;
  let bottom = top;
  let right = left;
  for (const block of spec.blocks) {
    bottom = Math.max(bottom, block.row + block.cells.length - 1);
    for (const line of block.cells) right = Math.max(right, block.column + line.length - 1);
  }
  return { top, left, bottom, right };
}

function definedCells(spec: SheetSpec): Set<string> {
  const out = new Set<string>();
  for (const block of spec.blocks)
    block.cells.forEach((line, i) => line.forEach((_, j) => out.add(`${block.row + i}:${block.column + j}`)));
  return out;
}

/** What to write back for a kept cell, as it was typed. */
function keptCell(cell: TypedCell, dayOf: DayOf): CellSpec {
  const note = cell.note ? { note: cell.note } : {};
  if (cell.formula) return { value: { formula: cell.formula, typed: true }, ...note };
  const v = cell.value;
  if (isDateObject(v)) return { value: { date: formatIsoDate(dayOf(v)) }, ...note };
  if (typeof v === 'string') return { value: v, numberFormat: PLAIN_TEXT_FORMAT, ...note };
  return { value: (typeof v === 'number' || typeof v === 'boolean' ? v : String(v)) as CellInput, ...note };
}

/**
 * Applies the rule above to one sheet. `strays` are the user's cells inside `oldBox` (the sheet's
 * reader found them); cells outside `oldBox` are read from `cells` when the new rendering covers them.
 */
export function placeStrays(
  spec: SheetSpec,
  cells: SheetCells,
  oldBox: Rect | undefined,
  strays: readonly TypedCell[],
  dayOf: DayOf = calendarDateOfLocal,
): StrayOutcome {
  const box = specBox(spec);
  const defined = definedCells(spec);
  const beside = oldBox ? [...typedCells(cells, box)].filter((c) => !contains(oldBox, c.row, c.column)) : [];
  const kept: CellSpec[][] = [];
  const keptAt: { row: number; column: number }[] = [];
  const archived: TypedCell[] = [];
  for (const cell of [...strays, ...beside]) {
    if (contains(box, cell.row, cell.column) && !defined.has(`${cell.row}:${cell.column}`)) {
      kept.push([keptCell(cell, dayOf)]);
      keptAt.push(cell);
    } else archived.push(cell);
  }
  const blocks = kept.map((line, i) => ({ row: keptAt[i]!.row, column: keptAt[i]!.column, cells: [line] }));
  const clear = oldBox ? subtract(oldBox, box) : [];
  // The user's cells outside both renderings: never touched, and said so.
  const untouched = oldBox
    ? [...typedCells(cells)].filter(
        (c) => !contains(oldBox, c.row, c.column) && !contains(box, c.row, c.column),
      ).length
    : 0;
  return {
    spec: {
      ...spec,
      blocks: [...spec.blocks, ...blocks],
      ...(clear.length > 0 ? { clear } : {}),
    },
    kept: kept.length + untouched,
    archived,
  };
}
