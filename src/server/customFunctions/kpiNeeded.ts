import type { Arg, CellValue, Grid } from '../../core/cells';
import { lastValueCache } from '../../core/rangeArgs/lastValueCache';
import { mapCells } from '../../core/rangeArgs/mapCells';
import { parseAggregation } from '../../core/kpi/pace';
import { kpiNeeded } from '../../core/kpi/trajectory';
import { parseDirection } from '../../core/kpi/variance';
import { KpiError } from '../../core/parse/kpiError';
import { parseNumber } from '../../core/parse/number';
import { runCustomFunction } from './context';

/**
 * What it takes to land on the target: per period left, what remains of a total or the change a level still needs (blank when the target is secured or no period is left).
 *
 * Example: =KPI_NEEDED(B2, C2, 7) or =KPI_NEEDED(B2:B9, C2:C9, 7, D2:D9, "sum") (French locales: =KPI_NEEDED(B2; C2; 7; "hausse"; "somme"))
 *
 * @param {number|Array<Array<number>>} actual Value to date (with "sum": the total so far).
 * @param {number|Array<Array<number>>} target Value to reach by the deadline (with "sum": the total).
 * @param {number|Array<Array<number>>} periods_left Tracking periods left before the deadline (0: the deadline has passed).
 * @param {string|Array<Array<string>>} direction "higher" (default; "hausse"), "lower" ("baisse") or "target" ("cible").
 * @param {string|Array<Array<string>>} aggregation "last" (default; "dernier"), "average" ("moyenne") or "sum" ("somme"): with "lower" and "sum" (a budget) the answer is what may still be spent per period.
 * @return Needed per remaining period, in the KPI's unit (negative: a fall), or blank.
 * @customfunction
 */
export function KPI_NEEDED(
  actual: Arg,
  target: Arg,
  periods_left: Arg,
  direction?: Arg,
  aggregation?: Arg,
): CellValue | Grid {
  return runCustomFunction(({ lang }) => {
    const directionOf = lastValueCache(parseDirection);
    const aggregationOf = lastValueCache(parseAggregation);
    return mapCells(
      [
        { name: 'actual', value: actual, required: true },
        { name: 'target', value: target, required: true },
        { name: 'periods_left', value: periods_left, required: true },
        { name: 'direction', value: direction },
        { name: 'aggregation', value: aggregation },
      ],
      (cells) => {
        const left = parseNumber(cells[2], 'periods_left');
        if (left < 0) throw new KpiError('periodsLeftNotCount', { value: left });
        return (
          kpiNeeded({
            actual: parseNumber(cells[0], 'actual'),
            target: parseNumber(cells[1], 'target'),
            periodsLeft: left,
            direction: directionOf(cells[3]),
            aggregation: aggregationOf(cells[4]),
          }) ?? ''
        );
      },
      lang,
    );
  });
}
