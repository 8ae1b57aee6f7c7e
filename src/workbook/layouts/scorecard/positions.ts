import { kpisOf } from '../../../core/plan/schema';
import type { LayoutContext } from '../../layoutContext';
import type { StatusKey } from './labels';

// Where everything sits on the Scorecard, computed once from the plan's shape. The formulas
// (./kpiRow.ts, ./rollups.ts), the colour rules and the tests all read positions from here, so moving a
// column is a one-line change.

/** Visible per-KPI columns, left to right. */
export const KPI_COLUMNS = [
  'strategic',
  'operational',
  'name',
  'value',
  'due',
  'target',
  'variancePct',
  'varianceAbs',
  'attainment',
  'status',
  'pace',
  'forecast',
  'forecastStatus',
  'needed',
  'reading',
  'change',
  'yearChange',
  'benchmarkGap',
  'trend',
  'stale',
  'outlier',
] as const;

/**
 * Hidden per-KPI helper columns, right of the visible ones. They hold the intermediate values a
 * spreadsheet without LET needs (and let a curious analyst unhide and audit every step).
 */
export const HELPER_COLUMNS = [
  'direction',
  'aggregation',
  'isLower',
  'isTarget',
  'isSum',
  'isAverage',
  'band',
  'weight',
  'baseline',
  'deadline',
  'benchmark',
  'trajectoryFrom',
  'count',
  'lastToDate',
  'lastAny',
  'sum',
  'hasData',
  'comparable',
  'periodsLeft',
  'meanX',
  'meanY',
  'slope',
  'changeFavourable',
  'cappedAttainment',
  'weightWithData',
  'forecastPct',
  'historyCount',
  'historyMean',
  'historySd',
] as const;

export type KpiColumn = (typeof KPI_COLUMNS)[number];
export type HelperColumn = (typeof HELPER_COLUMNS)[number];
export type ScorecardColumn = KpiColumn | HelperColumn;

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export type RollupLevel = 'operational' | 'strategic' | 'goal';

export interface RollupRow {
  readonly row: number;
  readonly level: RollupLevel;
  /** Objective id; '' for the goal. */
  readonly id: string;
  /** The KPI rows it rolls up (contiguous: the plan lists KPIs depth first). */
  readonly firstKpiRow: number;
  readonly lastKpiRow: number;
  /** Row of the first KPI on the Objectives sheet (its objective titles live there). */
  readonly objectivesRow: number;
}

export interface ScorecardGrid {
  readonly titleCell: CellPosition;
  /** The period selector (a dropdown of the Tracking headers); blank = latest period with data. */
  readonly selectorCell: CellPosition;
  readonly shownPeriodCell: CellPosition;
  /** End date of the period shown: the `as_of` of pace. */
  readonly asOfCell: CellPosition;
  readonly legendCells: Readonly<Record<StatusKey, CellPosition>>;
  readonly capCell: CellPosition;
  readonly defaultBandCell: CellPosition;
  readonly defaultWeightCell: CellPosition;
  readonly planStartCell: CellPosition;
  readonly planEndCell: CellPosition;
  /** 1-based index of the period shown in the Tracking columns; 0 when nothing is tracked yet. */
  readonly selectedIndexCell: CellPosition;
  /** KPI_VARIANCE's tolerance on status boundaries (hidden): 1.1 vs 1 is 0.10000000000000009, still "at risk". */
  readonly statusToleranceCell: CellPosition;
  /** How many earlier values an unusual value needs, and how many standard deviations is unusual (hidden). */
  readonly outlierHistoryCell: CellPosition;
  readonly outlierDeviationsCell: CellPosition;
  /**
   * Hidden rows of period helpers: index 1..n and end dates, from `firstPeriodHelperColumn`. The KPI
   * rows below them hold each KPI's trajectory: the value due by the end of that period.
   */
  readonly periodIndexRow: number;
  readonly periodEndRow: number;
  /**
   * Per period, where the same period a year earlier sits among the Tracking columns from the first
   * history column (1-based), or 0 when Tracking does not hold it.
   */
  readonly lastYearRow: number;
  readonly firstPeriodHelperColumn: number;
  readonly periodCount: number;
  /**
   * Hidden columns of milestones, right of the trajectory: slot i's date in `firstMilestoneColumn + 2i`,
   * its value in the next column; `milestoneSlots` = the most milestones any KPI of the plan has.
   */
  readonly firstMilestoneColumn: number;
  readonly milestoneSlots: number;
  readonly headerRow: number;
  readonly firstKpiRow: number;
  readonly lastKpiRow: number;
  readonly columns: Readonly<Record<ScorecardColumn, number>>;
  readonly rollupTitleRow: number;
  readonly rollupHeaderRow: number;
  readonly rollups: readonly RollupRow[];
  /** Columns of the roll-up table. */
  readonly rollupColumns: {
    readonly level: number;
    readonly title: number;
    readonly attainment: number;
    readonly shareOnTrack: number;
    readonly withData: number;
  };
  readonly firstHelperColumn: number;
  readonly lastColumn: number;
  readonly lastRow: number;
}

