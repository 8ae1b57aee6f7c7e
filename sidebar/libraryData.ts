import type { KpiDefinition } from '../src/core/kpiLibrary/schema';

// The page's stand-in for src/core/kpiLibrary/data.ts (swapped in by the sidebar build,
// scripts/lib/build.ts): the library is ~75 KB of names, aliases and texts, half the page's budget, so
// the page asks the server for it once when it opens (getKpiLibrary) and renders the wizard only once it
// has it. The core's matchers compile on first use, after that.

let definitions: readonly KpiDefinition[] = [];

/** Called once, with the server's answer, before the wizard renders. */
export function setKpiDefinitions(library: readonly KpiDefinition[]): void {
  definitions = library;
}

/** Same seam as the core's data module. */
export function kpiDefinitions(): readonly KpiDefinition[] {
  return definitions;
}
