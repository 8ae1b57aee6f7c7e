import type { Arg, CellValue, Grid } from '../../core/cells';
import { mapCells } from '../../core/rangeArgs/mapCells';
import { type Milestone, kpiTrajectory } from '../../core/kpi/trajectory';
import { isBlank } from '../../core/parse/blank';
import { parseNumber } from '../../core/parse/number';
import { readMilestones, trajectoryArgReaders } from './trajectoryArgs';
import { runCustomFunction } from './context';

/**
 * The value a KPI should have reached by a date: its baseline at the start, its target at the deadline, in a straight line between milestones (for "sum": the cumulative total due).
 *
 * Example: =KPI_TRAJECTORY(B2, C2, "2027-01-01", "2027-12-31", "2027-03-31") or =KPI_TRAJECTORY(B2, C2, E2, F2, G2, "sum", H2:I5) (French locales: =KPI_TRAJECTORY(B2; C2; E2; F2; G2; "somme"; H2:I5))
 *
 * @param {number|Array<Array<number>>} baseline Value at the start date (ignored with aggregation "sum", which starts from 0; blank: the trajectory is the target all along).
 * @param {number|Array<Array<number>>} target Value to reach by the deadline (with "sum": the total).
 * @param {date|Array<Array<date>>} start Start date of the plan (a date cell, 2027-01-01 or 01/01/2027 when unambiguous).
 * @param {date|Array<Array<date>>} deadline Date the target is due, after start.
 * @param {date|Array<Array<date>>} as_of Date to read the trajectory at (optional; default today, frozen until an argument changes).
 * @param {string} aggregation "last" (default; "dernier") or "average" ("moyenne"): a level; "sum" ("somme", "cumul"): a total accumulated from 0.
 * @param {Array<Array<date|number>>} milestones Optional range of 2 columns: a date and the value due by that date, one row per milestone, between start and deadline.
 * @return The value due at as_of, one result per cell of the other arguments.
 * @customfunction
 */
export function KPI_TRAJECTORY(
  baseline: Arg,
  target: Arg,
  start: Arg,
  deadline: Arg,
  as_of?: Arg,
  aggregation?: Arg,
  milestones?: Arg,
): CellValue | Grid {
  return runCustomFunction(({ lang, today, dates }) => {
    const points: readonly Milestone[] = readMilestones(dates(milestones));
    const { startOf, deadlineOf, asOfOf, aggregationOf } = trajectoryArgReaders(today);
    return mapCells(
      [
        { name: 'baseline', value: dates(baseline) },
        { name: 'target', value: dates(target), required: true },
        { name: 'start', value: dates(start), required: true },
        { name: 'deadline', value: dates(deadline), required: true },
        { name: 'as_of', value: dates(as_of) },
        { name: 'aggregation', value: dates(aggregation) },
      ],
      (cells) => {
        const chosen = aggregationOf(cells[5]);
        return kpiTrajectory({
          baseline: chosen === 'sum' || isBlank(cells[0]) ? undefined : parseNumber(cells[0], 'baseline'),
          target: parseNumber(cells[1], 'target'),
          start: startOf(cells[2]),
          deadline: deadlineOf(cells[3]),
          asOf: asOfOf(cells[4]),
          aggregation: chosen,
          milestones: points,
        });
      },
      lang,
    );
  });
}
