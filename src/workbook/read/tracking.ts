import { isDateObject } from '../../core/parse/kpiError';
import { KEY_ROW, KEY_ROW_MARKER, type TrackedCell, type TrackedValues } from '../layouts/tracking';
import { TRACKING_LABELS } from '../labels';

// Reads the values typed in a Tracking sheet KPI Kit built earlier, from one getValues() of its data
// range: the hidden key row gives each column's period key, column A each row's KPI id, and the archive
// section at the bottom (KPI id, period key, value) is read back too, so values survive any number of
// rebuilds even while their KPI is out of the plan.

const ARCHIVE_TITLES = new Set([TRACKING_LABELS.archive.fr, TRACKING_LABELS.archive.en]);
const ARCHIVE_HEADERS = new Set(
  (['fr', 'en'] as const).map((l) =>
    [
      TRACKING_LABELS.archiveHeader.id[l],
      TRACKING_LABELS.archiveHeader.period[l],
      TRACKING_LABELS.archiveHeader.value[l],
    ].join('\u0000'),
  ),
);

/** Values typed in a row with no KPI id (a row a user inserted) are kept under this pseudo id. */
export const NO_ID_PREFIX = '?row-';

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

function cellOf(v: unknown): TrackedCell | undefined {
  if (isEmpty(v)) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDateObject(v)) {
    // A date typed in a numbers column: keep the day as a Sheets serial (days since 1899-12-30).
    const d = v;
    return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000 + 25_569) * 1);
  }
  return String(v);
}

/**
 * A period key as the key row holds it. Builds before keys were written as plain text let Sheets read a
 * monthly key ("2027-01") as the first of that month: such a date gives its month's key back. Two weeks
 * are added first, so a midnight read in another time zone (Dec 31, 18:00) still lands in its month.
 */
function periodKeyOf(v: unknown): unknown {
  if (!isDateObject(v)) return v;
  const d = new Date(v.getTime() + 14 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function readTrackedValues(
  grid: readonly (readonly unknown[])[],
): Map<string, Map<string, TrackedCell>> {
  const values = new Map<string, Map<string, TrackedCell>>();
  const keys = grid[KEY_ROW - 1]?.map(periodKeyOf);
  if (!keys || keys[0] !== KEY_ROW_MARKER) return values;
  const put = (id: string, key: string, v: TrackedCell) => {
    let byKey = values.get(id);
    if (!byKey) values.set(id, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, v);
  };
  let inArchive = false;
  for (let r = KEY_ROW + 1; r < grid.length; r += 1) {
    const row = grid[r] ?? [];
    const first = row[0];
    // The archive starts at its title, or at its header row if someone edited the title.
    if (typeof first === 'string' && ARCHIVE_TITLES.has(first)) {
      inArchive = true;
      continue;
    }
    if (ARCHIVE_HEADERS.has(row.slice(0, 3).map(String).join('\u0000'))) {
      inArchive = true;
      continue;
    }
    if (isEmpty(first) && !inArchive) {
      // A row a user inserted: its values have no KPI to go to, so they go to the archive.
      keys.forEach((key, c) => {
        const v = c > 0 && typeof key === 'string' && key !== '' ? cellOf(row[c]) : undefined;
        if (v !== undefined) put(`${NO_ID_PREFIX}${r + 1}`, key as string, v);
      });
      continue;
    }
    if (typeof first !== 'string' || first === '') continue;
    if (inArchive) {
      const v = cellOf(row[2]);
      if (typeof row[1] === 'string' && row[1] !== '' && v !== undefined) put(first, row[1], v);
      continue;
    }
    keys.forEach((key, c) => {
      if (typeof key !== 'string' || key === '' || c === 0) return;
      const v = cellOf(row[c]);
      if (v !== undefined) put(first, key, v);
    });
  }
  return values;
}

export type { TrackedValues };
