import type { Lang } from '../src/core/i18n';

// The sheets a build writes, as the review step announces them. The builder (issue 5) owns the real
// names; its result lists the sheets it actually wrote, which is what the result screen shows.
export const BUILT_SHEETS: Record<Lang, readonly string[]> = {
  fr: ['Objectifs', 'Suivi', 'Tableau de bord'],
  en: ['Objectives', 'Tracking', 'Scorecard'],
};

/** The scorecard among the sheets a build wrote (the last one when none is recognised). */
export function scorecardSheet(sheets: readonly string[]): string | undefined {
  return sheets.find((s) => /scorecard|tableau de bord/i.test(s)) ?? sheets[sheets.length - 1];
}
