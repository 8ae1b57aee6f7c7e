import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n';
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, UNITS } from '../vocabulary';
import { isIsoDate } from '../calendarDate';

// The KPI plan format, version 1 (../shared/template-format.md), as the single source of truth: the
// types below are inferred from it, never written twice.
//
// Unknown fields are STRIPPED, not refused and not passed through: the format promises that fields a
// later KPI Kit adds are optional, so a plan written by a newer version still loads here (refusing them
// would break that promise), and stripping keeps the parsed plan exactly the shape this version can
// render and read back from a workbook (passing them through would make the round trip lossy in a way
// nobody sees). `parsePlan` reports every stripped field in `ignored` so nothing disappears silently.
//
// Cross-field rules (unique ids, start ≤ end, at most 500 KPIs) live in ./rules.ts, not in zod
// refinements: zod skips an object's refinements once a field inside it failed, and we want every
// problem of a plan reported at once.

export const PLAN_VERSION = 1;
export { AGGREGATIONS, DIRECTIONS, FREQUENCIES, UNITS } from '../vocabulary';

/** The format's own limits, in one place: the schema, the rules and the error messages read them. */
export const PLAN_LIMITS = {
  name: 120,
  /** strategy, goal, objective titles */
  longText: 500,
  kpiName: 120,
  owner: 120,
  source: 120,
  id: 64,
  libraryId: 64,
  objectives: 50,
  operational: 50,
  kpisPerObjective: 50,
  kpisPerPlan: 500,
  /** Points of a phased trajectory: one a month over two years. */
  milestones: 24,
} as const;

export const KPI_ID_PATTERN = /^[a-z0-9_-]{1,64}$/;
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** An accent colour as Sheets takes it: `#RRGGBB` (either case). */
export const HEX_COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;

/** A string of min..max characters. */
function text(min: number, max: number) {
  return min > 0 ? z.string().check(z.minLength(min), z.maxLength(max)) : z.string().check(z.maxLength(max));
}

export const DEFAULTS = {
  currency: 'EUR',
  aggregation: 'last' as (typeof AGGREGATIONS)[number],
  band: 0.1,
  weight: 1,
};

/** A `YYYY-MM-DD` date that exists on the calendar (2027-02-30 is refused). */
export const isoDateSchema = z.string().check(z.refine(isIsoDate, { params: { kind: 'isoDate' } }));

/**
 * A point of a phased trajectory: by `date` the KPI should be at `value` (for a `sum` KPI, the total
 * due by then). Optional, so every plan written before milestones existed still loads and builds the
 * straight line it always had.
 */
export const milestoneSchema = z.object({
  date: isoDateSchema,
  value: z.number(),
});

export const kpiSchema = z.object({
  id: z.string().check(z.regex(KPI_ID_PATTERN)),
  name: text(1, PLAN_LIMITS.kpiName),
  libraryId: z.optional(text(1, PLAN_LIMITS.libraryId)),
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  baseline: z.optional(z.number()),
  target: z.number(),
  /** Default: `period.end`, filled in by `planSchema`'s transform. */
  deadline: z.optional(isoDateSchema),
  aggregation: z._default(z.enum(AGGREGATIONS), DEFAULTS.aggregation),
  band: z._default(z.number().check(z.gt(0), z.lte(1)), DEFAULTS.band),
  weight: z._default(z.number().check(z.gt(0)), DEFAULTS.weight),
  benchmark: z.optional(z.number()),
  owner: z.optional(text(0, PLAN_LIMITS.owner)),
  source: z.optional(text(0, PLAN_LIMITS.source)),
  /** Dates strictly between the plan's start and the KPI's deadline, in increasing order (./rules.ts). */
  milestones: z.optional(z.array(milestoneSchema).check(z.maxLength(PLAN_LIMITS.milestones))),
});

// Objective ids are not constrained by the format beyond being present; we keep them short and
// non-empty, and unique across both levels (./rules.ts) because roll-up rows are keyed by them.
const objectiveId = text(1, PLAN_LIMITS.id);

