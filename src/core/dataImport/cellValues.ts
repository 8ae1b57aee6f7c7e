import { calendarDate, dayNumber } from '../calendarDate';
import { type DateOrder, parseDateText } from '../parse/date';
import { monthFromName } from '../parse/monthNames';
import { foldText } from '../text';
import type { Granularity } from './types';

// One exported cell as a number or a day, the way each vendor writes it. The decimal mark is decided
// once per file (decimalMarkOf), since "1,234" is a thousand in an English Google Ads export and
// 1.234 in a French one; a cell is never guessed one way here and the other way there.

export type DecimalMark = ',' | '.';

const SPACES = /[ \u00a0\u202f\u2009]/g;
const PERCENT = /%$/;
/** Currency signs and ISO codes before or after the amount ("€12", "12,50 €", "EUR 12.50", "12 USD"). */
const CURRENCY = /^(?:[€$£]|[A-Z]{3}\s)\s*|\s*(?:[€$£]|\s[A-Z]{3})$/g;
const WITH_COMMA_DECIMAL = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const WITH_DOT_DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** What exports write for "no value": Google Ads' "--", Meta's "-", or nothing. */
const NO_VALUE = new Set(['', '-', '--', '—', 'n/a', 'na', '(not set)', '(none)']);

export function isNoValue(text: string): boolean {
  return NO_VALUE.has(text.trim().toLowerCase());
}

/**
 * Which decimal mark the file's numbers use: a comma followed by other than three digits ("12,5"), or
 * dots grouping thousands before a comma ("1.234,5"), says ','; the reverse says '.'. Without evidence,
 * the headers' language decides (French exports write "12,5").
 */
export function decimalMarkOf(cells: Iterable<string>, language?: 'fr' | 'en'): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const raw of cells) {
    const s = raw.replace(SPACES, '').replace(PERCENT, '').replace(CURRENCY, '');
    if (/^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$|\d\.\d{3},\d/.test(s)) comma += 1;
    else if (/^[+-]?\d+\.\d{1,2}$|^[+-]?\d+\.\d{4,}$|\d,\d{3}\.\d/.test(s)) dot += 1;
  }
  if (comma !== dot) return comma > dot ? ',' : '.';
  return language === 'fr' ? ',' : '.';
}

/** A cell as a number (percentages as fractions, currency signs dropped), or undefined. */
export function importNumber(text: string, mark: DecimalMark): number | undefined {
  let s = text.trim().replace(/\u2212/g, '-');
  const percent = PERCENT.test(s);
  if (percent) s = s.replace(PERCENT, '').trim();
  s = s.replace(CURRENCY, '').replace(SPACES, '');
  let normalized: string;
  if (mark === ',' && WITH_COMMA_DECIMAL.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
  else if (mark === '.' && WITH_DOT_DECIMAL.test(s)) normalized = s.replace(/,/g, '');
  else return undefined;
  const n = Number(normalized);
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

export function isPercentText(text: string): boolean {
  return PERCENT.test(text.trim());
}

export interface ImportDay {
  readonly day: number;
  readonly granularity: Granularity;
}

const day = (y: number, m: number, d: number, granularity: Granularity): ImportDay | undefined => {
  const date = calendarDate(y, m, d);
  return date ? { day: dayNumber(date), granularity } : undefined;
};

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): ImportDay | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = dayNumber({ year, month: 1, day: 4 });
  const weekday = (((jan4 + 3) % 7) + 7) % 7; // Monday = 0
  return { day: jan4 - weekday + (week - 1) * 7, granularity: 'week' };
}

/**
 * A cell as the day it dates, with how much time it stands for: `20270131`, `2027-01-31`, `31/01/2027`
 * (day first unless `order` says otherwise or the numbers do), `Jan 31, 2027`, `31 janv. 2027`; a month
 * as `2027-01`, `202701`, `janv. 2027`, `January 2027` (its first day); a week as `2027-W05` (its Monday).
 * A time after the day ("2027-01-31 00:00:00") is ignored. Undefined when it is none of these.
 */
export function importDay(text: string, order: DateOrder = 'dayFirst'): ImportDay | undefined {
  const s = foldText(text);
  if (s === '') return undefined;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), 'day');
  m = /^(\d{4})-?(\d{2})$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), 1, 'month');
  m = /^(\d{4})-?w(\d{1,2})$/.exec(s);
  if (m) return isoWeekMonday(Number(m[1]), Number(m[2]));
  m = /^([a-z]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthFromName(m[1] ?? '');
    return month ? day(Number(m[2]), month, 1, 'month') : undefined;
  }
  try {
    const date = parseDateText(
      s.replace(/,?[t ]\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]m)?(?: [a-z]{2,5})?$/, ''),
      'date',
      order,
    );
    return { day: dayNumber(date), granularity: 'day' };
  } catch {
    return undefined;
  }
}

/** Which order numeric dates in this column use: a first number over 12 says day first, a second one month first. */
export function dateOrderOf(cells: Iterable<string>, language?: 'fr' | 'en'): DateOrder {
  for (const cell of cells) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(cell.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dayFirst';
    if (Number(m[2]) > 12) return 'monthFirst';
  }
  return language === 'en' ? 'monthFirst' : 'dayFirst';
}
