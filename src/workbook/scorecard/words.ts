import type { KpiAggregation, KpiDirection } from '../../core/kpiLibrary/schema';

// The words a direction or aggregation cell of the Objectives sheet may hold. The Objectives sheet is
// editable, so the Scorecard accepts what KPI_VARIANCE accepts (English and French, any case: Sheets'
// "=" compares text case-insensitively), not only the word the build wrote. Anything else counts as
// the default ("higher", "last"), like a blank.

export const DIRECTION_WORDS: Readonly<Record<KpiDirection, readonly string[]>> = {
  higher: ['higher', 'hausse', 'up'],
  lower: ['lower', 'baisse', 'down'],
  target: ['target', 'cible'],
};

export const AGGREGATION_WORDS: Readonly<Record<KpiAggregation, readonly string[]>> = {
  last: ['last', 'dernier', 'dernière'],
  sum: ['sum', 'somme'],
  average: ['average', 'moyenne'],
};