export const operationalObjectiveSchema = z.object({
  id: objectiveId,
  title: text(1, PLAN_LIMITS.longText),
  kpis: z.array(kpiSchema).check(z.minLength(1), z.maxLength(PLAN_LIMITS.kpisPerObjective)),
});

export const strategicObjectiveSchema = z.object({
  id: objectiveId,
  title: text(1, PLAN_LIMITS.longText),
  operational: z
    .array(operationalObjectiveSchema)
    .check(z.minLength(1), z.maxLength(PLAN_LIMITS.operational)),
});

export const periodSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  frequency: z.enum(FREQUENCIES),
  /**
   * Tracking also holds one column per period of the year before `start` (same frequency), for last
   * year's figures: the scorecard compares each period with the same period a year earlier. Optional:
   * a plan without it builds the same workbook as before.
   */
  history: z.optional(z.boolean()),
});

/**
 * Who the workbook is made by and for, and the colour it wears. Every field is optional, and so is the
 * object: a plan without it (every v1 plan written before it existed) builds KPI Kit's own look.
 */
export const brandingSchema = z.object({
  agency: z.optional(text(1, PLAN_LIMITS.name)),
  client: z.optional(text(1, PLAN_LIMITS.name)),
  accentColor: z.optional(z.string().check(z.regex(HEX_COLOR_PATTERN))),
});

/** The plan as written, field by field (no cross-field rules, no deadline default yet). */
export const planShapeSchema = z.object({
  version: z.literal(PLAN_VERSION),
  name: text(1, PLAN_LIMITS.name),
  language: z.enum(LANGUAGES),
  currency: z._default(z.string().check(z.regex(CURRENCY_PATTERN)), DEFAULTS.currency),
  period: periodSchema,
  strategy: z.optional(text(0, PLAN_LIMITS.longText)),
  goal: z.optional(text(0, PLAN_LIMITS.longText)),
  branding: z.optional(brandingSchema),
  objectives: z.array(strategicObjectiveSchema).check(z.minLength(1), z.maxLength(PLAN_LIMITS.objectives)),
});

/** The plan with every default applied, including each KPI's `deadline` (default `period.end`). */
export const planSchema = z.pipe(
  planShapeSchema,
  z.transform((plan: z.output<typeof planShapeSchema>) => ({
    ...plan,
    objectives: plan.objectives.map((so) => ({
      ...so,
      operational: so.operational.map((oo) => ({
        ...oo,
        kpis: oo.kpis.map((kpi) => ({ ...kpi, deadline: kpi.deadline ?? plan.period.end })),
      })),
    })),
  })),
);

/** A valid plan, every default applied: what the builder renders. */
export type KpiPlan = z.output<typeof planSchema>;
/** A plan as a user, the wizard or a template file writes it (defaults may be left out). */
export type KpiPlanInput = z.input<typeof planSchema>;
export type StrategicObjective = KpiPlan['objectives'][number];
export type OperationalObjective = StrategicObjective['operational'][number];
export type PlanKpi = OperationalObjective['kpis'][number];
export type PlanPeriod = KpiPlan['period'];
export type PlanFrequency = PlanPeriod['frequency'];
export type PlanBranding = z.output<typeof brandingSchema>;

/** One KPI of a plan with the objectives it measures, in plan order. */
export interface KpiInContext {
  readonly kpi: PlanKpi;
  readonly strategic: StrategicObjective;
  readonly operational: OperationalObjective;
  /** Path of the KPI in the plan, e.g. `objectives[0].operational[1].kpis[2]`. */
  readonly path: string;
}

/** Every KPI of the plan, depth first, in the order the sheets list them. */
export function kpisOf(plan: KpiPlan): KpiInContext[] {
  return plan.objectives.flatMap((strategic, i) =>
    strategic.operational.flatMap((operational, j) =>
      operational.kpis.map((kpi, k) => ({
        kpi,
        strategic,
        operational,
        path: `objectives[${i}].operational[${j}].kpis[${k}]`,
      })),
    ),
  );
}
