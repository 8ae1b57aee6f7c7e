import { UNIX_EPOCH_SERIAL, dateToSerial, serialToCalendar } from '../serial';

/**
 * The text a Sheets cell shows for a value and a number format pattern (`Range.getDisplayValue()`).
 *
 * Assumptions about real Sheets (to check against a real spreadsheet):
 * - Automatic format ("" or null, "General", and "0.###############", which is what Apps Script's
 *   `getNumberFormat()` returns for an automatic cell): integers in full; other numbers rounded to 10
 *   significant digits with trailing zeros dropped (=PI() shows 3.141592654, =1/3 0.3333333333);
 *   |x| >= 1e15 or 0 < |x| < 1e-9 in scientific with up to 6 significant digits (1.23457E+15, 1E-10).
 *   No grouping separator in automatic format.
 * - Numbers are first reduced to 15 significant digits (as Sheets stores them), then rounded half away
 *   from zero at the displayed precision: 1.005 with "0.00" shows 1.01, 0.125 with "0%" shows 13%.
 * - Locale only changes the symbols, never the layout written in the pattern: "." in a pattern is the
 *   locale's decimal separator and "," its grouping separator. en_* uses "." and ","; fr_* uses "," and
 *   U+202F NARROW NO-BREAK SPACE (CLDR's French grouping separator, which Sheets follows: "1 234,50").
 *   Other locales take their separators from Intl (CLDR). A pattern's "%" is shown exactly where the
 *   pattern puts it, with no space added in French: "0.0%" shows "12,5%" in fr_FR, not "12,5 %".
 *   Literal spaces in the pattern ("#,##0 \"€\"") are ordinary spaces.
 * - Booleans show TRUE/FALSE whatever the pattern; in French VRAI/FAUX (also WAHR/FALSCH, VERDADERO/
 *   FALSO, VERO/FALSO, VERDADEIRO/FALSO, WAAR/ONWAAR for de, es, it, pt, nl). null shows "".
 * - Sections "pos;neg;zero;text": with two or more sections the negative section formats the absolute
 *   value (the pattern writes its own sign, e.g. "+0.0%;-0.0%;0.0%"); with one section a "-" is added.
 *   An empty section shows "". A minus sign is dropped when the value rounds to zero ("0.0" on -0.01
 *   shows "0.0"), but the section is still chosen from the unrounded value. Conditions ([>100], [<=0],
 *   [<>0]...) pick the first section whose condition holds, else the first without one; values keep
 *   their own sign there.
 * - Text is shown as is unless the pattern has a 4th section or a single section with "@".
 * - Colours [Black] [White] [Red] [Green] [Blue] [Yellow] [Magenta] [Cyan] are pure #rrggbb; [ColorN]
 *   is ignored. Colours are reported by `formatColor`, never in the text.
 * - "[$€]", "[$€-40C]", "[$$]": the currency text before "-" is shown literally. "$" and other symbols
 *   are literal. "_x" shows a space, "*x" (fill) shows nothing.
 * - Dates and times format serial numbers (day 0 = 1899-12-30). Tokens are case-insensitive ("MM" is a
 *   month); "m"/"mm" is minutes right after an hour token or right before a seconds token. Month and day
 *   names come from CLDR through Intl (fr: "janv.", "janvier", "lun.", "lundi"). AM/PM stays English.
 *   Times round to the displayed precision of seconds, then lower units are truncated (23:59:59.6 with
 *   "hh:mm:ss" shows 00:00:00 of the next day; with "hh:mm" 0.9999 shows 23:59). Elapsed "[h]", "[m]",
 *   "[s]" count whole units of the total and show a "-" for negative durations.
 * - Not supported (shown literally): fraction patterns ("# ?/?"), [ColorN], locale tags other than
 *   the currency in "[$...]".
 * - Non-finite numbers (which Sheets cannot hold) show "#NUM!". A date pattern on a number past
 *   JavaScript's Date range (|serial| > ~1e8) shows the number in automatic format.
 * - A JavaScript Date is the serial of its wall-clock time in the spreadsheet's time zone. Under an
 *   automatic format it shows as the date-time format Sheets gives a cell written with setValue(Date):
 *   en "M/d/yyyy H:mm:ss" (1/31/2024 13:05:00), fr "dd/MM/yyyy HH:mm:ss" (31/01/2024 13:05:00), other
 *   locales "yyyy-MM-dd HH:mm:ss" (`defaultDateTimePattern`).
 */

