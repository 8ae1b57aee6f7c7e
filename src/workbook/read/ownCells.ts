import { calendarDateOfLocal, dateSerial } from '../../core/calendarDate';
import type { DayOf } from '../../core/zonedDay';
import { OBJECTIVES_COLUMNS, OBJECTIVES_HEADER_ROW } from '../layoutContext';
import {
  BRANDING_LABEL_COLUMN,
  BRANDING_LINE_COLUMN,
  BRANDING_VALUE_COLUMN,
  PLAN_HEADER_ROWS,
} from '../layouts/objectives';
import { contains, type Rect } from '../rect';
import { specBox } from '../strays';
import type { SheetSpec } from '../spec';
import { isBlank, type SheetCells, type TypedCell, typedCells } from './sheetCells';
import { trackedCellOf } from './tracking';

// Which cells of a previous Objectives or Scorecard rendering are the user's, for ../strays.ts. The
// Tracking sheet and the archive have readers of their own (./tracking.ts, ./archive.ts).

export interface OwnRead {
  /** The area the previous rendering used. */
  readonly box: Rect;
  /** The user's cells in it. */
  readonly strays: readonly TypedCell[];
}

const literalsOf = (specs: readonly SheetSpec[]) => {
  const out = new Set<unknown>();
  for (const spec of specs)
    for (const block of spec.blocks)
      for (const line of block.cells)
        for (const cell of line) {
          const v = cell.value;
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.add(v);
          else if (typeof v === 'object' && v !== null && 'date' in v) out.add(dateSerial(v.date));
          if (cell.note) out.add(cell.note);
        }
  return out;
};

/**
 * The Objectives sheet: its header block (rows above the KPI table) and the table down to its last
 * KPI id. Table cells are the plan's (the build writes the plan it is given); rows in the table with no
 * KPI id, and header-block cells KPI Kit never writes, are the user's.
 */
export function readObjectivesCells(cells: SheetCells, spec: SheetSpec): OwnRead {
  const idColumn = OBJECTIVES_COLUMNS.indexOf('kpiId') + 1;
  let bottom = OBJECTIVES_HEADER_ROW;
  for (let r = OBJECTIVES_HEADER_ROW + 1; r <= cells.values.length; r += 1)
    if (!isBlank(cells.values[r - 1]?.[idColumn - 1])) bottom = r;
  const box: Rect = { top: 1, left: 1, bottom, right: OBJECTIVES_COLUMNS.length };
  // Beside the period, the "previous year" label and its TRUE are KPI Kit's slot even when this build
  // leaves it empty: a plan that dropped last year's columns must not keep saying it has them.
  const ours = new Set<string>([
    `1:${BRANDING_LINE_COLUMN}`,
    `${PLAN_HEADER_ROWS.period}:${BRANDING_LABEL_COLUMN}`,
    `${PLAN_HEADER_ROWS.period}:${BRANDING_VALUE_COLUMN}`,
  ]);
  for (const block of spec.blocks)
    block.cells.forEach((line, i) => {
      if (block.row + i < OBJECTIVES_HEADER_ROW)
        line.forEach((_, j) => ours.add(`${block.row + i}:${block.column + j}`));
    });
  const strays = [...typedCells(cells, box)].filter((c) =>
    c.row < OBJECTIVES_HEADER_ROW
      ? !ours.has(`${c.row}:${c.column}`)
      : c.row > OBJECTIVES_HEADER_ROW && isBlank(cells.values[c.row - 1]?.[idColumn - 1]),
  );
  return { box, strays };
}

/**
 * The Scorecard, and the dashboard, read the same way: every cell is KPI Kit's formula or label, or one
 * of the user choices it keeps. A cell
 * with no formula whose value or note is none of the renderings' own (`renderings`: the new one first,
 * in either language, and the previous plan's) is the user's, unless the new rendering writes a label
 * at the same place: a label reworded by a newer version, not text someone typed in a row they added.
 */
export function readScorecardCells(
  cells: SheetCells,
  renderings: readonly SheetSpec[],
  dayOf: DayOf = calendarDateOfLocal,
): OwnRead {
  // The area anything was written in: the whole grid is read, most of it empty.
  const all = [...typedCells(cells)];
  const box: Rect = {
    top: 1,
    left: 1,
    bottom: Math.max(1, ...all.map((c) => c.row)),
    right: Math.max(1, ...all.map((c) => c.column)),
  };
  const literals = literalsOf(renderings);
  const choices = new Set(
    renderings.flatMap((s) => (s.userChoices ?? []).map((c) => `${c.row}:${c.column}`)),
  );
  const labels = new Set<string>();
  for (const block of renderings[0]?.blocks ?? [])
    block.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (typeof cell.value === 'string' && cell.value !== '')
          labels.add(`${block.row + i}:${block.column + j}`);
      }),
    );
  const strays = all.filter(
    (c) =>
      !c.formula &&
      !choices.has(`${c.row}:${c.column}`) &&
      !(typeof c.value === 'string' && c.note === undefined && labels.has(`${c.row}:${c.column}`)) &&
      ((!isBlank(c.value) && !literals.has(trackedCellOf(c.value, dayOf))) ||
        (c.note !== undefined && !literals.has(c.note))),
  );
  return { box, strays };
}

/**
 * The dashboard: read as the Scorecard is, within the area its renderings write (its charts float over
 * the rest). A cell typed below or beside that area is outside both renderings and never touched.
 */
export function readDashboardCells(
  cells: SheetCells,
  renderings: readonly SheetSpec[],
  dayOf: DayOf = calendarDateOfLocal,
): OwnRead {
  const boxes = renderings.map(specBox);
  const box: Rect = {
    top: 1,
    left: 1,
    bottom: Math.max(1, ...boxes.map((b) => b.bottom)),
    right: Math.max(1, ...boxes.map((b) => b.right)),
  };
  const { strays } = readScorecardCells(cells, renderings, dayOf);
  return { box, strays: strays.filter((c) => contains(box, c.row, c.column)) };
}
