import type { Lang } from '../core/i18n';
import { historyPeriods, type TrackingPeriod, trackingPeriods } from '../core/plan/periods';
import { type KpiPlan, kpisOf } from '../core/plan/schema';
import type { SheetRole } from './spec';

// What every layout function receives, and where the Objectives and Tracking sheets put things, so the
// Scorecard's formulas can point at them without guessing. The geometry is computed once
// (layoutContext() below) from the plan; the Objectives and Tracking layouts obey it.

/** The sheet name chosen for each role in this build (a free name when a foreign sheet holds the default). */
/** Names of the sheets a build renders (data sheets are the import's, one per source: not named here). */
export type SheetNames = Readonly<Record<Exclude<SheetRole, 'data'>, string>>;

/** Columns of the Objectives sheet's KPI table, by field. 1-based. */
export const OBJECTIVES_COLUMNS = [
  // Objectives side by side, then their SMART scores, then what each still lacks: equal widths sit
  // together, and each run of equal widths costs one service call.
  'strategicTitle',
  'operationalTitle',
  'strategicSmartScore',
  'operationalSmartScore',
  'strategicSmartMissing',
  'operationalSmartMissing',
  'kpiId',
  'name',
  'definition',
  'formula',
  'unit',
  'direction',
  'aggregation',
  'baseline',
  'target',
  'deadline',
  'band',
  'weight',
  'benchmark',
  'owner',
  'source',
  // Hidden keys, last so that column A can carry the plan header's labels.
  'strategicId',
  'operationalId',
  'libraryId',
  // After the keys, not before: a workbook built before milestones existed keeps its keys in the
  // columns it had (the sheet is read back by position), and reads a blank milestones column.
  'milestones',
] as const;
export type ObjectivesColumn = (typeof OBJECTIVES_COLUMNS)[number];

export interface ObjectivesGeometry {
  readonly sheet: string;
  /** Row of the KPI table's header. */
  readonly headerRow: number;
  /** Row of the first KPI; KPI i (0-based, plan order) is on `firstKpiRow + i`. */
  readonly firstKpiRow: number;
  readonly lastKpiRow: number;
  /** Column number of each field. */
  readonly columns: Readonly<Record<ObjectivesColumn, number>>;
}

export interface TrackingGeometry {
  readonly sheet: string;
  readonly headerRow: number;
  /** KPI i (0-based, plan order) is on `firstKpiRow + i`, same order as Objectives. */
  readonly firstKpiRow: number;
  readonly lastKpiRow: number;
  readonly idColumn: number;
  readonly nameColumn: number;
  readonly unitColumn: number;
  readonly baselineColumn: number;
  /**
   * Last year's periods (`period.history`), oldest first, in columns `firstHistoryColumn + h`, right
   * before the plan's periods. Empty, and `firstHistoryColumn === firstPeriodColumn`, without history.
   */
  readonly historyPeriods: readonly TrackingPeriod[];
  readonly firstHistoryColumn: number;
  /** Period p (0-based, `periods` order) is in column `firstPeriodColumn + p`. */
  readonly firstPeriodColumn: number;
  readonly lastPeriodColumn: number;
  readonly periods: readonly TrackingPeriod[];
}

export interface LayoutContext {
  readonly plan: KpiPlan;
  readonly lang: Lang;
  readonly names: SheetNames;
  readonly periods: readonly TrackingPeriod[];
  readonly objectives: ObjectivesGeometry;
  readonly tracking: TrackingGeometry;
}

/** Rows above the Objectives KPI table: title, strategy, goal, period, currency, a blank row. */
export const OBJECTIVES_HEADER_ROW = 8;
export const TRACKING_HEADER_ROW = 3;

export function layoutContext(plan: KpiPlan, names: SheetNames): LayoutContext {
  const lang: Lang = plan.language;
  const periods = trackingPeriods(plan.period, lang);
  const kpiCount = kpisOf(plan).length;

  const columns = Object.fromEntries(OBJECTIVES_COLUMNS.map((key, i) => [key, i + 1])) as Record<
    ObjectivesColumn,
    number
  >;
  const objectives: ObjectivesGeometry = {
    sheet: names.objectives,
    headerRow: OBJECTIVES_HEADER_ROW,
    firstKpiRow: OBJECTIVES_HEADER_ROW + 1,
    lastKpiRow: OBJECTIVES_HEADER_ROW + kpiCount,
    columns,
  };
  const history = historyPeriods(plan.period, lang);
  const firstHistoryColumn = 5;
  const firstPeriodColumn = firstHistoryColumn + history.length;
  const tracking: TrackingGeometry = {
    sheet: names.tracking,
    headerRow: TRACKING_HEADER_ROW,
    firstKpiRow: TRACKING_HEADER_ROW + 1,
    lastKpiRow: TRACKING_HEADER_ROW + kpiCount,
    idColumn: 1,
    nameColumn: 2,
    unitColumn: 3,
    baselineColumn: 4,
    historyPeriods: history,
    firstHistoryColumn,
    firstPeriodColumn,
    lastPeriodColumn: firstPeriodColumn + periods.length - 1,
    periods,
  };
  return { plan, lang, names, periods, objectives, tracking };
}