export type CellValue = number | string | boolean | Date | null;

type Condition = { op: '<' | '>' | '=' | '<=' | '>=' | '<>'; value: number };

type Token =
  | { kind: 'lit'; text: string }
  | { kind: 'digit'; ch: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'exp'; sign: '+' | '-' }
  | { kind: 'text' }
  | { kind: 'general' }
  | { kind: 'date'; code: string }
  | { kind: 'elapsed'; unit: 'h' | 'm' | 's'; width: number }
  | { kind: 'ampm'; am: string; pm: string }
  | { kind: 'fracsec'; digits: number };

type Section = {
  tokens: Token[];
  color?: string;
  condition?: Condition;
  isDate: boolean;
  hasText: boolean;
  hasNumber: boolean;
};

const COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  magenta: '#ff00ff',
  cyan: '#00ffff',
};

/** What Apps Script's `getNumberFormat()` returns for a cell left in automatic format. */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

/** Patterns Sheets treats as its automatic format. */
const AUTOMATIC_PATTERNS = new Set(['', 'general', AUTOMATIC_NUMBER_FORMAT]);

// ---------------------------------------------------------------------------------------------------
// Locale

type Symbols = { decimal: string; group: string; true: string; false: string; lang: string };

const BOOLEANS: Record<string, [string, string]> = {
  en: ['TRUE', 'FALSE'],
  fr: ['VRAI', 'FAUX'],
  de: ['WAHR', 'FALSCH'],
  es: ['VERDADERO', 'FALSO'],
  it: ['VERO', 'FALSO'],
  pt: ['VERDADEIRO', 'FALSO'],
  nl: ['WAAR', 'ONWAAR'],
};

const symbolsCache = new Map<string, Symbols>();

function intlLocale(locale: string): string {
  return locale.replace(/_/g, '-');
}

function symbolsFor(locale: string): Symbols {
  const cached = symbolsCache.get(locale);
  if (cached) return cached;
  const tag = intlLocale(locale);
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  } catch {
    throw new RangeError(`locale must be a Sheets locale such as "en_US" or "fr_FR", got "${locale}".`);
  }
  const lang = (tag.split('-')[0] ?? 'en').toLowerCase();
  let decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let group = parts.find((p) => p.type === 'group')?.value ?? ',';
  // Pinned for the project's two languages so an ICU update cannot change them.
  if (lang === 'en') [decimal, group] = ['.', ','];
  if (lang === 'fr') [decimal, group] = [',', '\u202f'];
  const [t, f] = BOOLEANS[lang] ?? ['TRUE', 'FALSE'];
  const symbols = { decimal, group, true: t, false: f, lang };
  symbolsCache.set(locale, symbols);
  return symbols;
}

const nameCache = new Map<string, string[]>();

/** Month (0..11) or weekday (0 = Sunday) names from CLDR. */
function names(locale: string, what: 'month' | 'weekday', width: 'short' | 'long'): string[] {
  const key = `${locale}|${what}|${width}`;
  const cached = nameCache.get(key);
  if (cached) return cached;
  const f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', [what]: width });
  // 2023-01-01 was a Sunday.
  const list =
    what === 'month'
      ? Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2023, m, 1))))
      : Array.from({ length: 7 }, (_, d) => f.format(new Date(Date.UTC(2023, 0, 1 + d))));
  nameCache.set(key, list);
  return list;
}

// ---------------------------------------------------------------------------------------------------
// Pattern parsing

const patternCache = new Map<string, Section[]>();

