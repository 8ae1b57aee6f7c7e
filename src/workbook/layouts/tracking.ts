import { t } from '../../core/i18n';
import { kpisOf } from '../../core/plan/schema';
import { a1, formula, label, quoteSheetName, userText, value } from '../cells';
import { unitFormat } from '../formats';
import {
  HEADER_BACKGROUND,
  HELP,
  INPUT_BACKGROUND,
  MUTED_COLOR,
  TAB_COLORS,
  TRACKING_LABELS,
} from '../labels';
import type { LayoutContext } from '../layoutContext';
import type { CellInput, CellSpec, SheetSpec, ValidationSpec } from '../types';

// The Tracking sheet: one row per KPI (same order as Objectives), one column per period, where the team
// types actuals. Row 2 (hidden) holds each column's period key: a rebuild reads it to put every typed
// value back under the same KPI id and period key, whatever the new plan's dates. Values that have no
// home in the new plan (a KPI or a period removed) go to an archive section at the bottom, never away.

export const TITLE_ROW = 1;
export const KEY_ROW = 2;
/** Marker in A2: tells our own key row from anything else a user may have put there. */
export const KEY_ROW_MARKER = 'kpikit:period-keys';

/** A value typed in Tracking: what Sheets hands back for a non-empty cell. */
export type TrackedCell = string | number | boolean;

/** Values typed in a previous build, by KPI id then period key. */
export type TrackedValues = ReadonlyMap<string, ReadonlyMap<string, TrackedCell>>;

export interface TrackingLayout {
  readonly sheet: SheetSpec;
  /** How many typed values were put back in the grid. */
  readonly restored: number;
  /** How many typed values had no home in the new plan and were kept in the archive section. */
  readonly archived: number;
  /** Row of the archive's title, when there is an archive. */
  readonly archiveRow?: number;
}

export function trackingLayout(ctx: LayoutContext, previous: TrackedValues = new Map()): TrackingLayout {
  const { lang, plan, tracking: geo, objectives: obj } = ctx;
  const objectivesSheet = quoteSheetName(obj.sheet);
  const periods = geo.periods;
  const help: ValidationSpec = { kind: 'number', helpText: t(HELP.tracked, lang), strict: true };
  const head = (text: string, extra: Partial<CellSpec> = {}): CellSpec =>
    label(text, { bold: true, background: HEADER_BACKGROUND, ...extra });

  const titleRow: CellSpec[] = [
    label(t(TRACKING_LABELS.title, lang), { bold: true }),
    label(t(TRACKING_LABELS.instructions, lang), { fontColor: MUTED_COLOR }),
  ];
  const keyRow: CellSpec[] = [
    label(KEY_ROW_MARKER),
    label(''),
    label(''),
    label(''),
    ...periods.map((p) => label(p.key)),
  ];
  const headerRow: CellSpec[] = [
    head(t(TRACKING_LABELS.id, lang)),
    head(t(TRACKING_LABELS.name, lang)),
    head(t(TRACKING_LABELS.unit, lang)),
    head(t(TRACKING_LABELS.baseline, lang)),
    ...periods.map((p) =>
      head(p.label, {
        note: t(TRACKING_LABELS.periodNote, lang).replace('{start}', p.start).replace('{end}', p.end),
      }),
    ),
  ];

  const placed = new Set<string>();
  let restored = 0;
  const kpiRows = kpisOf(plan).map(({ kpi }, i) => {
    const objRow = obj.firstKpiRow + i;
    const ref = (column: number) => `${objectivesSheet}!${a1(objRow, column)}`;
    const format = unitFormat(kpi.unit, plan.currency, lang);
    const sourceNote = [
      kpi.source ? `${t(TRACKING_LABELS.source, lang)} : ${kpi.source}` : t(TRACKING_LABELS.noSource, lang),
      ...(kpi.owner ? [`${t(TRACKING_LABELS.owner, lang)} : ${kpi.owner}`] : []),
    ].join('\n');
    const typed = previous.get(kpi.id);
    const row: CellSpec[] = [
      userText(kpi.id, { fontColor: MUTED_COLOR }),
      // Name, unit and baseline follow the Objectives sheet live: editing them there shows here at once.
      value(formula(`=${ref(obj.columns.name)}`), { bold: true, note: sourceNote }),
      value(formula(`=${ref(obj.columns.unit)}`), { fontColor: MUTED_COLOR }),
      value(formula(`=IF(ISBLANK(${ref(obj.columns.baseline)}),"",${ref(obj.columns.baseline)})`), {
        numberFormat: format,
        fontColor: MUTED_COLOR,
      }),
      ...periods.map((p) => {
        const old = typed?.get(p.key);
        if (old !== undefined) {
          placed.add(`${kpi.id}\u0000${p.key}`);
          restored += 1;
        }
        return value((old ?? null) as CellInput, {
          numberFormat: format,
          validation: help,
          background: INPUT_BACKGROUND,
        });
      }),
    ];
    return row;
  });

  const archive: CellSpec[][] = [];
  for (const [kpiId, byPeriod] of previous) {
    for (const [key, v] of byPeriod) {
      if (placed.has(`${kpiId}\u0000${key}`)) continue;
      archive.push([userText(kpiId), userText(key), value(v)]);
    }
  }

  const blocks: SheetSpec['blocks'][number][] = [
    { row: TITLE_ROW, column: 1, cells: [titleRow, keyRow, headerRow, ...kpiRows] },
  ];
  let archiveRow: number | undefined;
  if (archive.length > 0) {
    archiveRow = geo.lastKpiRow + 2;
    blocks.push({
      row: archiveRow,
      column: 1,
      cells: [
        [label(t(TRACKING_LABELS.archive, lang), { bold: true, fontColor: '#b3261e' })],
        [
          head(t(TRACKING_LABELS.archiveHeader.id, lang)),
          head(t(TRACKING_LABELS.archiveHeader.period, lang)),
          head(t(TRACKING_LABELS.archiveHeader.value, lang)),
        ],
        ...archive,
      ],
    });
  }

  const sheet: SheetSpec = {
    name: geo.sheet,
    role: 'tracking',
    tabColor: TAB_COLORS.tracking,
    frozenRows: geo.headerRow,
    frozenColumns: geo.baselineColumn,
    columnWidths: [
      // Unit, baseline and periods share one width: one service call for all of them.
      { column: geo.idColumn, width: 120 },
      { column: geo.nameColumn, width: 220 },
      { column: geo.unitColumn, width: 90 },
      { column: geo.baselineColumn, width: 90 },
      ...periods.map((_, p) => ({ column: geo.firstPeriodColumn + p, width: 90 })),
    ],
    hiddenRows: [KEY_ROW],
    blocks,
  };
  return { sheet, restored, archived: archive.length, ...(archiveRow ? { archiveRow } : {}) };
}
