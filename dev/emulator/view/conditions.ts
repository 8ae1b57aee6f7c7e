import { calendarToSerial, dateToSerial, serialToCalendar } from '../serial';

/**
 * Whether a cell meets a boolean conditional-format or data-validation criterion.
 *
 * Assumptions about real Sheets (to check against a real spreadsheet):
 * - Empty cells (null, undefined, "") never meet NUMBER_* or DATE_* criteria, not even the NOT_ ones;
 *   for TEXT_* they are the text "" (so TEXT_DOES_NOT_CONTAIN "x" is met by an empty cell).
 * - NUMBER_* criteria only compare numbers (and Dates, as serials): a text or boolean cell meets none
 *   of them except NUMBER_NOT_EQUAL_TO. Numbers are compared on 15 significant digits, so
 *   0.1 + 0.2 equals 0.3. NUMBER_BETWEEN is inclusive and accepts its bounds in either order.
 * - TEXT_* criteria are case-insensitive (Sheets' "Text contains"/"Text is exactly" ignore case) and
 *   read numbers as their plain JavaScript text (12 contains "1"), booleans as TRUE/FALSE, Dates as
 *   their serial number.
 * - DATE_* criteria compare whole days (the time of day is ignored) in the spreadsheet's time zone
 *   (`options.timeZone`, default UTC). Relative dates (TODAY, TOMORROW, YESTERDAY, PAST_WEEK,
 *   PAST_MONTH, PAST_YEAR) need `options.today`; DATE_EQUAL_TO_RELATIVE with a PAST_* date means
 *   "from that date up to today", as the Sheets UI's "Date is in the past week".
 * - Criteria values may be numbers, Dates, numeric text or formulas: any value starting with "=" is a
 *   formula (as in the Sheets UI, also for TEXT_*), which `evaluateFormula` computes (already shifted
 *   to the cell by the caller); without an evaluator that is an error naming the fix.
 * - CUSTOM_FORMULA is met when the formula's value is TRUE, a non-zero number or a Date; text (even
 *   "TRUE"), empty, FALSE, 0 and errors are not. An array result uses its top-left value.
 * - Data validation: VALUE_IN_LIST matches the text exactly (case-sensitive), VALUE_IN_RANGE reads a
 *   2-D array or anything with getValues(); CHECKBOX is met by TRUE/FALSE or by the two custom
 *   values; DATE_IS_VALID_DATE by a Date or a number; TEXT_IS_VALID_EMAIL/URL by a simple pattern.
 */

export type ConditionCriteria =
  | keyof typeof GoogleAppsScript.Spreadsheet.BooleanCriteria
  | keyof typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export type ConditionOptions = {
  /** The spreadsheet's time zone, to read Date values as day serials. */
  timeZone?: string;
  /** Today, for relative dates. */
  today?: Date | number;
};

type FormulaEvaluator = (formula: string) => unknown;

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '';

function roundTo15(x: number): number {
  return Number(x.toPrecision(15));
}

function topLeft(v: unknown): unknown {
  let x = v;
  while (Array.isArray(x)) x = x[0];
  return x;
}

function resolve(value: unknown, evaluate: FormulaEvaluator | undefined): unknown {
  if (typeof value === 'string' && value.startsWith('=')) {
    if (!evaluate) {
      throw new Error(`The criterion value "${value}" is a formula: pass evaluateFormula to compute it.`);
    }
    return topLeft(evaluate(value));
  }
  return value;
}

