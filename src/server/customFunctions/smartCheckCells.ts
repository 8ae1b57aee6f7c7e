import type { Arg, CellValue, Grid } from '../../core/cells';
import { lastValueCache } from '../../core/rangeArgs/lastValueCache';
import { mapCells, mapCellsToRows } from '../../core/rangeArgs/mapCells';
import type { Lang } from '../../core/i18n';
import { isBlank } from '../../core/parse/blank';
import { parseDate } from '../../core/parse/date';
import { KpiError, describeCell } from '../../core/parse/kpiError';
import { parseNumber } from '../../core/parse/number';
import { type WordTable, wordParser } from '../../core/parse/words';
import { SMART_CRITERIA, type SmartCriterion, type SmartInput, type SmartResult } from '../../core/smart';

// SMART_CHECK's adapter, apart from the entry point so that tests can hand it a recording stand-in for
// the SMART core (this project injects fakes rather than mocking modules).

/** The two functions of src/core/smart that SMART_CHECK uses. */
export interface SmartCore {
  smartCheck(input: SmartInput): SmartResult;
  formatSmartText(result: SmartResult): string;
}

export interface SmartCheckArgs {
  readonly objective: Arg;
  readonly deadline: Arg;
  readonly baseline: Arg;
  readonly target: Arg;
  readonly format: Arg;
}

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

/** SMART_CHECK over Sheets' arguments: broadcasting, blanks, per-cell errors and the three formats. */
export function smartCheckCells(args: SmartCheckArgs, core: SmartCore, lang: () => Lang): CellValue | Grid {
  const { format } = args;
  if (Array.isArray(format) && (format.length !== 1 || format[0]?.length !== 1))
    throw new KpiError('singleCellOnly', { arg: 'format' });
  const chosen = parseFormat(Array.isArray(format) ? format[0]?.[0] : format);
  const deadlineOf = lastValueCache((v) => (isBlank(v) ? undefined : parseDate(v, 'deadline')));
  const named = [
    { name: 'objective', value: args.objective, required: true },
    { name: 'deadline', value: args.deadline },
    { name: 'baseline', value: args.baseline },
    { name: 'target', value: args.target },
  ];
  const check = (cells: readonly unknown[]): SmartResult =>
    core.smartCheck({
      objective: objectiveText(cells[0]),
      deadline: deadlineOf(cells[1]),
      baseline: isBlank(cells[2]) ? undefined : parseNumber(cells[2], 'baseline'),
      target: isBlank(cells[3]) ? undefined : parseNumber(cells[3], 'target'),
    });
  if (chosen === 'detail') return mapCellsToRows(named, (cells) => detailRow(check(cells)), 7, lang);
  if (chosen === 'score') return mapCells(named, (cells) => check(cells).score, lang);
  return mapCells(named, (cells) => core.formatSmartText(check(cells)), lang);
}
