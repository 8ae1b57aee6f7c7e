import { shiftReferences } from '../../core/formula/shiftReferences';
import { t } from '../../core/i18n';
import { getKpi } from '../../core/kpiLibrary';
import { kpisOf } from '../../core/plan/schema';
import { headerColours, tabColor, withBrandingLine } from '../branding';
import { cell, quoteSheetName } from '../a1';
import { formula, label, userText, value } from '../cells';
import { unitFormat } from '../formats';
import { HEADER_BACKGROUND, HELP, INPUT_BACKGROUND, MUTED_COLOR, TRACKING_LABELS } from '../labels';
import type { LayoutContext } from '../layoutContext';
import type { CellInput, CellSpec, SheetSpec, ValidationSpec } from '../spec';

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

/** A value typed in Tracking for a KPI and a period. */
export interface TrackedEntry {
  readonly id: string;
  readonly key: string;
  /** What the cell showed ('' when it held only a note). */
  readonly value: TrackedCell;
  readonly formula?: string;
  readonly note?: string;
  /** Where it was (1-based, on the sheet as found, or as the archive recorded it). */
  readonly from?: { readonly row: number; readonly column: number };
  /** Read from the archive sheet: when it is placed, it counts as moved back, whatever its cell. */
  readonly archived?: boolean;
}

/** Values typed before this build, by KPI id then period key. */
export type TrackedValues = ReadonlyMap<string, ReadonlyMap<string, TrackedEntry>>;

export interface TrackingLayout {
  readonly sheet: SheetSpec;
  /** Typed values put back at the very cell they were in. */
  readonly inPlace: number;
  /** Typed values put back under their KPI and period, in another cell (or from the archive). */
  readonly moved: number;
  /** Typed values whose KPI or period is no longer in the plan: the caller archives them. */
  readonly unplaced: readonly TrackedEntry[];
}

/** Rows and columns the whole grid will be moved by (../relocate.ts), so typed formulas can follow. */
export interface GridOffset {
  readonly rows: number;
  readonly columns: number;
}

/**
 * What a typed value's cell holds once it is back under its KPI and period, at (row, column). A formula's
 * relative references to Tracking itself follow the cell, as when Sheets copies it (`=E4+F4` moved a row
 * down reads `=E5+F5`, the same KPI's months); references to other sheets (a data sheet, an export) keep
 * pointing where they did, since nothing moved there.
 */
function typedInput(entry: TrackedEntry, sheet: string, row: number, column: number): CellInput {
  if (entry.formula === undefined) return entry.value === '' ? null : entry.value;
  const formula = entry.from
    ? shiftReferences(entry.formula, row - entry.from.row, column - entry.from.column, {
        sheet: { current: sheet, target: sheet },
      })
    : entry.formula;
  return { formula, typed: true };
}

/** A percent KPI is a rate between 0 % and 100 % unless its library entry says it may leave that range. */
export function isRate(kpi: { readonly unit: string; readonly libraryId?: string | undefined }): boolean {
  if (kpi.unit !== 'percent') return false;
  return !(kpi.libraryId !== undefined && getKpi(kpi.libraryId)?.unboundedPercent);
}

