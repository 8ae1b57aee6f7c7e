import {
  type CalendarDate,
  calendarDate,
  calendarDateOfLocal,
  formatIsoDate,
  isDateObject,
} from '../calendarDate';
import { foldText } from '../text';
import { KpiError, describeCell } from './kpiError';
import { WEEKDAYS, monthFromName } from './monthNames';

/**
 * How to read a numeric date whose day and month could swap ("03/04/2027"). Without a hint that is an
 * error naming both readings. The custom functions give no hint on purpose: a date typed in a cell is
 * already a Date (Sheets read it in the spreadsheet's locale), so only text reaches this parser, and
 * text in a formula is shared with collaborators in other locales; asking the spreadsheet's locale would
 * also cost a service round trip on every call. Other callers (the wizard) may know the user's habit.
 */
export type DateOrder = 'dayFirst' | 'monthFirst';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

function year(text: string): number {
  // Two-digit years are this century, as Sheets reads "30/06/27".
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function real(arg: string, value: string, date: CalendarDate | undefined): CalendarDate {
  if (!date) throw new KpiError('notARealDay', { arg, value });
  return date;
}

function numericDate(arg: string, value: string, m: RegExpExecArray, order?: DateOrder): CalendarDate {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = year(m[3] ?? '');
  const dayFirst = calendarDate(y, b, a);
  const monthFirst = calendarDate(y, a, b);
  if (a > 12 || b > 12 || a === b) return real(arg, value, a > 12 || a === b ? dayFirst : monthFirst);
  if (order === 'dayFirst') return real(arg, value, dayFirst);
  if (order === 'monthFirst') return real(arg, value, monthFirst);
  if (dayFirst && monthFirst)
    throw new KpiError('ambiguousDate', {
      arg,
      value,
      dayFirst: formatIsoDate(dayFirst),
      monthFirst: formatIsoDate(monthFirst),
    });
  return real(arg, value, dayFirst ?? monthFirst);
}

/**
 * A date written as text: ISO (2027-06-30), numeric day-first or month-first when only one reading
 * exists (30/06/2027, 06/30/2027), or with a month name in French or English ("30 juin 2027",
 * "1er juillet 2027", "June 30, 2027", "mardi 30 juin 2027"), accents optional.
 */
export function parseDateText(text: string, arg: string, order?: DateOrder): CalendarDate {
  const value = text.trim();
  const s = foldText(value)
    .replace(/^le\s+/, '')
    .replace(WEEKDAYS, '');
  let m = ISO.exec(s);
  if (m) return real(arg, value, calendarDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = NUMERIC.exec(s);
  if (m) return numericDate(arg, value, m, order);
  m = DAY_MONTH_YEAR.exec(s);
  let month = m && monthFromName(m[2] ?? '');
  if (m && month) return real(arg, value, calendarDate(Number(m[3]), month, Number(m[1])));
  m = MONTH_DAY_YEAR.exec(s);
  month = m && monthFromName(m[1] ?? '');
  if (m && month) return real(arg, value, calendarDate(Number(m[3]), month, Number(m[2])));
  throw new KpiError('notADate', { arg, value });
}

/**
 * A cell as a calendar date. A Date (from a date cell) is reduced to the day its local getters show:
 * the custom functions' adapters first re-express date cells from the spreadsheet's time zone on the
 * script's clock, so that is the day the cell shows. Its realm does not matter (dist/Code.js and
 * Sheets' values may come from different ones).
 */
export function parseDate(value: unknown, arg: string, order?: DateOrder): CalendarDate {
  if (isDateObject(value)) {
    if (!Number.isNaN(value.getTime())) return calendarDateOfLocal(value);
  } else if (typeof value === 'string') {
    return parseDateText(value, arg, order);
  }
  throw new KpiError('notADate', { arg, value: describeCell(value) });
}
