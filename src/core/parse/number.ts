import { isBlank } from './blank';
import { KpiError, describeCell } from './kpiError';

// Numeric text as people type or paste it. A single separator is a decimal mark ("12,5" and "12.5" are
// both 12.5: French users write the comma, and a pasted "1,234" is rarer than a French "1,234"); groups
// of three digits may be separated by spaces (also no-break and narrow no-break spaces, as French
// number formats print them), by commas when a dot ends the number ("1,234.5") or by dots when a comma
// ends it ("1.234,5").
const PLAIN = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const SPACE_GROUPS = /^[+-]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;
const COMMA_GROUPS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPS = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PERCENT = /[ \u00a0\u202f\u2009]*%$/;
const CURRENCY = /^[€$£][ \u00a0\u202f\u2009]*|[ \u00a0\u202f\u2009]*[€$£]$/g;

// The common case, "12,5" or "-3", read with one test (a column of pasted numbers is a million of them).
// Unary + rather than Number(): no global lookup, which is slow from a vm context (see parseNumber).
const SIMPLE = /^-?\d+(?:[.,]\d+)?$/;

/**
 * The number written in `text`, or undefined when it is not written as a number; ±Infinity when it is
 * but overflows a double ("9" × 400): parseNumber says so in words, parseNumericText refuses it.
 */
function readNumericText(text: string): number | undefined {
  if (SIMPLE.test(text)) return +text.replace(',', '.');
  let s = text.trim().replace(/\u2212/g, '-');
  const percent = PERCENT.test(s);
  if (percent) s = s.replace(PERCENT, '');
  s = s.replace(CURRENCY, '');
  let normalized: string;
  if (PLAIN.test(s)) normalized = s.replace(',', '.');
  else if (SPACE_GROUPS.test(s)) normalized = s.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.');
  else if (COMMA_GROUPS.test(s)) normalized = s.replace(/,/g, '');
  else if (DOT_GROUPS.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
  else return undefined;
  const n = Number(normalized);
  if (n !== n) return undefined;
  return percent ? n / 100 : n;
}

/** The number written in `text`, or undefined. "12 %" is 0.12, as Sheets stores a percentage. */
export function parseNumericText(text: string): number | undefined {
  const n = readNumericText(text);
  return n !== undefined && n - n === 0 ? n : undefined;
}

/**
 * A cell as a number, or a KpiError naming the argument and the value. Numbers pass straight through:
 * that is the hot path of a million-cell call.
 */
export function parseNumber(value: unknown, arg: string): number {
  if (typeof value === 'number') {
    // Finite test without a global lookup (x − x is NaN for NaN and ±Infinity): a global such as
    // `Number` is slow to reach from a vm context, where the bench and the tests run the bundle.
    if (value - value === 0) return value;
    // NaN and ±Infinity: no cell holds them, but a script may pass them.
    if (value === value) throw new KpiError('numberTooLarge', { arg, value: describeCell(value) });
  } else if (typeof value === 'string') {
    const n = readNumericText(value);
    if (n !== undefined) {
      if (n - n === 0) return n;
      throw new KpiError('numberTooLarge', { arg, value: describeCell(value) });
    }
  }
  throw new KpiError('notANumber', { arg, value: describeCell(value) });
}

/** An optional number: blank or omitted gives `fallback`. */
export function parseOptionalNumber<T>(value: unknown, arg: string, fallback: T): number | T {
  return isBlank(value) ? fallback : parseNumber(value, arg);
}