function parseBracket(content: string, section: Section, tokens: Token[]): void {
  const lower = content.toLowerCase();
  const elapsed = /^(h+|m+|s+)$/.exec(lower);
  if (elapsed) {
    const unit = (elapsed[1] ?? 'h')[0] as 'h' | 'm' | 's';
    tokens.push({ kind: 'elapsed', unit, width: content.length });
    return;
  }
  if (lower in COLORS) {
    section.color = COLORS[lower];
    return;
  }
  if (/^colou?r\s*\d+$/.test(lower)) return;
  if (content.startsWith('$')) {
    const symbol = content.slice(1).split('-')[0] ?? '';
    if (symbol !== '') tokens.push({ kind: 'lit', text: symbol });
    return;
  }
  const cond = /^(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)$/.exec(content.trim());
  if (cond) {
    section.condition = { op: cond[1] as Condition['op'], value: Number(cond[2]) };
    return;
  }
  // Unknown bracket content (e.g. a locale tag "[~fr]"): ignored.
}

function newSection(): Section {
  return { tokens: [], isDate: false, hasText: false, hasNumber: false };
}

function tokenize(pattern: string): Section[] {
  const sections: Section[] = [];
  let section = newSection();
  let tokens = section.tokens;
  let i = 0;
  const n = pattern.length;
  const lit = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'lit') last.text += text;
    else tokens.push({ kind: 'lit', text });
  };
  while (i < n) {
    const ch = pattern[i] as string;
    const rest = pattern.slice(i);
    const lower = ch.toLowerCase();
    if (ch === ';') {
      sections.push(section);
      section = newSection();
      tokens = section.tokens;
      i += 1;
    } else if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end === -1 ? n : end;
      lit(pattern.slice(i + 1, stop));
      i = stop + 1;
    } else if (ch === '\\') {
      lit(pattern[i + 1] ?? '');
      i += 2;
    } else if (ch === '_') {
      lit(' ');
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      const stop = end === -1 ? n : end;
      parseBracket(pattern.slice(i + 1, stop), section, tokens);
      i = stop + 1;
    } else if (ch === '0' || ch === '#' || ch === '?') {
      tokens.push({ kind: 'digit', ch });
      i += 1;
    } else if (ch === '.') {
      tokens.push({ kind: 'point' });
      i += 1;
    } else if (ch === ',') {
      tokens.push({ kind: 'comma' });
      i += 1;
    } else if (ch === '%') {
      tokens.push({ kind: 'percent' });
      i += 1;
    } else if (ch === '@') {
      tokens.push({ kind: 'text' });
      i += 1;
    } else if (lower === 'e' && (pattern[i + 1] === '+' || pattern[i + 1] === '-')) {
      tokens.push({ kind: 'exp', sign: pattern[i + 1] as '+' | '-' });
      i += 2;
    } else if (/^general/i.test(rest)) {
      tokens.push({ kind: 'general' });
      i += 'general'.length;
    } else if (/^am\/pm/i.test(rest)) {
      const upper = rest.startsWith('AM');
      tokens.push({ kind: 'ampm', am: upper ? 'AM' : 'am', pm: upper ? 'PM' : 'pm' });
      i += 5;
    } else if (/^a\/p/i.test(rest)) {
      const upper = rest.startsWith('A');
      tokens.push({ kind: 'ampm', am: upper ? 'A' : 'a', pm: upper ? 'P' : 'p' });
      i += 3;
    } else if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < n && (pattern[j] as string).toLowerCase() === lower) j += 1;
      tokens.push({ kind: 'date', code: lower.repeat(j - i) });
      i = j;
    } else {
      lit(ch);
      i += 1;
    }
  }
  sections.push(section);
  for (const s of sections) finishSection(s);
  return sections;
}

