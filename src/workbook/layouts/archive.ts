import { t, type Lang } from '../../core/i18n';
import { label, userText, value } from '../cells';
import { ARCHIVE_LABELS, HEADER_BACKGROUND, MUTED_COLOR, TAB_COLORS } from '../labels';
import type { CellSpec, SheetSpec } from '../spec';
import type { TrackedCell } from './tracking';

// The archive sheet: one row per thing a rebuild could not put back where it was, with its origin
// (sheet and cell as they were when archived). A rebuild reads it back first, so a value whose KPI and
// period return to the plan goes back to Tracking; everything else stays until a person deletes it.

export const ARCHIVE_HEADER_ROW = 2;
export const ARCHIVE_COLUMNS = ['sheet', 'cell', 'id', 'period', 'value', 'formula', 'note'] as const;

export interface ArchiveEntry {
  /** Origin: the sheet and cell it was in ('' when unknown: values archived by older versions). */
  readonly sheet: string;
  readonly cell: string;
  /** The KPI and period it was typed for ('' for something that belonged to none). */
  readonly id: string;
  readonly period: string;
  readonly value: TrackedCell;
  /** The formula it held, as text ('' for a plain value). */
  readonly formula: string;
  readonly note: string;
}

export function archiveLayout(name: string, lang: Lang, entries: readonly ArchiveEntry[]): SheetSpec {
  const head = (text: { fr: string; en: string }): CellSpec =>
    label(t(text, lang), { bold: true, background: HEADER_BACKGROUND });
  const rows = entries.map((e): CellSpec[] => [
    userText(e.sheet),
    userText(e.cell),
    userText(e.id),
    userText(e.period),
    // Numbers stay numbers (a person may copy them back); text stays literal text.
    typeof e.value === 'string' ? userText(e.value) : value(e.value),
    userText(e.formula),
    userText(e.note, { wrap: false }),
  ]);
  return {
    name,
    role: 'archive',
    tabColor: TAB_COLORS.archive,
    frozenRows: ARCHIVE_HEADER_ROW,
    columnWidths: [
      { column: 1, width: 120 },
      { column: 2, width: 70 },
      { column: 3, width: 120 },
      { column: 4, width: 90 },
      { column: 5, width: 120 },
      { column: 6, width: 220 },
      { column: 7, width: 220 },
    ],
    blocks: [
      {
        row: 1,
        column: 1,
        cells: [
          [
            label(t(ARCHIVE_LABELS.title, lang), { bold: true }),
            label(t(ARCHIVE_LABELS.explanation, lang), { fontColor: MUTED_COLOR }),
          ],
          ARCHIVE_COLUMNS.map((c) => head(ARCHIVE_LABELS[c])),
          ...rows,
        ],
      },
    ],
  };
}
