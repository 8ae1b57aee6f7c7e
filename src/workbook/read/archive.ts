import { calendarDateOfLocal } from '../../core/calendarDate';
import type { DayOf } from '../../core/zonedDay';
import { ARCHIVE_LABELS } from '../labels';
import { ARCHIVE_COLUMNS, type ArchiveEntry } from '../layouts/archive';
import type { Rect } from '../rect';
import { type SheetCells, type TypedCell, typedCell } from './sheetCells';
import { trackedCellOf } from './tracking';

// Reads the archive sheet back: every row under its header is an entry, whatever a person edited in
// it. Found by its header row wherever rows or columns were inserted; cells right of its seven columns
// are the user's and stay where they are.

export type ArchiveRead =
  | { readonly found: false; readonly strays: readonly TypedCell[] }
  | {
      readonly found: true;
      readonly box: Rect;
      readonly entries: readonly ArchiveEntry[];
      readonly strays: readonly TypedCell[];
    };

const HEADERS = (['fr', 'en'] as const).map((l) =>
  ARCHIVE_COLUMNS.map((c) => ARCHIVE_LABELS[c][l]).join('\u0000'),
);

const text = (v: unknown): string => (v === '' || v === null || v === undefined ? '' : String(v));

export function readArchive(cells: SheetCells, dayOf: DayOf = calendarDateOfLocal): ArchiveRead {
  const width = ARCHIVE_COLUMNS.length;
  let header: { row: number; column: number } | undefined;
  for (let r = 1; r <= cells.values.length && !header; r += 1) {
    const line = cells.values[r - 1] ?? [];
    for (let c = 1; c + width - 1 <= line.length; c += 1)
      if (
        HEADERS.includes(
          line
            .slice(c - 1, c - 1 + width)
            .map(text)
            .join('\u0000'),
        )
      ) {
        header = { row: r, column: c };
        break;
      }
  }
  const all = (within?: Rect): TypedCell[] => {
    const out: TypedCell[] = [];
    cells.values.forEach((line, r) =>
      line.forEach((_, c) => {
        const cell = typedCell(cells, r + 1, c + 1);
        const inside =
          !within ||
          (cell && cell.row >= within.top && cell.column >= within.left && cell.column <= within.right);
        if (cell && inside) out.push(cell);
      }),
    );
    return out;
  };
  if (!header) return { found: false, strays: all() };
  const entries: ArchiveEntry[] = [];
  let bottom = header.row;
  for (let r = header.row + 1; r <= cells.values.length; r += 1) {
    const line = cells.values[r - 1] ?? [];
    const field = (i: number) => line[header.column - 1 + i];
    const fields = ARCHIVE_COLUMNS.map((_, i) => field(i));
    if (fields.every((v) => text(v) === '')) continue;
    bottom = r;
    entries.push({
      sheet: text(fields[0]),
      cell: text(fields[1]),
      id: text(fields[2]),
      period: text(fields[3]),
      value: trackedCellOf(fields[4], dayOf) ?? '',
      formula: text(fields[5]),
      note: text(fields[6]),
    });
  }
  const box: Rect = {
    top: Math.max(1, header.row - 1),
    left: header.column,
    bottom,
    right: header.column + width - 1,
  };
  // Above the title and left of the table: theirs, left alone. In the title row, only A and B are ours.
  const strays = all(box).filter((c) => c.row <= bottom && c.row === box.top && c.column > box.left + 1);
  return { found: true, box, entries, strays };
}