/** Resolves month/minute ambiguity and fractional seconds, and records what the section holds. */
function finishSection(section: Section): void {
  const t = section.tokens;
  section.isDate = t.some((k) => k.kind === 'date' || k.kind === 'elapsed' || k.kind === 'ampm');
  section.hasText = t.some((k) => k.kind === 'text');
  section.hasNumber = t.some((k) => k.kind === 'digit' || k.kind === 'general');
  if (!section.isDate) return;
  const timeUnit = (k: Token | undefined): string | undefined =>
    k?.kind === 'date' ? k.code[0] : k?.kind === 'elapsed' ? k.unit : undefined;
  const dateIdx = t.flatMap((k, idx) => (k.kind === 'date' || k.kind === 'elapsed' ? [idx] : []));
  dateIdx.forEach((idx, pos) => {
    const k = t[idx];
    if (k?.kind !== 'date' || k.code[0] !== 'm' || k.code.length > 2) return;
    const prev = pos > 0 ? timeUnit(t[dateIdx[pos - 1] as number]) : undefined;
    const next = pos + 1 < dateIdx.length ? timeUnit(t[dateIdx[pos + 1] as number]) : undefined;
    if (prev === 'h' || next === 's') k.code = k.code.replace(/m/g, 'M'); // "M" marks minutes
  });
  // ".0", ".00", ".000" after seconds: fractional seconds.
  const out: Token[] = [];
  for (let idx = 0; idx < t.length; idx += 1) {
    const k = t[idx] as Token;
    if (k.kind === 'point' && t[idx + 1]?.kind === 'digit') {
      let digits = 0;
      while (t[idx + 1 + digits]?.kind === 'digit') digits += 1;
      out.push({ kind: 'fracsec', digits: Math.min(digits, 3) });
      idx += digits;
    } else if (k.kind === 'digit' || k.kind === 'comma' || k.kind === 'point') {
      out.push({ kind: 'lit', text: k.kind === 'digit' ? k.ch : k.kind === 'comma' ? ',' : '.' });
    } else {
      out.push(k);
    }
  }
  section.tokens = out;
}

function sectionsOf(pattern: string): Section[] {
  let sections = patternCache.get(pattern);
  if (!sections) {
    sections = tokenize(pattern);
    patternCache.set(pattern, sections);
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------------
// Decimal arithmetic on 15 significant digits

/** |x| as decimal digits with the position of the decimal point (value = 0.digits × 10^point). */
type Decimal = { digits: string; point: number };

function toDecimal(abs: number): Decimal {
  if (abs === 0) return { digits: '0', point: 1 };
  const [mantissa = '0', exp = '0'] = abs.toExponential(14).split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exp) + 1 };
}

/** Rounds half away from zero to `decimals` places after shifting the point by `shift`. */
function roundDecimal(d: Decimal, decimals: number, shift = 0): { int: string; frac: string } {
  const point = d.point + shift;
  const keep = point + decimals;
  let digits: string;
  if (keep < 0) {
    digits = '';
  } else {
    const head = d.digits.slice(0, keep).padEnd(keep, '0');
    const next = Number(d.digits[keep] ?? '0');
    digits = next >= 5 ? increment(head) : head;
  }
  // digits now holds the value × 10^decimals, possibly one digit longer after a carry.
  const total = digits.padStart(decimals + 1, '0');
  const int = total.slice(0, total.length - decimals).replace(/^0+/, '');
  const frac = decimals === 0 ? '' : total.slice(total.length - decimals);
  return { int, frac };
}

function increment(digits: string): string {
  const arr = digits.split('');
  let i = arr.length - 1;
  while (i >= 0) {
    if (arr[i] === '9') {
      arr[i] = '0';
      i -= 1;
    } else {
      arr[i] = String(Number(arr[i]) + 1);
      return arr.join('');
    }
  }
  return `1${arr.join('')}`;
}

// ---------------------------------------------------------------------------------------------------
// Automatic format

