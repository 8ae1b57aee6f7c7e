import { SMART_CRITERIA, SMART_LETTERS, type SmartResult } from './types';

/** What the one-cell text shows when every criterion is met. */
export const ALL_MET_MARK = '✓';

/**
 * The one-cell text form: the score, then each missing criterion's letter and hint, joined with " · ":
 * `4/5 · T: ajoutez une échéance (ex. « d'ici le 31/12/2027 »)`. All met: `5/5 ✓`.
 */
export function formatSmartText(result: SmartResult): string {
  const score = `${result.score}/${SMART_CRITERIA.length}`;
  const missing = SMART_CRITERIA.filter((c) => !result.criteria[c]).map((c) =>
    `${SMART_LETTERS[c]}: ${result.hints[c] ?? ''}`.trimEnd(),
  );
  return missing.length === 0 ? `${score} ${ALL_MET_MARK}` : [score, ...missing].join(' · ');
}
