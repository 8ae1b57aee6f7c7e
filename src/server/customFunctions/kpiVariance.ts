import type { Arg, CellValue, Grid } from '../../core/cells';
import { lastValueCache } from '../../core/rangeArgs/lastValueCache';
import { mapCells } from '../../core/rangeArgs/mapCells';
import {
  DEFAULT_BAND,
  checkBand,
  kpiVariance,
  parseDirection,
  parseVarianceOutput,
} from '../../core/kpi/variance';
import { parseNumber, parseOptionalNumber } from '../../core/parse/number';
import { runCustomFunction } from './context';

/**
 * Variance of an actual against its target, signed so that a positive result is always good news.
 *
 * Example: =KPI_VARIANCE(B2:B13, C2:C13, "lower", "status") (French locales: =KPI_VARIANCE(B2:B13; C2:C13; "baisse"; "statut"))
 *
 * @param {number|Array<Array<number>>} actual Value measured, or a range of values (a blank cell gives a blank result).
 * @param {number|Array<Array<number>>} target Value to reach: one cell, or a range the same shape as actual.
 * @param {string} direction Which way is better: "higher" (default; also "hausse", "up"), "lower" ("baisse", "down") or "target" ("cible": closer is better).
 * @param {string} output "percent" (default; "pourcentage"), "absolute" ("absolu"), "attainment" ("atteinte": 1 + percent) or "status" ("statut": "on track", "at risk" or "off track").
 * @param {number} band Width of the "at risk" zone for output "status", as a fraction of the target, above 0 and at most 1 (default 0.1, i.e. 10 %).
 * @return The variance, one result per actual cell, in the shape of the actual range.
 * @customfunction
 */
export function KPI_VARIANCE(
  actual: Arg,
  target: Arg,
  direction?: Arg,
  output?: Arg,
  band?: Arg,
): CellValue | Grid {
  return runCustomFunction(({ lang, dates }) => {
    const directionOf = lastValueCache(parseDirection);
    const outputOf = lastValueCache(parseVarianceOutput);
    const bandOf = lastValueCache((v) => checkBand(parseOptionalNumber(v, 'band', DEFAULT_BAND)));
    return mapCells(
      [
        { name: 'actual', value: dates(actual), required: true },
        { name: 'target', value: dates(target), required: true },
        { name: 'direction', value: dates(direction) },
        { name: 'output', value: dates(output) },
        { name: 'band', value: dates(band) },
      ],
      (cells) =>
        kpiVariance(
          parseNumber(cells[0], 'actual'),
          parseNumber(cells[1], 'target'),
          directionOf(cells[2]),
          outputOf(cells[3]),
          bandOf(cells[4]),
        ),
      lang,
    );
  });
}
