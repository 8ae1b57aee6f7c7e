import { AGGREGATION_WORDS as PACE_AGGREGATION_WORDS } from '../../../core/kpi/pace';
import { DIRECTION_WORDS as VARIANCE_DIRECTION_WORDS } from '../../../core/kpi/variance';
import type { KpiAggregation, KpiDirection } from '../../../core/kpiLibrary/schema';
import { foldText } from '../../../core/text';

// The words a direction or aggregation cell of the Objectives sheet may hold. The Objectives sheet is
// editable, so the Scorecard accepts what KPI_VARIANCE and KPI_PACE accept (their own word tables), not
// only the word the build wrote. Sheets' "=" ignores case but not accents, so each word also comes
// without its accents (KPI Kit's matchers fold them); the cell is TRIMmed first. Anything else counts
// as the default ("higher", "last"), like a blank.

function withFolded(words: readonly string[]): readonly string[] {
  return [...new Set(words.flatMap((w) => [w, foldText(w)]))];
}

export const DIRECTION_WORDS: Readonly<Record<KpiDirection, readonly string[]>> = {
  higher: withFolded(VARIANCE_DIRECTION_WORDS.higher),
  lower: withFolded(VARIANCE_DIRECTION_WORDS.lower),
  target: withFolded(VARIANCE_DIRECTION_WORDS.target),
};

export const AGGREGATION_WORDS: Readonly<Record<KpiAggregation, readonly string[]>> = {
  last: withFolded(PACE_AGGREGATION_WORDS.last),
  sum: withFolded(PACE_AGGREGATION_WORDS.sum),
  average: withFolded(PACE_AGGREGATION_WORDS.average),
};
