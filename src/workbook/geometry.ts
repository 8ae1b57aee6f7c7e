import type { Lang } from '../core/i18n';
import { trackingPeriods } from '../core/plan/periods';
import { type KpiPlan, kpisOf } from '../core/plan/schema';
import {
  type LayoutContext,
  OBJECTIVES_COLUMNS,
  type ObjectivesColumn,
  type ObjectivesGeometry,
  type SheetNames,
  type TrackingGeometry,
} from './layoutContext';

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
  const firstPeriodColumn = 5;
  const tracking: TrackingGeometry = {
    sheet: names.tracking,
    headerRow: TRACKING_HEADER_ROW,
    firstKpiRow: TRACKING_HEADER_ROW + 1,
    lastKpiRow: TRACKING_HEADER_ROW + kpiCount,
    idColumn: 1,
    nameColumn: 2,
    unitColumn: 3,
    baselineColumn: 4,
    firstPeriodColumn,
    lastPeriodColumn: firstPeriodColumn + periods.length - 1,
    periods,
  };
  return { plan, lang, names, periods, objectives, tracking };
}