const HEADER_ROW = 6;

export function scorecardGrid(context: LayoutContext): ScorecardGrid {
  const kpis = kpisOf(context.plan);
  const firstKpiRow = HEADER_ROW + 1;
  const lastKpiRow = HEADER_ROW + kpis.length;

  const columns = {} as Record<ScorecardColumn, number>;
  KPI_COLUMNS.forEach((key, i) => (columns[key] = i + 1));
  const firstHelperColumn = KPI_COLUMNS.length + 1;
  HELPER_COLUMNS.forEach((key, i) => (columns[key] = firstHelperColumn + i));

  const rollupTitleRow = lastKpiRow + 2;
  const rollupHeaderRow = rollupTitleRow + 1;
  const rollups: RollupRow[] = [];
  let row = rollupHeaderRow + 1;
  let kpiRow = firstKpiRow;
  let objectivesRow = context.objectives.firstKpiRow;
  const strategicRows: RollupRow[] = [];
  for (const strategic of context.plan.objectives) {
    const strategicFirst = kpiRow;
    const strategicObjectivesRow = objectivesRow;
    for (const operational of strategic.operational) {
      const count = operational.kpis.length;
      rollups.push({
        row: row++,
        level: 'operational',
        id: operational.id,
        firstKpiRow: kpiRow,
        lastKpiRow: kpiRow + count - 1,
        objectivesRow,
      });
      kpiRow += count;
      objectivesRow += count;
    }
    strategicRows.push({
      row: 0,
      level: 'strategic',
      id: strategic.id,
      firstKpiRow: strategicFirst,
      lastKpiRow: kpiRow - 1,
      objectivesRow: strategicObjectivesRow,
    });
  }
  for (const strategic of strategicRows) rollups.push({ ...strategic, row: row++ });
  rollups.push({
    row: row++,
    level: 'goal',
    id: '',
    firstKpiRow,
    lastKpiRow,
    objectivesRow: context.objectives.firstKpiRow,
  });

  const periodCount = context.periods.length;
  const firstPeriodHelperColumn = firstHelperColumn + HELPER_COLUMNS.length;
  const firstMilestoneColumn = firstPeriodHelperColumn + periodCount;
  const milestoneSlots = Math.max(0, ...kpis.map(({ kpi }) => kpi.milestones?.length ?? 0));
  const lastColumn = firstMilestoneColumn + 2 * milestoneSlots - 1;
  return {
    titleCell: { row: 1, column: 1 },
    selectorCell: { row: 2, column: 2 },
    shownPeriodCell: { row: 2, column: 4 },
    asOfCell: { row: 2, column: 6 },
    legendCells: {
      onTrack: { row: 3, column: 2 },
      atRisk: { row: 3, column: 3 },
      offTrack: { row: 3, column: 4 },
      noData: { row: 3, column: 5 },
      stale: { row: 3, column: 6 },
      outlier: { row: 3, column: 7 },
    },
    capCell: { row: 4, column: 2 },
    defaultBandCell: { row: 4, column: 4 },
    defaultWeightCell: { row: 4, column: 6 },
    planStartCell: { row: 4, column: 8 },
    planEndCell: { row: 4, column: 10 },
    selectedIndexCell: { row: 4, column: firstHelperColumn },
    statusToleranceCell: { row: 4, column: firstHelperColumn + 1 },
    outlierHistoryCell: { row: 4, column: firstHelperColumn + 2 },
    outlierDeviationsCell: { row: 4, column: firstHelperColumn + 3 },
    periodIndexRow: 1,
    periodEndRow: 2,
    lastYearRow: 3,
    firstPeriodHelperColumn,
    periodCount,
    firstMilestoneColumn,
    milestoneSlots,
    headerRow: HEADER_ROW,
    firstKpiRow,
    lastKpiRow,
    columns,
    rollupTitleRow,
    rollupHeaderRow,
    rollups,
    rollupColumns: { level: 1, title: 2, attainment: 4, shareOnTrack: 5, withData: 6 },
    firstHelperColumn,
    lastColumn,
    lastRow: row - 1,
  };
}
