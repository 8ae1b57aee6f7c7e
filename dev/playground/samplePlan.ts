// The sample a visitor loads with one click: the e-commerce starter template (src/core/templates), moved
// to the year of the emulator's clock, with made-up actuals for the months already past, so a scorecard
// with green, amber and red statuses shows at once.
import type { Lang } from '../../src/core/i18n';
import type { KpiPlanInput } from '../../src/core/plan/schema';
import { getStarterPlan } from '../../src/core/templates';

export const SAMPLE_STARTER = 'ecommerce-growth';

export interface Sample {
  readonly plan: KpiPlanInput;
  /** KPI id → values of the first periods, in order. */
  readonly tracked: Readonly<Record<string, readonly number[]>>;
}

/** How far each KPI gets by the last tracked month, as a share of its target: a mix of statuses. */
const PROGRESS = [1.03, 0.94, 0.72, 1.0, 0.9, 0.7, 1.06, 0.96];

interface SampleKpi {
  id: string;
  unit: string;
  direction?: string;
  aggregation?: string;
  target: number;
}

function kpisOf(plan: KpiPlanInput): SampleKpi[] {
  return plan.objectives.flatMap((so) => so.operational.flatMap((oo) => oo.kpis)) as SampleKpi[];
}

/** Deterministic actuals: a ramp from 85 % of the month's goal to `progress` of it, with a small wiggle. */
function actuals(kpi: SampleKpi, months: number, periods: number, progress: number): number[] {
  const lower = kpi.direction === 'lower';
  // A sum KPI's target is the total for the plan: each month carries its share.
  const monthly = kpi.aggregation === 'sum' ? kpi.target / periods : kpi.target;
  return Array.from({ length: months }, (_, m) => {
    const share = 0.85 + ((progress - 0.85) * (m + 1)) / months + (m % 2 === 0 ? 0.01 : -0.01);
    const value = lower ? monthly / share : monthly * share;
    const digits = kpi.unit === 'percent' ? 4 : value >= 1000 ? 0 : value >= 1 ? 2 : 3;
    return Number(value.toFixed(digits));
  });
}

/**
 * The starter plan for `lang`, its dates moved to `today`'s year, and actuals for each month before
 * today's (at least three, so the pace and forecast columns have data).
 */
export function samplePlan(today: Date, lang: Lang): Sample {
  const starter = getStarterPlan(SAMPLE_STARTER, lang);
  if (!starter)
    throw new Error(`The starter template "${SAMPLE_STARTER}" is missing from src/core/templates`);
  const from = Number(starter.period.start.slice(0, 4));
  const year = today.getUTCFullYear();
  // Every date and every year named in a title moves together, so the objectives stay SMART as written.
  const plan = JSON.parse(
    JSON.stringify(starter).replace(new RegExp(`\\b${from}\\b`, 'g'), String(year)),
  ) as KpiPlanInput;
  const periods = { weekly: 52, monthly: 12, quarterly: 4 }[plan.period.frequency];
  const months = plan.period.frequency === 'monthly' ? Math.max(today.getUTCMonth(), 3) : 3;
  const tracked: Record<string, number[]> = {};
  kpisOf(plan).forEach((kpi, i) => {
    tracked[kpi.id] = actuals(kpi, months, periods, PROGRESS[i % PROGRESS.length] ?? 1);
  });
  return { plan, tracked };
}
