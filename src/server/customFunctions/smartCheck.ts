import type { Arg, CellValue, Grid } from '../../core/cells';
import { lastValueCache } from '../../core/grid/lastValueCache';
import { mapCells, mapCellsToRows } from '../../core/grid/mapCells';
import { isBlank } from '../../core/parse/blank';
import { parseDate } from '../../core/parse/date';
import { KpiError, describeCell } from '../../core/parse/kpiError';
import { parseNumber } from '../../core/parse/number';
import { type WordTable, wordParser } from '../../core/parse/words';
import {
  SMART_CRITERIA,
  type SmartCriterion,
  type SmartResult,
  formatSmartText,
  smartCheck,
} from '../../core/smart';
import { runCustomFunction } from './context';

const FORMAT_WORDS = {
  text: ['text', 'texte'],
  score: ['score', 'note'],
  detail: ['detail', 'details', 'détail', 'détails'],
} as const satisfies WordTable<string>;
type SmartFormat = keyof typeof FORMAT_WORDS;
const parseFormat = wordParser<SmartFormat>('format', FORMAT_WORDS, 'text');

const LETTERS: Readonly<Record<SmartCriterion, string>> = {
  specific: 'S',
  measurable: 'M',
  achievable: 'A',
  relevant: 'R',
  timeBound: 'T',
};

/** [score, S, M, A, R, T, hint]: the hint lists what to add, criterion by criterion ("T: ..."). */
function detailRow(result: SmartResult): CellValue[] {
  const hints = SMART_CRITERIA.flatMap((c) => {
    const hint = result.hints[c];
    return hint ? [`${LETTERS[c]}: ${hint}`] : [];
  });
  return [result.score, ...SMART_CRITERIA.map((c) => result.criteria[c]), hints.join(' · ')];
}

function objectiveText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new KpiError('notText', { arg: 'objective', value: describeCell(value) });
}

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
  return runCustomFunction(({ lang }) => {
    if (Array.isArray(format) && (format.length !== 1 || format[0]?.length !== 1))
      throw new KpiError('singleCellOnly', { arg: 'format' });
    const chosen = parseFormat(Array.isArray(format) ? format[0]?.[0] : format);
    const deadlineOf = lastValueCache((v) => (isBlank(v) ? undefined : parseDate(v, 'deadline')));
    const args = [
      { name: 'objective', value: objective, required: true },
      { name: 'deadline', value: deadline },
      { name: 'baseline', value: baseline },
      { name: 'target', value: target },
    ];
    const check = (cells: readonly unknown[]): SmartResult =>
      smartCheck({
        objective: objectiveText(cells[0]),
        deadline: deadlineOf(cells[1]),
        baseline: isBlank(cells[2]) ? undefined : parseNumber(cells[2], 'baseline'),
        target: isBlank(cells[3]) ? undefined : parseNumber(cells[3], 'target'),
      });
    if (chosen === 'detail') return mapCellsToRows(args, (cells) => detailRow(check(cells)), 7, lang);
    if (chosen === 'score') return mapCells(args, (cells) => check(cells).score, lang);
    return mapCells(args, (cells) => formatSmartText(check(cells)), lang);
  });
}
