import { createContext } from 'preact';
import type { KpiDefinition } from '../src/core/kpiLibrary';
import type { ServerResult } from '../src/core/rpc/api';

/**
 * A library entry as the page has it: the sidebar build leaves definitions and formulas out of the
 * bundle (scripts/lib/build.ts), so the type forbids reading them here; they come from the server.
 */
export type LibraryEntry = Omit<KpiDefinition, 'definition' | 'formula'>;

/** Definitions and formulas by KPI id, once getKpiTexts has answered (empty until then). */
export type KpiTexts = ServerResult<'getKpiTexts'>;

export const KpiTextsContext = createContext<KpiTexts>({});
