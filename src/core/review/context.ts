import { type KpiDefinition, findKpisInText, getKpi } from '../kpiLibrary';
import type { KpiPlan, PlanKpi } from '../plan/schema';
import { type Channel, channelsNamed, type Stage } from './words';

// What every family of findings needs to know about a plan, worked out once: each KPI's library entry
// (its `libraryId`, or the library KPI its name names) and the channels and funnel stage it measures.

/** The part of a plan the review reads; a plan the schema accepts is one. */
export type ReviewedPlan = Pick<KpiPlan, 'language' | 'strategy' | 'goal' | 'objectives'>;

export interface KpiFacts {
  readonly kpi: PlanKpi;
  /** `objectives[i].operational[j].kpis[k]` */
  readonly path: string;
  readonly strategicIndex: number;
  readonly operationalIndex: number;
  /** The library KPI it is, when known: by `libraryId`, else by its name. */
  readonly entry: KpiDefinition | undefined;
  readonly channels: ReadonlySet<Channel>;
  readonly stage: Stage | undefined;
}

export interface ReviewContext {
  readonly plan: ReviewedPlan;
  readonly kpis: readonly KpiFacts[];
}

/** The library entry a KPI of the plan is: its `libraryId` when the library has it, else the first its name names. */
export function entryOf(kpi: Pick<PlanKpi, 'name' | 'libraryId'>): KpiDefinition | undefined {
  return (kpi.libraryId !== undefined ? getKpi(kpi.libraryId) : undefined) ?? findKpisInText(kpi.name)[0];
}

export function reviewContext(plan: ReviewedPlan): ReviewContext {
  const kpis: KpiFacts[] = [];
  plan.objectives.forEach((strategic, i) =>
    strategic.operational.forEach((operational, j) =>
      operational.kpis.forEach((kpi, k) => {
        const entry = entryOf(kpi);
        // A KPI measures its library entry's channel, and any channel its name or source names ("Leads
        // LinkedIn", a source "Google Ads"): the library's "leads" belongs to sales, these leads to social.
        const channels = new Set<Channel>(channelsNamed(`${kpi.name} ${kpi.source ?? ''}`));
        if (entry) channels.add(entry.channel);
        kpis.push({
          kpi,
          path: `objectives[${i}].operational[${j}].kpis[${k}]`,
          strategicIndex: i,
          operationalIndex: j,
          entry,
          channels,
          stage: entry?.stage,
        });
      }),
    ),
  );
  return { plan, kpis };
}

/** A name as a message quotes it: « Trafic organique » in French, "Organic traffic" in English. */
export function quoted(text: string): { fr: string; en: string } {
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return { fr: `«\u00a0${short}\u00a0»`, en: `"${short}"` };
}
