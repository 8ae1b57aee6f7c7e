import { type CalendarDate, dayNumber, formatIsoDate } from '../calendarDate';
import { KpiError } from '../parse/kpiError';
import { type WordTable, wordParser } from '../parse/words';
import { type Milestone, kpiTrajectory } from './trajectory';

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
  /** Points of a phased trajectory (./trajectory.ts); none: the straight line. */
  readonly milestones?: readonly Milestone[];
}

/**
 * Actual progress over the progress the trajectory (./trajectory.ts: a straight line from `baseline` at
 * `start` to `target` at `deadline`, or through the milestones) expects by `asOf` (1 = exactly on pace,
 * above 1 = ahead). With `due` the trajectory's value on `asOf`:
 * - "last" and "average" (a level to reach): (actual − baseline) / (due − baseline), which reads the
 *   same for a KPI to raise or to lower;
 * - "sum" (a total to accumulate from 0; baseline plays no part): actual / due.
 * The Scorecard's formulas compute the same, in the same order.
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
  // On a straight line these say why nothing is ever due; milestones may still ask for progress.
  const straight = (input.milestones?.length ?? 0) === 0;
  if (straight && aggregation === 'sum' && target === 0) throw new KpiError('sumTargetIsZero');
  if (straight && aggregation !== 'sum' && baseline === target)
    throw new KpiError('baselineEqualsTarget', { value: target });
  const due = kpiTrajectory({
    baseline: aggregation === 'sum' ? undefined : baseline,
    target,
    start,
    deadline,
    asOf,
    aggregation,
    ...(input.milestones ? { milestones: input.milestones } : {}),
  });
  const from = aggregation === 'sum' ? 0 : baseline;
  // A phased trajectory may hold still (a milestone at the starting value): nothing is due yet.
  if (due === from) throw new KpiError('noProgressDue', { asOf: formatIsoDate(asOf) });
  return (actual - from) / (due - from);
}
