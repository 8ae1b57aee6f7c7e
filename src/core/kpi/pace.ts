import { type CalendarDate, dayNumber, formatIsoDate } from '../calendarDate';
import { KpiError } from '../parse/kpiError';
import { type WordTable, wordParser } from '../parse/words';

export const AGGREGATION_WORDS = {
  last: ['last', 'latest', 'dernier', 'dernière', 'dernière valeur'],
  average: ['average', 'mean', 'avg', 'moyenne'],
  sum: ['sum', 'total', 'cumulative', 'somme', 'cumul'],
} as const satisfies WordTable<string>;
export type Aggregation = keyof typeof AGGREGATION_WORDS;

export const parseAggregation = wordParser<Aggregation>('aggregation', AGGREGATION_WORDS, 'last');

export interface PaceInput {
  readonly actual: number;
  readonly baseline: number;
  readonly target: number;
  readonly start: CalendarDate;
  readonly deadline: CalendarDate;
  readonly asOf: CalendarDate;
  readonly aggregation: Aggregation;
}

/**
 * Actual progress over the progress a straight line from `baseline` at `start` to `target` at
 * `deadline` expects by `asOf` (1 = exactly on pace, above 1 = ahead). With f the elapsed fraction of
 * the period in calendar days, capped at 1 once the deadline has passed:
 * - "last" and "average" (a level to reach): ((actual − baseline)/(target − baseline)) / f, which reads
 *   the same for a KPI to raise or to lower;
 * - "sum" (a total to accumulate from 0; baseline plays no part): actual / (target × f).
 */
export function kpiPace(input: PaceInput): number {
  const { actual, baseline, target, start, deadline, asOf, aggregation } = input;
  const startDay = dayNumber(start);
  const length = dayNumber(deadline) - startDay;
  if (length <= 0)
    throw new KpiError('deadlineNotAfterStart', {
      deadline: formatIsoDate(deadline),
      start: formatIsoDate(start),
    });
  const elapsed = dayNumber(asOf) - startDay;
  if (elapsed < 0)
    throw new KpiError('notStartedYet', { asOf: formatIsoDate(asOf), start: formatIsoDate(start) });
  if (elapsed === 0) throw new KpiError('noTimeElapsed', { start: formatIsoDate(start) });
  const fraction = Math.min(1, elapsed / length);
  if (aggregation === 'sum') {
    if (target === 0) throw new KpiError('sumTargetIsZero');
    return actual / (target * fraction);
  }
  if (baseline === target) throw new KpiError('baselineEqualsTarget', { value: target });
  return (actual - baseline) / (target - baseline) / fraction;
}
