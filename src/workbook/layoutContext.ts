import type { Lang } from '../core/i18n';
import type { TrackingPeriod } from '../core/plan/periods';
import type { KpiPlan } from '../core/plan/schema';
import type { SheetRole } from './types';

// What every layout function receives, and where the Objectives and Tracking sheets put things, so the
// Scorecard's formulas can point at them without guessing. The geometry is computed once
// (./geometry.ts) from the plan; the Objectives and Tracking layouts obey it.

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
  'milestones',
  // Hidden keys, last so that column A can carry the plan header's labels.
  'strategicId',
  'operationalId',
  'libraryId',
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
