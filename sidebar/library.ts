import { createContext } from 'preact';
import type { KpiDefinition } from '../src/core/kpiLibrary';
import type { ServerResult } from '../src/core/rpc/api';

/**
 * A library entry as the page receives it: getKpiLibrary's answer, whole (definitions and formulas
 * included). Typed from the RPC declaration, so the page's type follows what the server sends.
 */
export type LibraryEntry = ServerResult<'getKpiLibrary'>[number];

/** Definitions and formulas by KPI id, for the picker and the search. */
export type KpiTexts = Readonly<Record<string, Pick<KpiDefinition, 'definition' | 'formula'>>>;

/** The texts of a library, by KPI id. */
export function kpiTextsOf(library: readonly KpiDefinition[]): KpiTexts {
  return Object.fromEntries(library.map((k) => [k.id, { definition: k.definition, formula: k.formula }]));
}

export const KpiTextsContext = createContext<KpiTexts>({});
