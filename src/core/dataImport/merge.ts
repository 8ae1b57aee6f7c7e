import type { ImportRecord } from './types';

// Re-importing an export that overlaps the data already there: every day the new file covers is taken
// from the new file alone (the old rows of those days go), so nothing is counted twice and the result
// does not depend on the order imports ran in. Columns are matched by name; a new column is added at
// the right, so formulas written earlier over the sheet's columns keep reading the same ones.

export interface StoredRows {
  readonly headers: readonly string[];
  /** Each row: its day, then values by header position (the date column's own value is the day). */
  readonly rows: readonly { readonly day: number; readonly values: readonly (number | string | null)[] }[];
  /** Index of the date column in `headers`. */
  readonly dateColumn: number;
}

export interface Merged extends StoredRows {
  /** New rows on days the sheet did not have. */
  readonly added: number;
  /** New rows on days the sheet had (their old rows removed). */
  readonly replaced: number;
  /** Old rows removed because the new file covers their day. */
  readonly removed: number;
}

export function mergeRows(
  stored: StoredRows | undefined,
  incoming: {
    readonly headers: readonly string[];
    readonly dateColumn: number;
    readonly records: readonly ImportRecord[];
  },
): Merged {
  const base: StoredRows =
    stored && stored.dateColumn >= 0 ? stored : { headers: [], rows: [], dateColumn: -1 };
  const headers = [...base.headers];
  const lower = headers.map((h) => h.toLowerCase());
  const dateName = incoming.headers[incoming.dateColumn] ?? '';
  let dateColumn = base.dateColumn >= 0 ? base.dateColumn : lower.indexOf(dateName.toLowerCase());
  if (dateColumn < 0) {
    headers.unshift(dateName);
    lower.unshift(dateName.toLowerCase());
    dateColumn = 0;
  }
  // Where each incoming column lands in the merged headers.
  const target = incoming.headers.map((h, i) => {
    if (i === incoming.dateColumn) return dateColumn;
    const at = lower.indexOf(h.toLowerCase());
    if (at >= 0 && at !== dateColumn) return at;
    headers.push(h);
    lower.push(h.toLowerCase());
    return headers.length - 1;
  });
  const width = headers.length;
  const widen = (values: readonly (number | string | null)[]) => {
    const out: (number | string | null)[] = new Array<number | string | null>(width).fill(null);
    values.forEach((v, i) => {
      if (i < width) out[i] = v;
    });
    return out;
  };
  const newDays = new Set(incoming.records.map((r) => r.day));
  const oldDays = new Set(base.rows.map((r) => r.day));
  const kept = base.rows
    .filter((r) => !newDays.has(r.day))
    .map((r) => ({ day: r.day, values: widen(r.values) }));
  const removed = base.rows.length - kept.length;
  let added = 0;
  let replaced = 0;
  const fresh = incoming.records.map((r) => {
    if (oldDays.has(r.day)) replaced += 1;
    else added += 1;
    const values: (number | string | null)[] = new Array<number | string | null>(width).fill(null);
    r.values.forEach((v, i) => {
      const at = target[i];
      if (at !== undefined) values[at] = i === incoming.dateColumn ? r.day : v;
    });
    return { day: r.day, values };
  });
  // Stable: by day, old rows before new ones on no day (they never share one), file order within a day.
  const rows = [...kept, ...fresh]
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.day - b.r.day || a.i - b.i)
    .map(({ r }) => r);
  return { headers, rows, dateColumn, added, replaced, removed };
}
