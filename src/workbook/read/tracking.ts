import { UNIX_EPOCH_SERIAL, calendarDateOfLocal, dayNumber, isDateObject } from '../../core/calendarDate';
import { keyOfLabel, PERIOD_KEY } from '../../core/plan/periodOfKey';
import type { DayOf } from '../../core/zonedDay';
import { KEY_ROW_MARKER, type TrackedCell, type TrackedEntry } from '../layouts/tracking';
import { quoteSheetName } from '../a1';
import { TRACKING_LABELS } from '../labels';
import type { Rect } from '../rect';
import { isBlank, type SheetCells, type TypedCell, typedCell } from './sheetCells';

// Reads a Tracking sheet KPI Kit built earlier, wherever a user moved its parts: rows inserted above
// it or columns before it, a column inserted between two periods, rows inserted among the KPIs, the
// hidden key row deleted. Every cell that holds something ends up in exactly one of three lists:
// a value typed for a KPI and a period (`entries`, put back under that KPI and period), a cell of
// KPI Kit's own rendering (labels, keys, the formulas it wrote: not listed, the rebuild writes them
// anew), or a cell the user typed that belongs to no KPI and period (`strays`, which the rebuild keeps
// in place or archives with its origin). Cells outside `box` (beside or below the grid, above or left
// of it) are the user's and are not listed: the rebuild leaves them where they are.

export type TrackingRead =
  /** A sheet with nothing in it (new, or cleared by hand): nothing to keep. */
  | { readonly ok: true; readonly empty: true }
  | {
      readonly ok: true;
      readonly empty?: false;
      /** Where the grid's top-left cell (the title) is now: rows inserted above it move it down. */
      readonly origin: { readonly row: number; readonly column: number };
      /** The area KPI Kit's previous rendering occupies now (title to the last KPI or archive row). */
      readonly box: Rect;
      readonly entries: readonly TrackedEntry[];
      readonly strays: readonly TypedCell[];
    }
  /** The sheet holds things but neither the key row nor the header row can be found. */
  | { readonly ok: false };

/** The note KPI Kit puts on a period header: its dates (« Du 2027-01-01 au 2027-01-31 »). */
// A history column's note has one more line above its dates.
const PERIOD_NOTE =
  /^(?:(?:Année précédente \(historique\)|Previous year \(history\))\n)?(Du|From) \d{4}-\d{2}-\d{2} (au|to) \d{4}-\d{2}-\d{2}$/;
const TITLES = new Set([TRACKING_LABELS.title.fr, TRACKING_LABELS.title.en]);
const INSTRUCTIONS = [TRACKING_LABELS.instructions.fr, TRACKING_LABELS.instructions.en];
const ID_HEADERS = new Set([TRACKING_LABELS.id.fr, TRACKING_LABELS.id.en]);
const NAME_HEADERS = new Set([TRACKING_LABELS.name.fr, TRACKING_LABELS.name.en]);
/** Words earlier versions wrote where today's labels stand, so their workbooks still read back. */
const LEGACY = {
  baseline: ['Référence'],
  archive: ['Archive : valeurs saisies pour des KPI ou périodes retirés du plan (conservées, non utilisées)'],
};
const ARCHIVE_TITLES = new Set([TRACKING_LABELS.archive.fr, TRACKING_LABELS.archive.en, ...LEGACY.archive]);
const ARCHIVE_HEADERS = new Set(
  (['fr', 'en'] as const).map((l) =>
    [
      TRACKING_LABELS.archiveHeader.id[l],
      TRACKING_LABELS.archiveHeader.period[l],
      TRACKING_LABELS.archiveHeader.value[l],
    ].join('\u0000'),
  ),
);
const FIXED_HEADERS = new Set([
  ...(['name', 'unit', 'baseline'] as const).flatMap((k) => [TRACKING_LABELS[k].fr, TRACKING_LABELS[k].en]),
  ...LEGACY.baseline,
]);
/** Columns right of the id column that KPI Kit fills with formulas (name, unit, baseline). */
const FORMULA_COLUMNS = 3;

/**
 * A value as Sheets handed it back, ready to be written again. A date (typed in a numbers column) is
 * kept as the Sheets serial of the day it shows in the spreadsheet's time zone (`dayOf`).
 */
export function trackedCellOf(v: unknown, dayOf: DayOf = calendarDateOfLocal): TrackedCell | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDateObject(v)) return dayNumber(dayOf(v)) + UNIX_EPOCH_SERIAL;
  return String(v);
}

/**
 * A period key as the key row holds it. Builds before keys were written as plain text let Sheets read a
 * monthly key ("2027-01") as the first of that month: such a date gives its month's key back. Two weeks
 * are added first, so a midnight read in another time zone (Dec 31, 18:00) still lands in its month.
 */
