/**
 * Locale-specific typed input that HyperFormula's own parsing (configured with `.` decimals and no
 * thousands separator, because formulas are canonical English) does not read: Sheets reads a string
 * written with setValue(s) as if the user had typed it in the spreadsheet's locale (as the Sheets
 * API's USER_ENTERED input option documents).
 *
 * Assumptions (see dev/README.md):
 * - Locales starting with `en` use `.` for decimals and `,` for thousands; every other locale uses `,`
 *   for decimals and a space, no-break space (U+00A0) or narrow no-break space (U+202F) for thousands
 *   (fr_FR's conventions).
 * - A percent may have a space before `%` ("2,5 %"); it reads as the number / 100 with the format `0%`
 *   (whole percent) or `0.00%`, the formats HyperFormula-detected percents already get.
 * - A number with thousands separators gets no number format (Sheets may apply `#,##0.00`; unverified).
 * - Outside `en` locales, `VRAI`/`FAUX` (any case) are booleans; `TRUE`/`FALSE` stay booleans in every
 *   locale (HyperFormula reads them).
 * - A currency symbol ($, €, £) before or after a number, with or without a space ("1 200,50 €",
 *   "$1,234.50"), reads as the number with a currency format: `#,##0.00 "€"` (symbol after, as
 *   HyperFormula-detected currencies get outside `en`), or `"$"#,##0.00` (symbol before) in `en`.
 * - A month and a year read as the first day of that month (a date serial), as Excel does and as Sheets
 *   is assumed to (unverified; assumed rather than not, so a layout that writes such text unprotected
 *   fails here as it would there): "2027-01", "2027/01", "Jan 2027", "January 2027" in `en` locales,
 *   "janv. 2027", "janvier 2027" elsewhere (case-insensitive). Format `MMM yyyy`.
 * Everything HyperFormula already reads (plain numbers, `2.5%`, locale dates, `TRUE`) is left to it.
 */

import { calendarToSerial } from './serial';

export interface TypedValue {
  value: number | boolean;
  /** A number format Sheets applies on entry (a percent), when the cell has none. */
  format?: string;
}

const SPACES = '[ \\u00a0\\u202f]';

function separators(locale: string): { decimal: string; group: string } {
  return locale.startsWith('en') ? { decimal: '\\.', group: ',' } : { decimal: ',', group: SPACES };
}

const CURRENCY = new RegExp(`^([$€£])${SPACES}?(.+)$|^(.+?)${SPACES}?([$€£])$`, 'u');

/** The format Sheets gives a typed amount: the symbol where the locale writes it. */
export function currencyFormat(symbol: string, locale: string): string {
  return symbol === '€' || !locale.startsWith('en') ? `#,##0.00 "${symbol}"` : `"${symbol}"#,##0.00`;
}

const MONTH_NAMES: Record<'en' | 'fr', readonly (readonly string[])[]> = {
  en: [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ],
  fr: [
    ['janv.', 'janvier'],
    ['févr.', 'février'],
    ['mars'],
    ['avr.', 'avril'],
    ['mai'],
    ['juin'],
    ['juil.', 'juillet'],
    ['août'],
    ['sept.', 'septembre'],
    ['oct.', 'octobre'],
    ['nov.', 'novembre'],
    ['déc.', 'décembre'],
  ],
};

/** "2027-01", "Jan 2027", « janv. 2027 »: the first of that month, or undefined. */
function parseMonthYear(text: string, locale: string): TypedValue | undefined {
  const numeric = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  if (numeric) {
    const month = Number(numeric[2]);
    return month >= 1 && month <= 12
      ? { value: calendarToSerial(Number(numeric[1]), month, 1), format: 'MMM yyyy' }
      : undefined;
  }
  const named = new RegExp(`^(\\S+)${SPACES}+(\\d{4})$`, 'u').exec(text);
  if (!named) return undefined;
  const word = (named[1] ?? '').toLowerCase();
  const months = MONTH_NAMES[locale.startsWith('en') ? 'en' : 'fr'];
  const month = months.findIndex((names) => names.includes(word)) + 1;
  return month === 0
    ? undefined
    : { value: calendarToSerial(Number(named[2]), month, 1), format: 'MMM yyyy' };
}

/** The value Sheets gives typed text that HyperFormula would keep as text, or undefined. */
export function parseLocaleInput(text: string, locale: string): TypedValue | undefined {
  const monthYear = parseMonthYear(text.trim(), locale);
  if (monthYear) return monthYear;
  const currency = CURRENCY.exec(text.trim());
  if (currency) {
    const [, before, afterBefore, amount, after] = currency;
    const symbol = before ?? after ?? '';
    const number = parseLocaleNumber(afterBefore ?? amount ?? '', locale, true);
    return typeof number?.value !== 'number' || number.format !== undefined
      ? undefined
      : { value: number.value, format: currencyFormat(symbol, locale) };
  }
  return parseLocaleNumber(text, locale, false);
}

/** A number (or percent, or VRAI/FAUX) as typed; `plain` also takes what HyperFormula alone reads. */
function parseLocaleNumber(text: string, locale: string, plain: boolean): TypedValue | undefined {
  const trimmed = text.trim();
  const en = locale.startsWith('en');
  if (!en && /^(vrai|faux)$/i.test(trimmed)) return { value: /^vrai$/i.test(trimmed) };
  const { decimal, group } = separators(locale);
  // A grouped number starts with a non-zero digit ("0,019" is not 19 in en_US).
  const grouped = `[1-9]\\d{0,2}(?:${group}\\d{3})+`;
  const number = new RegExp(`^([+-]?)(${grouped}|\\d+)(?:${decimal}(\\d+))?(${SPACES}?%)?$`, 'u').exec(
    trimmed,
  );
  if (!number) return undefined;
  const [, sign = '', whole = '', fraction, percent] = number;
  const hasGroup = new RegExp(group, 'u').test(whole);
  const hasLocaleDecimal = !en && fraction !== undefined;
  const hasSpacedPercent = percent !== undefined && percent.length > 1;
  // Left to HyperFormula, which reads it the same way ("12", "1.5", "10%").
  if (!plain && !hasGroup && !hasLocaleDecimal && !hasSpacedPercent) return undefined;
  const digits = `${sign}${whole.replace(new RegExp(group, 'gu'), '')}.${fraction ?? '0'}`;
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  if (percent === undefined) return { value };
  const ratio = value / 100;
  return { value: ratio, format: Number.isInteger(value) ? '0%' : '0.00%' };
}
