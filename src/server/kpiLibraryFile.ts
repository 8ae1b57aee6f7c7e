import type { KpiDefinition } from '../core/kpiLibrary/schema';

/** The project HTML file (dist/KpiLibrary.html) that holds the library as JSON. */
export const KPI_LIBRARY_FILE = 'KpiLibrary';

let cached: readonly KpiDefinition[] | undefined;

/**
 * dist/Code.js's stand-in for src/core/kpiLibrary/data.ts (the build swaps the module): the library is
 * ~75 KB that Sheets would otherwise load on every custom function call, so it lives in an HTML file
 * Apps Script never executes and is read here on first use, once per execution. getRawContent() returns
 * the file unprocessed; the build wrote it from data.ts, checked against the schema, so it is trusted.
 */
export function kpiDefinitions(): readonly KpiDefinition[] {
  if (cached) return cached;
  let raw: string;
  try {
    raw = HtmlService.createTemplateFromFile(KPI_LIBRARY_FILE).getRawContent();
  } catch (error) {
    throw new Error(
      `The KPI library file ${KPI_LIBRARY_FILE}.html could not be read (${String(error instanceof Error ? error.message : error)}): ` +
        'push every file of dist/ (npm run build, then clasp push), not Code.js alone.',
      { cause: error },
    );
  }
  cached = JSON.parse(raw) as readonly KpiDefinition[];
  return cached;
}