export function trackingLayout(
  ctx: LayoutContext,
  previous: TrackedValues = new Map(),
  offset: GridOffset = { rows: 0, columns: 0 },
): TrackingLayout {
  const { lang, plan, tracking: geo, objectives: obj } = ctx;
  const objectivesSheet = quoteSheetName(obj.sheet);
  // Last year's columns (if any) come first and are typed and kept exactly like the plan's periods:
  // from here on they are periods like the others, only their header looks different.
  const periods = [...geo.historyPeriods, ...geo.periods];
  const isHistory = (j: number) => j < geo.historyPeriods.length;
  const help: ValidationSpec = { kind: 'number', helpText: t(HELP.tracked, lang), strict: true };
  // A rate is a share of a whole: `1,45` typed for 1.45 % stores 145 % and turns the goal green. Sheets
  // warns (a red corner and the help text) instead of refusing, since a tracking loss or a true outlier
  // is still the user's to record. One spec for every rate: the applier builds it once, whatever the size.
  const rate: ValidationSpec = {
    kind: 'number',
    min: 0,
    max: 1,
    helpText: t(HELP.rate, lang),
    strict: false,
  };
  const head = (text: string, extra: Partial<CellSpec> = {}): CellSpec =>
    label(text, { bold: true, ...headerColours(plan), ...extra });

  const titleRow: CellSpec[] = [
    label(t(TRACKING_LABELS.title, lang), { bold: true }),
    // The title cell is narrow (the KPI id column): the branding line leads the instructions instead.
    label(withBrandingLine(t(TRACKING_LABELS.instructions, lang), plan, lang, 'before'), {
      fontColor: MUTED_COLOR,
    }),
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
    ...periods.map((p, j) => {
      const dates = t(TRACKING_LABELS.periodNote, lang).replace('{start}', p.start).replace('{end}', p.end);
      return isHistory(j)
        ? label(p.label, {
            bold: true,
            background: HEADER_BACKGROUND,
            fontColor: MUTED_COLOR,
            note: `${t(TRACKING_LABELS.historyNote, lang)}\n${dates}`,
          })
        : head(p.label, { note: dates });
    }),
  ];

  const placed = new Set<string>();
  let inPlace = 0;
  let moved = 0;
  const kpiRows = kpisOf(plan).map(({ kpi }, i) => {
    const objRow = obj.firstKpiRow + i;
    const ref = (column: number) => `${objectivesSheet}!${cell(column, objRow, 'relative')}`;
    const format = unitFormat(kpi.unit, plan.currency, lang);
    const validation = isRate(kpi) ? rate : help;
    // French puts a no-break space before the colon, English none.
    const colon = lang === 'fr' ? '\u00a0: ' : ': ';
    const sourceNote = [
      kpi.source
        ? `${t(TRACKING_LABELS.source, lang)}${colon}${kpi.source}`
        : t(TRACKING_LABELS.noSource, lang),
      ...(kpi.owner ? [`${t(TRACKING_LABELS.owner, lang)}${colon}${kpi.owner}`] : []),
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
      ...periods.map((p, j) => {
        const old = typed?.get(p.key);
        const input = { numberFormat: format, validation, background: INPUT_BACKGROUND };
        if (old === undefined) return value(null, input);
        placed.add(`${kpi.id}\u0000${p.key}`);
        const row = geo.firstKpiRow + i + offset.rows;
        const column = geo.firstHistoryColumn + j + offset.columns;
        if (!old.archived && old.from?.row === row && old.from.column === column) inPlace += 1;
        else moved += 1;
        return value(typedInput(old, geo.sheet, row, column), {
          ...input,
          ...(old.note ? { note: old.note } : {}),
        });
      }),
    ];
    return row;
  });

  const unplaced: TrackedEntry[] = [];
  for (const [kpiId, byPeriod] of previous)
    for (const [key, entry] of byPeriod) if (!placed.has(`${kpiId}\u0000${key}`)) unplaced.push(entry);

  const blocks: SheetSpec['blocks'][number][] = [
    { row: TITLE_ROW, column: 1, cells: [titleRow, keyRow, headerRow, ...kpiRows] },
  ];

  const sheet: SheetSpec = {
    name: geo.sheet,
    role: 'tracking',
    tabColor: tabColor(plan, 'tracking'),
    frozenRows: geo.headerRow,
    frozenColumns: geo.baselineColumn,
    columnWidths: [
      // Unit, baseline and periods share one width: one service call for all of them.
      { column: geo.idColumn, width: 120 },
      { column: geo.nameColumn, width: 220 },
      { column: geo.unitColumn, width: 90 },
      { column: geo.baselineColumn, width: 90 },
      ...periods.map((_, p) => ({ column: geo.firstHistoryColumn + p, width: 90 })),
    ],
    hiddenRows: [KEY_ROW],
    blocks,
  };
  return { sheet, inPlace, moved, unplaced };
}
