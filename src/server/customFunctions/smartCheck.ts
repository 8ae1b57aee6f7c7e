import type { Arg, CellValue, Grid } from '../../core/cells';
import { formatSmartText, smartCheck } from '../../core/smart';
import { runCustomFunction } from './context';
import { smartCheckCells } from './smartCheckCells';

/**
 * Scores an objective against the five SMART criteria (Specific, Measurable, Achievable, Relevant, Time-bound).
 *
 * Example: =SMART_CHECK(A2:A20, , , , "detail") (French locales: =SMART_CHECK(A2:A20; ; ; ; "détail"))
 *
 * @param {string|Array<Array<string>>} objective The objective as written, in French or English, or a range of objectives (a blank cell gives a blank result).
 * @param {date|Array<Array<date>>} deadline Deadline, when the objective does not state one (optional; a date cell, 2027-06-30 or 30/06/2027).
 * @param {number|Array<Array<number>>} baseline Starting value of the metric (optional; else read from the objective).
 * @param {number|Array<Array<number>>} target Value to reach (optional; else read from the objective).
 * @param {string} format "text" (default; "texte"): score and hints in one cell; "score" ("note"): the number 0–5; "detail" ("détail"): a row [score, S, M, A, R, T, hint] per objective.
 * @return The SMART verdict, one result per objective (one row of 7 cells per objective with "detail").
 * @customfunction
 */
export function SMART_CHECK(
  objective: Arg,
  deadline?: Arg,
  baseline?: Arg,
  target?: Arg,
  format?: Arg,
): CellValue | Grid {
  return runCustomFunction(({ lang, dates }) =>
    smartCheckCells(
      {
        objective: dates(objective),
        deadline: dates(deadline),
        baseline: dates(baseline),
        target: dates(target),
        format: dates(format),
      },
      { smartCheck, formatSmartText },
      lang,
    ),
  );
}
