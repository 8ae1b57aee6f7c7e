import type { Arg, CellValue, Grid } from '../core/cells';

// Placeholders until the KPI engine lands (issue 3): the signatures and JSDoc are final, the maths is not.

function notYet_(name: string): never {
  throw new Error(`${name} is not available yet in this build of KPI Kit.`);
}

/**
 * Variance of an actual against its target, signed so that a positive result is always good news.
 *
 * @param {number|Array<Array<number>>} actual Value measured, or a range of values.
 * @param {number|Array<Array<number>>} target Value to reach, or a range the same shape as actual.
 * @param {string} direction "higher" (default), "lower" or "target": which way is better.
 * @param {string} output "percent" (default), "absolute", "attainment" or "status".
 * @param {number} band Width of the "at risk" zone as a fraction of the target (default 0.1).
 * @return The variance, one result per actual cell.
 * @customfunction
 */
export function KPI_VARIANCE(
  actual: Arg,
  target: Arg,
  direction?: Arg,
  output?: Arg,
  band?: Arg,
): CellValue | Grid {
  void [actual, target, direction, output, band];
  return notYet_('KPI_VARIANCE');
}

/**
 * Scores an objective against the five SMART criteria (Specific, Measurable, Achievable, Relevant, Time-bound).
 *
 * @param {string|Array<Array<string>>} objective The objective as written, or a range of objectives.
 * @param {date} deadline Deadline, if not written in the objective (optional).
 * @param {number} baseline Starting value of the metric (optional).
 * @param {number} target Value to reach (optional).
 * @param {string} format "text" (default), "score" or "detail".
 * @return The SMART verdict, one result per objective.
 * @customfunction
 */
export function SMART_CHECK(
  objective: Arg,
  deadline?: Arg,
  baseline?: Arg,
  target?: Arg,
  format?: Arg,
): CellValue | Grid {
  void [objective, deadline, baseline, target, format];
  return notYet_('SMART_CHECK');
}