function formatGeneral(value: number, sym: Symbols): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs === 0) return '0';
  if (abs >= 1e15 || abs < 1e-9) {
    const d = toDecimal(abs);
    let exp = d.point - 1;
    let { int, frac } = roundDecimal(d, 5, -exp);
    if (int.length > 1) {
      exp += 1;
      ({ int, frac } = roundDecimal(d, 5, -exp));
    }
    frac = frac.replace(/0+$/, '');
    const mantissa = frac === '' ? int : `${int}${sym.decimal}${frac}`;
    const e = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${mantissa}E${exp < 0 ? '-' : '+'}${e}`;
  }
  const d = toDecimal(abs);
  // 10 significant digits, but never fewer than the whole integer part.
  const { int, frac } = roundDecimal(d, Math.max(0, 10 - d.point));
  const trimmed = frac.replace(/0+$/, '');
  const body = `${int === '' ? '0' : int}${trimmed === '' ? '' : sym.decimal + trimmed}`;
  return body === '0' ? '0' : sign + body;
}

// ---------------------------------------------------------------------------------------------------
// Numbers

function formatNumberSection(section: Section, value: number, withSign: boolean, sym: Symbols): string {
  const tokens = section.tokens;
  const abs = Math.abs(value);
  if (tokens.some((t) => t.kind === 'general') && !tokens.some((t) => t.kind === 'digit')) {
    const general = formatGeneral(withSign ? value : abs, sym);
    return tokens.map((t) => (t.kind === 'general' ? general : t.kind === 'lit' ? t.text : '')).join('');
  }
  const expIdx = tokens.findIndex((t) => t.kind === 'exp');
  const pointIdx = tokens.findIndex((t, i) => t.kind === 'point' && (expIdx === -1 || i < expIdx));
  const intEnd = pointIdx !== -1 ? pointIdx : expIdx !== -1 ? expIdx : tokens.length;
  const fracEnd = expIdx !== -1 ? expIdx : tokens.length;
  const digitIdx = (from: number, to: number): number[] =>
    tokens.flatMap((t, i) => (i >= from && i < to && t.kind === 'digit' ? [i] : []));
  const intDigits = digitIdx(0, intEnd);
  const fracDigits = pointIdx === -1 ? [] : digitIdx(pointIdx + 1, fracEnd);
  const expDigits = expIdx === -1 ? [] : digitIdx(expIdx + 1, tokens.length);
  const lastInt = intDigits[intDigits.length - 1] ?? -1;
  const firstInt = intDigits[0] ?? -1;
  const lastNumberDigit = fracDigits[fracDigits.length - 1] ?? lastInt;
  // Commas between integer placeholders group; commas after the last placeholder divide by 1000.
  let grouping = false;
  let scaleCommas = 0;
  tokens.forEach((t, i) => {
    if (t.kind !== 'comma') return;
    if (i > firstInt && i < lastInt && firstInt !== -1) grouping = true;
    else if (lastNumberDigit !== -1 && i > lastNumberDigit && i < fracEnd) scaleCommas += 1;
  });
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  const shift = 2 * percents - 3 * scaleCommas;
  const d = toDecimal(abs);

  let intStr: string;
  let fracStr: string;
  let exponent = 0;
  if (expIdx !== -1) {
    const n = Math.max(intDigits.length, 1);
    const engineering = n > 1 && intDigits.some((i) => (tokens[i] as { ch: string }).ch === '#');
    const exponentFor = (point: number): number => {
      const magnitude = point - 1;
      return engineering ? Math.floor(magnitude / n) * n : magnitude - (n - 1);
    };
    exponent = abs === 0 ? 0 : exponentFor(d.point + shift);
    let r = roundDecimal(d, fracDigits.length, shift - exponent);
    if (abs !== 0 && r.int.length > n) {
      exponent = exponentFor(d.point + shift + 1);
      r = roundDecimal(d, fracDigits.length, shift - exponent);
    }
    intStr = r.int;
    fracStr = r.frac;
  } else {
    const r = roundDecimal(d, fracDigits.length, shift);
    intStr = r.int;
    fracStr = r.frac;
  }
  const isZero = intStr === '' && /^0*$/.test(fracStr);
  const minus = withSign && value < 0 && !isZero ? '-' : '';

  const out: string[] = [];
  const nInt = intDigits.length;
  const len = intStr.length;
  const lastSignificantFrac = fracStr.search(/0*$/) - 1;
  let intOrdinal = 0;
  let fracOrdinal = 0;
  let expOrdinal = 0;
  const expStr = String(Math.abs(exponent));
  tokens.forEach((t, i) => {
    if (t.kind === 'lit') out.push(t.text);
    else if (t.kind === 'percent') out.push('%');
    else if (t.kind === 'point') out.push(i === pointIdx ? sym.decimal : '.');
    else if (t.kind === 'text') out.push('');
    else if (t.kind === 'exp') out.push(`E${exponent < 0 ? '-' : t.sign === '+' ? '+' : ''}`);
    else if (t.kind === 'digit' && i < intEnd) {
      const pos = nInt - 1 - intOrdinal; // digit position from the right
      intOrdinal += 1;
      let text = '';
      if (pos === nInt - 1 && len > nInt) {
        // The leftmost placeholder takes every extra digit.
        for (let k = 0; k < len - nInt; k += 1) text += withGroup(intStr[k] as string, len - 1 - k);
      }
      if (pos < len) text += withGroup(intStr[len - 1 - pos] as string, pos);
      else if (t.ch === '0') text += withGroup('0', pos);
      else if (t.ch === '?') text += ' ';
      out.push(text);
    } else if (t.kind === 'digit' && i < fracEnd) {
      const j = fracOrdinal;
      fracOrdinal += 1;
      const digit = fracStr[j] ?? '0';
      if (j <= lastSignificantFrac || t.ch === '0') out.push(digit);
      else if (t.ch === '?') out.push(' ');
    } else if (t.kind === 'digit') {
      const nExp = expDigits.length;
      const pos = nExp - 1 - expOrdinal;
      expOrdinal += 1;
      let text = '';
      if (pos === nExp - 1 && expStr.length > nExp) text += expStr.slice(0, expStr.length - nExp);
      if (pos < expStr.length) text += expStr[expStr.length - 1 - pos];
      else if (t.ch === '0') text += '0';
      out.push(text);
    }
  });
  return minus + out.join('');

  function withGroup(digit: string, pos: number): string {
    return grouping && pos > 0 && pos % 3 === 0 ? digit + sym.group : digit;
  }
}

// ---------------------------------------------------------------------------------------------------
// Dates and times

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDateSection(section: Section, serial: number, locale: string, sym: Symbols): string {
  const tokens = section.tokens;
  const hasElapsed = tokens.some((t) => t.kind === 'elapsed');
  const negative = hasElapsed && serial < 0;
  const s = hasElapsed ? Math.abs(serial) : serial;
  const fracDigits = Math.max(0, ...tokens.map((t) => (t.kind === 'fracsec' ? t.digits : 0)));
  const unitMs = 1000 / 10 ** fracDigits;
  const totalMs = Math.round((s * 86_400_000) / unitMs) * unitMs;
  // Beyond JavaScript's Date range (about year 275760) there is no calendar to show.
  if (Math.abs(totalMs - UNIX_EPOCH_SERIAL * 86_400_000) > 8.64e15) return formatGeneral(serial, sym);
  const c = serialToCalendar(totalMs / 86_400_000);
  const weekday = (((Math.floor(totalMs / 86_400_000) + 6) % 7) + 7) % 7; // serial 0 was a Saturday
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  const hour12 = c.hours % 12 === 0 ? 12 : c.hours % 12;
  const hours = twelveHour ? hour12 : c.hours;
  const totalSeconds = Math.floor(totalMs / 1000);
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'lit') out.push(t.text);
    else if (t.kind === 'ampm') out.push(c.hours < 12 ? t.am : t.pm);
    else if (t.kind === 'fracsec') {
      out.push(sym.decimal + pad(c.milliseconds, 3).slice(0, t.digits));
    } else if (t.kind === 'elapsed') {
      const total =
        t.unit === 'h'
          ? Math.floor(totalSeconds / 3600)
          : t.unit === 'm'
            ? Math.floor(totalSeconds / 60)
            : totalSeconds;
      out.push(pad(total, t.width));
    } else if (t.kind === 'date') {
      out.push(dateToken(t.code));
    } else if (t.kind === 'percent') out.push('%');
  }
  return (negative ? '-' : '') + out.join('');

  function dateToken(code: string): string {
    const n = code.length;
    switch (code[0]) {
      case 'y':
        return n <= 2 ? pad(((c.year % 100) + 100) % 100, 2) : pad(c.year, 4);
      case 'm':
        if (n === 1) return String(c.month);
        if (n === 2) return pad(c.month, 2);
        if (n === 3) return names(locale, 'month', 'short')[c.month - 1] ?? '';
        if (n === 4) return names(locale, 'month', 'long')[c.month - 1] ?? '';
        return (names(locale, 'month', 'long')[c.month - 1] ?? '').charAt(0).toUpperCase();
      case 'M':
        return n === 1 ? String(c.minutes) : pad(c.minutes, 2);
      case 'd':
        if (n === 1) return String(c.day);
        if (n === 2) return pad(c.day, 2);
        if (n === 3) return names(locale, 'weekday', 'short')[weekday] ?? '';
        return names(locale, 'weekday', 'long')[weekday] ?? '';
      case 'h':
        return n === 1 ? String(hours) : pad(hours, 2);
      case 's':
        return n === 1 ? String(c.seconds) : pad(c.seconds, 2);
      default:
        return code;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Section choice

function holds(cond: Condition, v: number): boolean {
  switch (cond.op) {
    case '<':
      return v < cond.value;
    case '>':
      return v > cond.value;
    case '=':
      return v === cond.value;
    case '<=':
      return v <= cond.value;
    case '>=':
      return v >= cond.value;
    case '<>':
      return v !== cond.value;
  }
}

/** The section for a number, and whether it must write the value's own minus sign. */
function pickNumberSection(
  sections: Section[],
  value: number,
): { section: Section; withSign: boolean } | null {
  const numeric = sections.length >= 4 ? sections.slice(0, 3) : sections;
  if (numeric.some((s) => s.condition)) {
    const matched =
      numeric.find((s) => s.condition && holds(s.condition, value)) ?? numeric.find((s) => !s.condition);
    return matched ? { section: matched, withSign: true } : null;
  }
  const [pos, neg, zero] = numeric;
  if (!pos) return null;
  if (value < 0 && neg) return { section: neg, withSign: false };
  if (value === 0 && zero) return { section: zero, withSign: false };
  return { section: pos, withSign: numeric.length === 1 || value >= 0 };
}

function isAutomatic(pattern: string | null): boolean {
  return pattern === null || AUTOMATIC_PATTERNS.has(pattern.trim().toLowerCase());
}

function formatText(text: string, pattern: string | null): string {
  if (isAutomatic(pattern)) return text;
  const sections = sectionsOf(pattern as string);
  const section = sections.length >= 4 ? sections[3] : sections.length === 1 ? sections[0] : undefined;
  if (!section || !section.hasText) return text;
  return section.tokens.map((t) => (t.kind === 'text' ? text : t.kind === 'lit' ? t.text : '')).join('');
}

/** The date-time pattern Sheets gives a cell written with a Date, in `locale`. */
export function defaultDateTimePattern(locale: string): string {
  const { lang } = symbolsFor(locale);
  if (lang === 'en') return 'm/d/yyyy h:mm:ss';
  if (lang === 'fr') return 'dd/mm/yyyy hh:mm:ss';
  return 'yyyy-mm-dd hh:mm:ss';
}

/**
 * The text a Sheets cell shows for `value` under the number format `pattern` in `locale` ("en_US");
 * a Date value is read in `timeZone` (the spreadsheet's).
 */
export function formatForDisplay(
  value: CellValue,
  pattern: string | null,
  locale: string,
  timeZone = 'UTC',
): string {
  const sym = symbolsFor(locale);
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? sym.true : sym.false;
  if (typeof value === 'string') return formatText(value, pattern);
  if (value instanceof Date) {
    const serial = dateToSerial(value, timeZone);
    return formatForDisplay(serial, isAutomatic(pattern) ? defaultDateTimePattern(locale) : pattern, locale);
  }
  if (!Number.isFinite(value)) return '#NUM!';
  if (isAutomatic(pattern)) return formatGeneral(value, sym);
  const picked = pickNumberSection(sectionsOf(pattern as string), value);
  if (!picked) return formatGeneral(value, sym);
  const { section, withSign } = picked;
  if (section.tokens.length === 0) return '';
  if (section.isDate) return formatDateSection(section, withSign ? value : Math.abs(value), locale, sym);
  if (!section.hasNumber && section.hasText) return formatGeneral(value, sym);
  return formatNumberSection(section, value, withSign, sym);
}

/** The colour a pattern's section gives the value ("[Red]" → "#ff0000"), or null when it sets none. */
export function formatColor(value: CellValue, pattern: string | null, timeZone = 'UTC'): string | null {
  if (value === null || typeof value === 'boolean' || isAutomatic(pattern)) return null;
  if (value instanceof Date) return formatColor(dateToSerial(value, timeZone), pattern);
  const sections = sectionsOf(pattern as string);
  if (typeof value === 'string') {
    const section = sections.length >= 4 ? sections[3] : sections.length === 1 ? sections[0] : undefined;
    return section?.hasText ? (section.color ?? null) : null;
  }
  return pickNumberSection(sections, value)?.section.color ?? null;
}