function periodKeyOf(v: unknown): string | undefined {
  if (isDateObject(v)) {
    const d = new Date(v.getTime() + 14 * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  }
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export interface Skeleton {
  readonly titleRow: number;
  readonly idColumn: number;
  readonly keyRow?: number;
  readonly headerRow: number;
  /** Period key by column. */
  readonly keys: ReadonlyMap<number, string>;
}

const at = (cells: SheetCells, row: number, column: number): unknown => cells.values[row - 1]?.[column - 1];

function findCell(cells: SheetCells, match: (v: unknown, row: number, column: number) => boolean) {
  for (let r = 1; r <= cells.values.length; r += 1) {
    const line = cells.values[r - 1] ?? [];
    for (let c = 1; c <= line.length; c += 1) if (match(line[c - 1], r, c)) return { row: r, column: c };
  }
  return undefined;
}

/**
 * The title row, above `row` (rows may have been inserted in between), known by its title or its
 * instructions; if neither is left, the grid starts at `row`.
 */
function titleRowAbove(cells: SheetCells, row: number, column: number): number {
  for (let r = row - 1; r >= Math.max(1, row - 20); r -= 1) {
    const line = cells.values[r - 1] ?? [];
    if (
      TITLES.has(String(line[column - 1])) ||
      line.some((v) => INSTRUCTIONS.some((i) => String(v).includes(i)))
    )
      return r;
  }
  return row;
}

/** The key row (its marker), or else the header row whose period labels the caller can read as keys. */
export function locate(cells: SheetCells): Skeleton | undefined {
  const marker = findCell(cells, (v) => v === KEY_ROW_MARKER);
  if (marker) {
    const keys = new Map<number, string>();
    const line = cells.values[marker.row - 1] ?? [];
    for (let c = marker.column + 1; c <= line.length; c += 1) {
      const key = periodKeyOf(line[c - 1]);
      if (key !== undefined && PERIOD_KEY.test(key)) keys.set(c, key);
    }
    // The header row follows the key row, unless a user inserted rows between them or deleted it (then
    // the KPI rows start right under the key row). Its label cannot be a KPI id (ids have no capitals
    // or spaces), so no KPI row is taken for it.
    let headerRow = marker.row;
    for (let r = marker.row + 1; r <= Math.min(cells.values.length, marker.row + 20); r += 1)
      if (ID_HEADERS.has(String(at(cells, r, marker.column)))) {
        headerRow = r;
        break;
      }
    return {
      titleRow: titleRowAbove(cells, marker.row, marker.column),
      idColumn: marker.column,
      keyRow: marker.row,
      headerRow,
      keys,
    };
  }
  // The key row was deleted: the header row's period labels say which column is which period.
  const header = findCell(
    cells,
    (v, r, c) => ID_HEADERS.has(String(v)) && NAME_HEADERS.has(String(at(cells, r, c + 1))),
  );
  if (!header) return undefined;
  const keys = new Map<number, string>();
  const line = cells.values[header.row - 1] ?? [];
  for (let c = header.column + 1; c <= line.length; c += 1) {
    const key = keyOfLabel(String(line[c - 1]));
    if (key !== undefined) keys.set(c, key);
  }
  return {
    titleRow: titleRowAbove(cells, header.row, header.column),
    idColumn: header.column,
    headerRow: header.row,
    keys,
  };
}

/**
 * Reads a Tracking sheet. Date cells are read as the days `dayOf` says (the spreadsheet's clock).
 */
export function readTracking(
  cells: SheetCells,
  dayOf: DayOf = calendarDateOfLocal,
  context: {
    /**
     * The Objectives sheet's name: KPI Kit's own formulas in a KPI row (name, unit, baseline) read it;
     * a formula that does not is the user's.
     */
    readonly objectivesSheet?: string;
    /**
     * The KPI ids KPI Kit may have written (the new plan's and the previous one's). A row whose first
     * cell names none of them and that holds no period value (« Total » in a row a user inserted) is
     * the user's. Absent: every id is taken for a KPI's.
     */
    readonly knownIds?: ReadonlySet<string>;
  } = {},
): TrackingRead {
  const objectivesSheet = context.objectivesSheet ?? '';
  // KPI Kit's formulas in a KPI row (name, unit, baseline) read the Objectives sheet; a user's seldom do.
  const objectivesRefs =
    objectivesSheet === '' ? [] : [`${quoteSheetName(objectivesSheet)}!`, `${objectivesSheet}!`];
  const ownFormula = (formula: string | undefined) =>
    formula !== undefined && objectivesRefs.some((ref) => formula.includes(ref));
  const skeleton = locate(cells);
  if (!skeleton) {
    const anything = cells.values.some((line, r) =>
      line.some((_, c) => typedCell(cells, r + 1, c + 1) !== undefined),
    );
    return anything ? { ok: false } : { ok: true, empty: true };
  }
  const { titleRow, idColumn, keyRow, headerRow, keys } = skeleton;
  // Name, unit and baseline, wherever columns inserted between them moved them (else right of the id).
  const fixed = new Set<number>();
  if (headerRow !== keyRow) {
    const line = cells.values[headerRow - 1] ?? [];
    line.forEach((v, i) => {
      if (i + 1 > idColumn && !keys.has(i + 1) && FIXED_HEADERS.has(String(v))) fixed.add(i + 1);
    });
  }
  if (fixed.size === 0)
    for (let c = 1; c <= FORMULA_COLUMNS; c += 1) if (!keys.has(idColumn + c)) fixed.add(idColumn + c);
  const lastKeyColumn = Math.max(idColumn, ...fixed, ...keys.keys());
  const entries: TrackedEntry[] = [];
  const strays: TypedCell[] = [];
  const seen = new Set<string>();
  const put = (entry: TrackedEntry) => {
    const id = `${entry.id}\u0000${entry.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    entries.push(entry);
    return true;
  };

  // Above the first KPI, KPI Kit's cells are the title and instructions, the key row's marker and keys,
  // and the header row's labels; anything else is the user's (a comment beside the title, a header
  // over an inserted column, a label typed over).
  const oursAbove = (r: number, c: number, v: unknown): boolean => {
    const text = String(v ?? '');
    if (r === keyRow) return c === idColumn || keys.has(c);
    if (r === headerRow) {
      if (c === idColumn) return ID_HEADERS.has(text);
      if (fixed.has(c)) return FIXED_HEADERS.has(text);
      const key = keys.get(c);
      return key !== undefined && keyOfLabel(text) === key;
    }
    return r === titleRow && (TITLES.has(text) || INSTRUCTIONS.some((i) => text.includes(i)));
  };
  for (let r = titleRow; r <= headerRow; r += 1)
    for (let c = idColumn; c <= lastKeyColumn; c += 1) {
      const cell = typedCell(cells, r, c);
      // A note on one of KPI Kit's labels is the user's, unless it is a period's dates (KPI Kit's).
      const noteOurs = !cell?.note || (r === headerRow && keys.has(c) && PERIOD_NOTE.test(cell.note));
      if (cell && !(oursAbove(r, c, cell.value) && noteOurs)) strays.push(cell);
    }

  let bottom = headerRow;
  let inArchive = false;
  // Rows with no KPI id belong to the grid only if a KPI row or an archive row follows them.
  let pending: TypedCell[] = [];
  const reach = (r: number) => {
    bottom = r;
    strays.push(...pending);
    pending = [];
  };
  for (let r = headerRow + 1; r <= cells.values.length; r += 1) {
    const first = at(cells, r, idColumn);
    const text = typeof first === 'string' ? first : '';
    const archiveHeader = [0, 1, 2].map((i) => String(at(cells, r, idColumn + i) ?? '')).join('\u0000');
    // An archive section left by an older version (title, then header): its rows are read as entries.
    if (ARCHIVE_TITLES.has(text) || ARCHIVE_HEADERS.has(archiveHeader)) {
      inArchive = true;
      reach(r);
      continue;
    }
    if (inArchive) {
      const key = periodKeyOf(at(cells, r, idColumn + 1));
      const value = trackedCellOf(at(cells, r, idColumn + 2), dayOf);
      if (text !== '' && key !== undefined && value !== undefined) {
        put({ id: text, key, value });
        reach(r);
      }
      continue;
    }
    const row: TypedCell[] = [];
    for (let c = idColumn; c <= lastKeyColumn; c += 1) {
      const cell = typedCell(cells, r, c);
      if (cell) row.push(cell);
    }
    const unknown = context.knownIds !== undefined && !context.knownIds.has(text);
    if (text === '' || (unknown && !row.some((cell) => keys.has(cell.column)))) {
      // A row a user inserted among the KPIs, or something typed below them: theirs, all of it.
      pending.push(...row);
      continue;
    }
    reach(r);
    for (const cell of row) {
      const key = keys.get(cell.column);
      if (key !== undefined) {
        const value = trackedCellOf(cell.value, dayOf) ?? '';
        const entry: TrackedEntry = {
          id: text,
          key,
          value,
          ...(cell.formula ? { formula: cell.formula } : {}),
          ...(cell.note ? { note: cell.note } : {}),
          from: { row: r, column: cell.column },
        };
        // The same KPI twice (a row a user copied): the first is the KPI's, the copy is theirs.
        if (!put(entry)) strays.push(cell);
      } else if (cell.column === idColumn) {
        // An id no plan had, typed over a KPI's or in a row of values: kept with the values anyway.
        if (unknown) strays.push(cell);
      } else if (cell.formula && (objectivesSheet === '' ? fixed.has(cell.column) : ownFormula(cell.formula)))
        continue;
      // Text typed over a formula KPI Kit wrote, or in a column inserted between two periods.
      else strays.push(cell);
    }
  }
  // What is left pending is below the grid: beside it, not in it.
  const box: Rect = { top: titleRow, left: idColumn, bottom, right: lastKeyColumn };
  return { ok: true, origin: { row: titleRow, column: idColumn }, box, entries, strays };
}
