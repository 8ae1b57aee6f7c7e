import { type CalendarDate } from '../../../../src/core/calendarDate';
import { linearTrend, projectTrend } from '../../../../src/core/kpi/forecast';
import { kpiPace } from '../../../../src/core/kpi/pace';
import { kpiNeeded, kpiTrajectory } from '../../../../src/core/kpi/trajectory';
import { kpiVariance, type Status } from '../../../../src/core/kpi/variance';
import { KpiError } from '../../../../src/core/parse/kpiError';
import { fromDayNumber } from '../../../../src/core/plan/isoDate';

// The KPI maths the Scorecard's formulas must reproduce: issue 3's own functions (the core of
// KPI_VARIANCE, KPI_PACE and KPI_FORECAST), called the way the custom functions call them. Where a
// custom function would answer a message (target 0, no time elapsed, fewer than 2 points), the
// Scorecard shows a blank or a short text: those cases come back as undefined.

export type Direction = 'higher' | 'lower' | 'target';
export type Aggregation = 'last' | 'sum' | 'average';
export type { Status };

/** Sheets date serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

function dateOfSerial(serial: number): CalendarDate {
  return fromDayNumber(serial - UNIX_EPOCH_SERIAL);
}

/** undefined where the KPI engine refuses the input with a KpiError (its message to the user). */
function orUndefined<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof KpiError) return undefined;
    throw error;
  }
}

export interface VarianceResult {
  readonly absolute: number;
  /** undefined when the target is 0 (KPI_VARIANCE refuses "percent" and "attainment" then). */
  readonly percent: number | undefined;
  readonly attainment: number | undefined;
  readonly status: Status;
}

export function variance(actual: number, target: number, direction: Direction, band: number): VarianceResult {
  return {
    absolute: kpiVariance(actual, target, direction, 'absolute', band) as number,
    percent: orUndefined(() => kpiVariance(actual, target, direction, 'percent', band) as number),
    attainment: orUndefined(() => kpiVariance(actual, target, direction, 'attainment', band) as number),
    status: kpiVariance(actual, target, direction, 'status', band) as Status,
  };
}

/** KPI_PACE with dates as serials; undefined where KPI_PACE answers a message or a blank. */
export function pace(
  actual: number,
  baseline: number | undefined,
  target: number,
  start: number,
  deadline: number,
  asOf: number,
  aggregation: Aggregation,
): number | undefined {
  // A blank baseline gives KPI_PACE a blank answer; a sum's pace does not read the baseline.
  if (baseline === undefined && aggregation !== 'sum') return undefined;
  return orUndefined(() =>
    kpiPace({
      actual,
      baseline: baseline ?? 0,
      target,
      start: dateOfSerial(start),
      deadline: dateOfSerial(deadline),
      asOf: dateOfSerial(asOf),
      aggregation,
    }),
  );
}

/** KPI_FORECAST(values, dates, deadline): blanks skipped, x = calendar-day numbers of the dates. */
export function forecast(
  values: readonly (number | null)[],
  dates: readonly number[],
  deadline: number,
): number | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  values.forEach((v, i) => {
    if (v !== null) {
      xs.push((dates[i] as number) - UNIX_EPOCH_SERIAL);
      ys.push(v);
    }
  });
  return orUndefined(() => projectTrend(linearTrend(xs, ys), deadline - UNIX_EPOCH_SERIAL));
}

export interface SerialMilestone {
  readonly date: number;
  readonly value: number;
}

/**
 * KPI_TRAJECTORY at `asOf` (serials), with the Scorecard's reading of a KPI: the target all along for a
 * level to hold or a level without baseline. A deadline on or before the start (a plan the tests build
 * without the cross-field rules) is the start value up to the start and the target after, as the
 * Scorecard's first two tests give.
 */
export function trajectory(
  baseline: number | undefined,
  target: number,
  start: number,
  deadline: number,
  asOf: number,
  aggregation: Aggregation,
  direction: Direction,
  milestones: readonly SerialMilestone[] = [],
): number {
  const from = aggregation === 'sum' ? 0 : baseline;
  if (direction === 'target' || from === undefined) return target;
  if (asOf <= start) return from;
  if (asOf >= deadline) return target;
  return kpiTrajectory({
    baseline: from,
    target,
    start: dateOfSerial(start),
    deadline: dateOfSerial(deadline),
    asOf: dateOfSerial(asOf),
    // A level's line from its baseline, a total's from 0: already in `from`.
    aggregation: aggregation === 'sum' ? 'last' : aggregation,
    milestones: milestones.map((m) => ({ date: dateOfSerial(m.date), value: m.value })),
  });
}

export function needed(
  actual: number,
  target: number,
  periodsLeft: number,
  direction: Direction,
  aggregation: Aggregation,
): number | undefined {
  return kpiNeeded({ actual, target, periodsLeft, direction, aggregation });
}
