import { kpiDefinitions } from './data';
import type { KpiDefinition } from './schema';
import { compileTermMatcher, type TermMatcher } from './termMatcher';

export type { KpiDefinition } from './schema';

// The data is read through kpiDefinitions() inside each call, never at load time: in dist/Code.js that
// reads the project file KpiLibrary.html (docs/KPI-LIBRARY.md), which KPI_VARIANCE must not pay for.

/** Every KPI the library knows, in a stable order. */
export function listKpis(): readonly KpiDefinition[] {
  return kpiDefinitions();
}

let byId: Map<string, KpiDefinition> | undefined;

/** The library entry with this id, or undefined. */
export function getKpi(id: string): KpiDefinition | undefined {
  byId ??= new Map(kpiDefinitions().map((k) => [k.id, k]));
  return byId.get(id);
}

let matcher: TermMatcher | undefined;

/**
 * The library KPIs named in free text (French or English, accents, case, apostrophes and plurals
 * optional), best match first: a longer name wins over a shorter one it contains ("taux de conversion
 * des leads" before "taux de conversion"), and each KPI comes once. A name shared by several KPIs
 * ("CTR", "taux d'engagement") returns those whose channel the text mentions ("newsletter", "Instagram",
 * "Google Ads"...), or all of them when it mentions none.
 * Compiled on first use: SMART_CHECK needs it, KPI_VARIANCE does not.
 */
export function findKpisInText(text: string): KpiDefinition[] {
  const definitions = kpiDefinitions();
  matcher ??= compileTermMatcher(definitions);
  return matcher(text).map((index) => definitions[index] as KpiDefinition);
}
