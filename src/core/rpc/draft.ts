import * as z from 'zod/mini';
import { FREQUENCIES, KPI_AGGREGATIONS, KPI_DIRECTIONS, KPI_UNITS, WIZARD_STEPS } from './enums';

export { FREQUENCIES, WIZARD_STEPS, type WizardStep } from './enums';

// The wizard's draft: the plan as the user is typing it. Numbers and dates stay the text the user typed
// ("12,5", "", "2027-06-30") so a half-filled form survives a reload exactly; the plan is what the draft
// becomes once it is valid. The server stores only drafts that pass this schema. zod/mini: this module
// is bundled into the sidebar, which must stay small.

/** Bounds that keep a hostile or buggy client from filling the document's property store. */
const text = (max: number) => z.string().check(z.maxLength(max));
const key = z.string().check(z.regex(/^[a-z0-9-_]{1,64}$/));
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(50));

export const kpiDraftSchema = z.object({
  /** The KPI's id in the plan: stable, a rebuild matches tracked data by it. */
  id: key,
  libraryId: z.optional(text(64)),
  name: text(200),
  unit: z.enum(KPI_UNITS),
  direction: z.enum(KPI_DIRECTIONS),
  aggregation: z.enum(KPI_AGGREGATIONS),
  /** As typed. Percent KPIs are typed in percent ("2,4" for 2.4 %); the plan stores fractions. */
  baseline: text(40),
  target: text(40),
  /** `YYYY-MM-DD` or empty (the plan's end). */
  deadline: text(20),
  /** In percent of the target, as typed ("10" for 0.1). */
  band: text(40),
  weight: text(40),
  benchmark: z.optional(text(40)),
  owner: text(200),
  source: text(200),
  /** Optional phased trajectory, as the Objectives sheet writes it: « 2027-03-31 : 4000 ; … ». */
  milestones: z.optional(text(2000)),
});

export const operationalDraftSchema = z.object({ id: key, title: text(1000), kpis: list(kpiDraftSchema) });

export const strategicDraftSchema = z.object({
  id: key,
  title: text(1000),
  operational: list(operationalDraftSchema),
});

export const planContextDraftSchema = z.object({
  name: text(200),
  strategy: text(1000),
  goal: text(1000),
  start: text(20),
  end: text(20),
  frequency: z.enum(FREQUENCIES),
  /** Tracking also holds last year's periods (`period.history`); absent in drafts saved before it. */
  history: z.optional(z.boolean()),
  language: z.enum(['fr', 'en']),
  currency: text(10),
  /** The plan's optional branding (who prepared it, for whom, accent colour), as typed. */
  agency: z.optional(text(200)),
  client: z.optional(text(200)),
  accentColor: z.optional(text(20)),
});

export const draftSchema = z.object({
  version: z.literal(1),
  step: z.enum(WIZARD_STEPS),
  context: planContextDraftSchema,
  objectives: list(strategicDraftSchema),
});

export type KpiDraft = z.infer<typeof kpiDraftSchema>;
export type OperationalDraft = z.infer<typeof operationalDraftSchema>;
export type StrategicDraft = z.infer<typeof strategicDraftSchema>;
export type PlanContextDraft = z.infer<typeof planContextDraftSchema>;
export type Draft = z.infer<typeof draftSchema>;
