import type { Lang } from '../src/core/i18n';
import type { ServerResult } from '../src/core/rpc/api';

/** The names a build gives its sheets, as getSidebarContext sends them (the builder's own labels). */
export type BuiltSheetNames = ServerResult<'getSidebarContext'>['sheetNames'];

/** The sheets a build writes, as the review step announces them. */
export function builtSheets(names: BuiltSheetNames, lang: Lang): string[] {
  return [names.objectives[lang], names.tracking[lang], names.scorecard[lang]];
}

/** The scorecard among the sheets a build wrote, in either language. */
export function scorecardSheet(names: BuiltSheetNames, sheets: readonly string[]): string | undefined {
  const scorecard = Object.values(names.scorecard);
  return (
    sheets.find((s) => scorecard.includes(s)) ?? sheets.find((s) => scorecard.some((n) => s.startsWith(n)))
  );
}
