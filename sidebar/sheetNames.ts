import type { Lang } from '../src/core/i18n';
import { SHEET_NAMES } from '../src/workbook/labels';

/** The sheets a build writes, as the review step announces them (the builder's own names). */
export function builtSheets(lang: Lang): string[] {
  return [SHEET_NAMES.objectives[lang], SHEET_NAMES.tracking[lang], SHEET_NAMES.scorecard[lang]];
}

/** The scorecard among the sheets a build wrote, in either language. */
export function scorecardSheet(sheets: readonly string[]): string | undefined {
  const names = Object.values(SHEET_NAMES.scorecard);
  return sheets.find((s) => names.includes(s)) ?? sheets.find((s) => names.some((n) => s.startsWith(n)));
}
