import { createContext } from 'preact';
import type { KpiDefinition } from '../src/core/kpiLibrary';

/** A library entry as the page uses it (the page has the whole library, from getKpiLibrary). */
export type LibraryEntry = KpiDefinition;

/** Definitions and formulas by KPI id, for the picker and the search. */
export type KpiTexts = Readonly<Record<string, Pick<KpiDefinition, 'definition' | 'formula'>>>;

/** The texts of a library, by KPI id. */
export function kpiTextsOf(library: readonly KpiDefinition[]): KpiTexts {
  return Object.fromEntries(library.map((k) => [k.id, { definition: k.definition, formula: k.formula }]));
}

export const KpiTextsContext = createContext<KpiTexts>({});
