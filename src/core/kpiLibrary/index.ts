import { foldText } from '../text';
import { KPI_DEFINITIONS } from './data';
import type { KpiDefinition } from './schema';

export type { KpiDefinition } from './schema';

/** Every KPI the library knows, in a stable order. */
export function listKpis(): readonly KpiDefinition[] {
  return KPI_DEFINITIONS;
}

let byId: Map<string, KpiDefinition> | undefined;

/** The library entry with this id, or undefined. */
export function getKpi(id: string): KpiDefinition | undefined {
  byId ??= new Map(KPI_DEFINITIONS.map((k) => [k.id, k]));
  return byId.get(id);
}

let terms: { term: string; kpi: KpiDefinition }[] | undefined;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The library KPIs named in free text (French or English, accents optional), best match first: a longer
 * name wins over a shorter one it contains ("taux de conversion" before "conversion").
 * Built lazily: SMART_CHECK needs it, KPI_VARIANCE does not.
 */
export function findKpisInText(text: string): KpiDefinition[] {
  terms ??= KPI_DEFINITIONS.flatMap((kpi) =>
    [kpi.name.fr, kpi.name.en, ...kpi.aliases.fr, ...kpi.aliases.en].map((t) => ({ term: foldText(t), kpi })),
  ).sort((a, b) => b.term.length - a.term.length);
  const folded = foldText(text);
  const found: KpiDefinition[] = [];
  for (const { term, kpi } of terms) {
    if (found.includes(kpi)) continue;
    if (new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(term)}(?:$|[^a-z0-9])`).test(folded)) found.push(kpi);
  }
  return found;
}