function asNumber(value: unknown, timeZone: string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return dateToSerial(value, timeZone);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

function criterionNumber(value: unknown, evaluate: FormulaEvaluator | undefined, timeZone: string): number {
  const n = asNumber(resolve(value, evaluate), timeZone);
  if (n === null) throw new Error(`The criterion value ${JSON.stringify(value)} must be a number or a date.`);
  return n;
}

function asText(value: unknown, timeZone: string): string {
  if (isEmpty(value)) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return String(dateToSerial(value, timeZone));
  return String(value);
}

const RELATIVE = ['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR'] as const;
type Relative = (typeof RELATIVE)[number];

function relativeDay(
  name: unknown,
  options: ConditionOptions,
  timeZone: string,
): { day: number; past: boolean } {
  const key = String(name) as Relative;
  if (!RELATIVE.includes(key)) {
    throw new Error(`A relative date must be one of ${RELATIVE.join(', ')}, got ${JSON.stringify(name)}.`);
  }
  if (options.today === undefined) {
    throw new Error(`The relative date ${key} needs options.today.`);
  }
  const today = Math.floor(asNumber(options.today, timeZone) ?? Number.NaN);
  const { year, month, day } = serialToCalendar(today);
  switch (key) {
    case 'TODAY':
      return { day: today, past: false };
    case 'TOMORROW':
      return { day: today + 1, past: false };
    case 'YESTERDAY':
      return { day: today - 1, past: false };
    case 'PAST_WEEK':
      return { day: today - 7, past: true };
    case 'PAST_MONTH':
      return { day: calendarToSerial(year, month - 1, Math.min(day, daysIn(year, month - 1))), past: true };
    case 'PAST_YEAR':
      return { day: calendarToSerial(year - 1, month, Math.min(day, daysIn(year - 1, month))), past: true };
  }
}

function daysIn(year: number, month: number): number {
  return calendarToSerial(year, month + 1, 1) - calendarToSerial(year, month, 1);
}

function criterionDay(value: unknown, evaluate: FormulaEvaluator | undefined, timeZone: string): number {
  const resolved = resolve(value, evaluate);
  if (typeof resolved === 'string') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(resolved);
    if (iso) return calendarToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const n = asNumber(resolved, timeZone);
  if (n === null) throw new Error(`The criterion value ${JSON.stringify(value)} must be a date.`);
  return Math.floor(n);
}

function isTruthy(value: unknown): boolean {
  const v = topLeft(value);
  if (v === true) return true;
  if (typeof v === 'number') return Number.isFinite(v) && v !== 0;
  return v instanceof Date;
}

function listValues(source: unknown): unknown[] {
  if (Array.isArray(source)) return source.flat(2);
  if (source && typeof (source as { getValues?: unknown }).getValues === 'function') {
    return ((source as { getValues: () => unknown[][] }).getValues() ?? []).flat();
  }
  throw new Error('VALUE_IN_RANGE needs a 2-D array of values or a range with getValues().');
}

/**
 * Whether `cellValue` meets `criteria` with `criteriaValues` (as `ConditionalFormatRule`
 * `getBooleanCondition()` / `DataValidation` report them). CUSTOM_FORMULA and formula criteria values
 * need `evaluateFormula`, given the formula already shifted to the cell.
 */
export function evaluateBooleanCondition(
  criteria: ConditionCriteria,
  criteriaValues: readonly unknown[],
  cellValue: unknown,
  evaluateFormula?: FormulaEvaluator,
  options: ConditionOptions = {},
): boolean {
  const tz = options.timeZone ?? 'UTC';
  const arg = (i: number): unknown => criteriaValues[i];
  const num = (i: number): number => criterionNumber(arg(i), evaluateFormula, tz);
  const cell = asNumber(cellValue, tz);
  const cellIsNumber = !isEmpty(cellValue) && (typeof cellValue === 'number' || cellValue instanceof Date);
  const text = (): string => asText(cellValue, tz).toLowerCase();
  const needle = (i: number): string => asText(resolve(arg(i), evaluateFormula), tz).toLowerCase();
  const cellDay = cellIsNumber && cell !== null ? Math.floor(cell) : null;
  const day = (i: number): number => criterionDay(arg(i), evaluateFormula, tz);

  switch (criteria) {
    case 'CELL_EMPTY':
      return isEmpty(cellValue);
    case 'CELL_NOT_EMPTY':
      return !isEmpty(cellValue);

    case 'NUMBER_GREATER_THAN':
      return cellIsNumber && roundTo15(cell as number) > roundTo15(num(0));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return cellIsNumber && roundTo15(cell as number) >= roundTo15(num(0));
    case 'NUMBER_LESS_THAN':
      return cellIsNumber && roundTo15(cell as number) < roundTo15(num(0));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return cellIsNumber && roundTo15(cell as number) <= roundTo15(num(0));
    case 'NUMBER_EQUAL_TO':
      return cellIsNumber && roundTo15(cell as number) === roundTo15(num(0));
    case 'NUMBER_NOT_EQUAL_TO':
      if (isEmpty(cellValue)) return false;
      return !cellIsNumber || roundTo15(cell as number) !== roundTo15(num(0));
    case 'NUMBER_BETWEEN':
    case 'NUMBER_NOT_BETWEEN': {
      if (!cellIsNumber) return false;
      const [lo, hi] = [roundTo15(num(0)), roundTo15(num(1))].sort((a, b) => a - b) as [number, number];
      const v = roundTo15(cell as number);
      const inside = v >= lo && v <= hi;
      return criteria === 'NUMBER_BETWEEN' ? inside : !inside;
    }

    case 'TEXT_CONTAINS':
      return text().includes(needle(0));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text().includes(needle(0));
    case 'TEXT_STARTS_WITH':
      return text().startsWith(needle(0));
    case 'TEXT_ENDS_WITH':
      return text().endsWith(needle(0));
    case 'TEXT_EQUAL_TO':
      return text() === needle(0);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(asText(cellValue, tz));
    case 'TEXT_IS_VALID_URL':
      return /^(https?|ftp):\/\/[^\s/$.?#][^\s]*$|^www\.[^\s.]+\.[^\s]+$/i.test(asText(cellValue, tz));

    case 'DATE_BEFORE':
      return cellDay !== null && cellDay < day(0);
    case 'DATE_AFTER':
      return cellDay !== null && cellDay > day(0);
    case 'DATE_EQUAL_TO':
      return cellDay !== null && cellDay === day(0);
    case 'DATE_ON_OR_BEFORE':
      return cellDay !== null && cellDay <= day(0);
    case 'DATE_ON_OR_AFTER':
      return cellDay !== null && cellDay >= day(0);
    case 'DATE_BETWEEN':
    case 'DATE_NOT_BETWEEN': {
      if (cellDay === null) return false;
      const [lo, hi] = [day(0), day(1)].sort((a, b) => a - b) as [number, number];
      const inside = cellDay >= lo && cellDay <= hi;
      return criteria === 'DATE_BETWEEN' ? inside : !inside;
    }
    case 'DATE_IS_VALID_DATE':
      return cellIsNumber;
    case 'DATE_BEFORE_RELATIVE':
      return cellDay !== null && cellDay < relativeDay(arg(0), options, tz).day;
    case 'DATE_AFTER_RELATIVE':
      return cellDay !== null && cellDay > relativeDay(arg(0), options, tz).day;
    case 'DATE_EQUAL_TO_RELATIVE': {
      if (cellDay === null) return false;
      const rel = relativeDay(arg(0), options, tz);
      if (!rel.past) return cellDay === rel.day;
      const today = relativeDay('TODAY', options, tz).day;
      return cellDay >= rel.day && cellDay <= today;
    }

    case 'VALUE_IN_LIST': {
      const list = arg(0);
      if (!Array.isArray(list))
        throw new Error('VALUE_IN_LIST needs criteriaValues[0] to be an array of values.');
      const t = asText(cellValue, tz);
      return !isEmpty(cellValue) && list.some((item) => asText(item, tz) === t);
    }
    case 'VALUE_IN_RANGE': {
      const t = asText(cellValue, tz);
      return !isEmpty(cellValue) && listValues(arg(0)).some((item) => asText(item, tz) === t);
    }
    case 'CHECKBOX':
      if (criteriaValues.length >= 2) return cellValue === arg(0) || cellValue === arg(1);
      return typeof cellValue === 'boolean';

    case 'CUSTOM_FORMULA': {
      const formula = arg(0);
      if (typeof formula !== 'string') {
        throw new Error(
          `CUSTOM_FORMULA needs criteriaValues[0] to be a formula string, got ${JSON.stringify(formula)}.`,
        );
      }
      if (!evaluateFormula) {
        throw new Error(`CUSTOM_FORMULA "${formula}" needs evaluateFormula to compute it for the cell.`);
      }
      // Errors come back as values (e.g. "#DIV/0!" or an error object) and are not truthy; an
      // exception thrown by the evaluator is a bug in the caller and is left to surface.
      return isTruthy(evaluateFormula(formula));
    }
    default: {
      const unknown: never = criteria;
      throw new Error(
        `Unsupported condition criteria ${JSON.stringify(unknown)}: use a BooleanCriteria name.`,
      );
    }
  }
}
