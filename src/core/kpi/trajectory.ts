import { type CalendarDate, dayNumber, formatIsoDate } from '../calendarDate';
import { KpiError } from '../parse/kpiError';
import type { AGGREGATIONS } from '../vocabulary';
import type { Direction } from './variance';

/** Declared from the vocabulary, not imported from ./pace.ts, which builds on this module. */
type Aggregation = (typeof AGGREGATIONS)[number];

/** A point the trajectory passes through: by `date`, the KPI should be at `value` (a total for sums). */
export interface Milestone {
  readonly date: CalendarDate;
  readonly value: number;
}

export interface TrajectoryInput {
  /** The level at the start; not used by sums (a total starts at 0). */
  readonly baseline: number | undefined;
  readonly target: number;
  readonly start: CalendarDate;
  readonly deadline: CalendarDate;
  readonly aggregation: Aggregation;
  /** Dates strictly between start and deadline, in increasing order. */
  readonly milestones?: readonly Milestone[];
}

/** The trajectory's corners as (day number, value), from the start to the deadline. */
export function trajectoryPoints(input: TrajectoryInput): { x: number; y: number }[] {
  const { baseline, target, start, deadline, aggregation } = input;
  const startDay = dayNumber(start);
  const end = dayNumber(deadline);
  if (end <= startDay)
    throw new KpiError('deadlineNotAfterStart', {
      deadline: formatIsoDate(deadline),
      start: formatIsoDate(start),
    });
  const from = aggregation === 'sum' ? 0 : baseline;
  // A level with no baseline has no line to follow: the KPI is judged against its target all along.
  if (from === undefined)
    return [
      { x: startDay, y: target },
      { x: end, y: target },
    ];
  const points = [{ x: startDay, y: from }];
  let previous = startDay;
  for (const m of input.milestones ?? []) {
    const x = dayNumber(m.date);
    if (x <= previous || x >= end)
      throw new KpiError('milestoneOutOfOrder', {
        date: formatIsoDate(m.date),
        start: formatIsoDate(start),
        deadline: formatIsoDate(deadline),
      });
    points.push({ x, y: m.value });
    previous = x;
  }
  points.push({ x: end, y: target });
  return points;
}

/**
 * The value the KPI should have reached on `asOf`: its baseline on the start date (0 for a total),
 * its target on the deadline, and a straight line between consecutive milestones. Before the start it
 * is the starting value, after the deadline the target. For a `sum` KPI it is the cumulative total due.
 *
 * Each segment is computed as y0 + (y1 − y0) × ((x − x0) / (x1 − x0)), the order the Scorecard's
 * formulas use, so both give the same bits.
 */
export function kpiTrajectory(input: TrajectoryInput & { readonly asOf: CalendarDate }): number {
  return trajectoryAtDay(trajectoryPoints(input), dayNumber(input.asOf));
}

export function trajectoryAtDay(points: readonly { x: number; y: number }[], x: number): number {
  const first = points[0] as { x: number; y: number };
  const last = points[points.length - 1] as { x: number; y: number };
  if (x <= first.x) return first.y;
  // Exactly the target from the deadline on (a + (b − a) × 1 may miss b by an ulp).
  if (x >= last.x) return last.y;
  for (let i = 1; i < points.length; i++) {
    const b = points[i] as { x: number; y: number };
    if (x <= b.x) {
      const a = points[i - 1] as { x: number; y: number };
      return a.y + (b.y - a.y) * ((x - a.x) / (b.x - a.x));
    }
  }
  return last.y;
}

export interface NeededInput {
  /** The value to date (the total so far for a sum). */
  readonly actual: number;
  readonly target: number;
  /** Tracking periods left between the period shown and the deadline. */
  readonly periodsLeft: number;
  readonly direction: Direction;
  readonly aggregation: Aggregation;
}

/**
 * What it takes to land on the target: per remaining period, what is left of a total (sum) or the
 * change still needed (a level). Undefined when nothing is left to do (target secured, or reached for
 * a level to hold) or no period is left. A lower-is-better total (a budget) never counts as secured:
 * the answer is what may still be spent per period, negative once the budget is overrun.
 */
export function kpiNeeded(input: NeededInput): number | undefined {
  const { actual, target, periodsLeft, direction, aggregation } = input;
  if (!(periodsLeft >= 1)) return undefined;
  const gap = target - actual;
  if (direction === 'higher' && gap <= 0) return undefined;
  if (direction === 'lower' && aggregation !== 'sum' && gap >= 0) return undefined;
  if (direction === 'target' && gap === 0) return undefined;
  return gap / periodsLeft;
}
