import { type KpiDefinition, findKpisInText, getKpi } from '../kpiLibrary';
import type { KpiPlan, PlanKpi } from '../plan/schema';
import { type Channel, channelsNamed, foldedWords, type Stage } from './words';

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
  /** The library KPIs a text names (findKpisInText), each distinct text read once per review. */
  readonly named: (text: string) => readonly KpiDefinition[];
}

/** findKpisInText, remembered per text: plans repeat names and titles, and families read the same ones. */
function namedIn(): (text: string) => readonly KpiDefinition[] {
  const seen = new Map<string, readonly KpiDefinition[]>();
  return (text) => {
    let found = seen.get(text);
    if (!found) {
      found = findKpisInText(text);
      seen.set(text, found);
    }
    return found;
  };
}

export function reviewContext(plan: ReviewedPlan): ReviewContext {
  const named = namedIn();
  // The library entry a KPI is: its `libraryId` when the library has it, else the first its name names.
  const entryOf = (kpi: PlanKpi) =>
    (kpi.libraryId !== undefined ? getKpi(kpi.libraryId) : undefined) ?? named(kpi.name)[0];
  // Channels by the words of a name and source, once per distinct pair (plans repeat them).
  const channelsIn = new Map<string, Channel[]>();
  const channelsOf = (text: string) => {
    let found = channelsIn.get(text);
    if (!found) {
      found = channelsNamed(foldedWords(text));
      channelsIn.set(text, found);
    }
    return found;
  };
  const kpis: KpiFacts[] = [];
  plan.objectives.forEach((strategic, i) =>
    strategic.operational.forEach((operational, j) =>
      operational.kpis.forEach((kpi, k) => {
        const entry = entryOf(kpi);
        // A KPI measures its library entry's channel, and any channel its name or source names ("Leads
        // LinkedIn", a source "Google Ads"): the library's "leads" belongs to sales, these leads to social.
        const channels = new Set<Channel>(channelsOf(`${kpi.name} ${kpi.source ?? ''}`));
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
  return { plan, kpis, named };
}

/** A name as a message quotes it: « Trafic organique » in French, "Organic traffic" in English. */
export function quoted(text: string): { fr: string; en: string } {
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return { fr: `«\u00a0${short}\u00a0»`, en: `"${short}"` };
}
