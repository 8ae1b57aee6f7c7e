import type { Arg, CellValue, Grid } from '../../core/cells';
import { mapCells } from '../../core/rangeArgs/mapCells';
import { kpiPace } from '../../core/kpi/pace';
import { isBlank } from '../../core/parse/blank';
import { KpiError } from '../../core/parse/kpiError';
import { parseNumber } from '../../core/parse/number';
import { runCustomFunction } from './context';
import { readMilestones, trajectoryArgReaders } from './trajectoryArgs';

/**
 * Pace of a KPI: actual progress over the progress its trajectory expects by as_of, a straight line from baseline to target or through milestones (1 = on pace).
 *
 * Example: =KPI_PACE(B2, C2, D2, E2, F2) or =KPI_PACE(B2:B13, C2:C13, D2:D13, "2027-01-01", "2027-12-31", , "sum") (French locales: =KPI_PACE(B2; C2; D2; E2; F2; ; "somme"))
 *
 * @param {number|Array<Array<number>>} actual Value measured so far, or a range of values (a blank cell gives a blank result).
 * @param {number|Array<Array<number>>} baseline Value at the start date (ignored with aggregation "sum").
 * @param {number|Array<Array<number>>} target Value to reach by the deadline (with "sum": the total to accumulate).
 * @param {date|Array<Array<date>>} start Start date of the period (a date cell, 2027-01-01 or 01/01/2027 when unambiguous).
 * @param {date|Array<Array<date>>} deadline Date the target is due, after start.
 * @param {date|Array<Array<date>>} as_of Date of the actual value (optional; default today, frozen until an argument changes: pass TODAY() for a daily update).
 * @param {string} aggregation "last" (default; "dernier") or "average" ("moyenne"): a level to reach; "sum" ("somme", "cumul"): a total to accumulate from 0.
 * @param {Array<Array<date|number>>} milestones Optional range of 2 columns: a date and the value due by that date, one row per milestone (a phased trajectory instead of a straight line).
 * @return Actual progress divided by expected progress, one result per actual cell.
 * @customfunction
 */
export function KPI_PACE(
  actual: Arg,
  baseline: Arg,
  target: Arg,
  start: Arg,
  deadline: Arg,
  as_of?: Arg,
  aggregation?: Arg,
  milestones?: Arg,
): CellValue | Grid {
  return runCustomFunction(({ lang, today, dates }) => {
    const points = readMilestones(dates(milestones));
    const { startOf, deadlineOf, asOfOf, aggregationOf } = trajectoryArgReaders(today);
    return mapCells(
      [
        { name: 'actual', value: dates(actual), required: true },
        { name: 'baseline', value: dates(baseline) },
        { name: 'target', value: dates(target), required: true },
        { name: 'start', value: dates(start), required: true },
        { name: 'deadline', value: dates(deadline), required: true },
        { name: 'as_of', value: dates(as_of) },
        { name: 'aggregation', value: dates(aggregation) },
      ],
      (cells) => {
        const chosen = aggregationOf(cells[6]);
        // "sum" does not use the baseline, so it may be left out; a level needs one, like actual does.
        if (chosen !== 'sum') {
          if (cells[1] === undefined) throw new KpiError('missingArgument', { arg: 'baseline' });
          if (isBlank(cells[1])) return '';
        }
        return kpiPace({
          actual: parseNumber(cells[0], 'actual'),
          baseline: chosen === 'sum' ? 0 : parseNumber(cells[1], 'baseline'),
          target: parseNumber(cells[2], 'target'),
          start: startOf(cells[3]),
          deadline: deadlineOf(cells[4]),
          asOf: asOfOf(cells[5]),
          aggregation: chosen,
          milestones: points,
        });
      },
      lang,
    );
  });
}
