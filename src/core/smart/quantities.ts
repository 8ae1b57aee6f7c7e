import { compileNow } from './eagerRegExp';
import { NUMBER_WORDS, numberWordValue, parseWrittenNumber, scaleOf } from './numbers';
import { blankSpans } from './spans';

// The quantities an objective states: "20 %", "50 000 €", "€50k", "1,5 M€", "500 leads", "+2 points",
// "x2", "doubler", "diviser par deux". Numbers that are not targets are masked first: dates, periods and
// durations (the caller passes their spans), ranks ("top 3", "#1", "page 1"), ordinals ("1er", "3rd"),
// list numbers, "24/7", age bands, and years ("en 2027", "vs 2025").

export type QuantityUnit = 'percent' | 'points' | 'currency' | 'duration' | 'none';

export interface Quantity {
  readonly start: number;
  readonly end: number;
  /** The digits' value, before scale: 1.5 for "1,5 M€". */
  readonly raw: number;
  /** 1, 1e3 (k), 1e6 (M), 1e9. */
  readonly scale: number;
  readonly unit: QuantityUnit;
  /** +1 or −1 when written with a sign ("+20 %", "-15 %"), else 0. */
  readonly sign: number;
  /** For a duration, the seconds in one unit of `raw` (3600 for "8 h"), to compare "2 jours" with "24 h". */
  readonly seconds?: number;
}

export interface Multiplier {
  readonly start: number;
  readonly end: number;
  /** target / baseline: 2 for "doubler", 0.5 for "diviser par deux". */
  readonly ratio: number;
}

export interface StatedQuantities {
  readonly quantities: readonly Quantity[];
  readonly multipliers: readonly Multiplier[];
}

/**
 * The value a quantity stands for. Percentages and percentage points as fractions (2 % → 0.02), as
 * Sheets stores a 2 % cell, so a `baseline` argument from a percent cell compares with "3 %" in the text.
 */
export function quantityValue(q: Pick<Quantity, 'raw' | 'scale' | 'unit'>): number {
  const value = q.raw * q.scale;
  return q.unit === 'percent' || q.unit === 'points' ? value / 100 : value;
}

const NOT_TARGETS = new RegExp(
  [
    '\\btop\\s?\\d+\\b',
    '#\\s?\\d+',
    'n°\\s?\\d+',
    '\\b(?:phase|etape|step|version|niveau|level|vague|wave|saison|season|episode|chapitre|chapter|page|numero|number|rang|rank)\\s\\d+\\b',
    '\\bfirst\\s\\d+\\b',
    '\\b\\d+\\s(?:premiers|premieres)\\b',
    '^\\s*\\d{1,2}\\s?[.)\\-:]\\s',
    '\\b(?:24\\s?h?\\s?/\\s?24|24\\s?/\\s?7|7\\s?j?\\s?/\\s?7)\\b',
    '\\b\\d{1,2}\\s?[-a]\\s?\\d{1,2}\\s?(?:ans|years?|yo)\\b',
    '\\b(?:web|industrie|industry)\\s?\\d(?:\\.\\d)?\\b',
  ].join('|'),
  'g',
);

const NUMBER_SOURCE = "\\d{1,3}(?:[ .,']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
const NUMBER_WORD_SOURCE = `(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORDS.join('|')})`;

interface MultiplierPattern {
  readonly pattern: RegExp;
  readonly ratio: (m: RegExpExecArray) => number;
  /** "un ROAS de 4x", "from 3x to 4x": after a level word, "4x" is a value, not a change. */
  readonly mayBeLevel?: true;
}

const MULTIPLIERS: readonly MultiplierPattern[] = [
  { pattern: /\bdoubl(?:er|ons|ez|e|es|ed|ing|ement)\b(?![\s-]?opt)/g, ratio: () => 2 },
  { pattern: /\btripl(?:er|ons|ez|e|es|ed|ing|ement)\b/g, ratio: () => 3 },
  { pattern: /\bquadrupl(?:er|ons|ez|e|es|ed|ing|ement)\b/g, ratio: () => 4 },
  { pattern: /\b(?:halve[sd]?|halving|de moitie|by half|in half)\b/g, ratio: () => 0.5 },
  {
    pattern: new RegExp(`\\b(?:multipli\\w*|multiply)\\s(?:par|by)\\s(${NUMBER_WORD_SOURCE})\\b`, 'g'),
    ratio: (m) => wordOrNumber(m[1]),
  },
  {
    pattern: new RegExp(
      `\\b(?:divis\\w*|divide[sd]?|dividing)\\s(?:par|by)\\s(${NUMBER_WORD_SOURCE})\\b`,
      'g',
    ),
    ratio: (m) => 1 / wordOrNumber(m[1]),
  },
  {
    pattern: new RegExp(
      `\\b(${NUMBER_WORD_SOURCE})\\s(?:fois moins|times (?:less|lower|fewer|smaller))\\b`,
      'g',
    ),
    ratio: (m) => 1 / wordOrNumber(m[1]),
  },
  {
    pattern: new RegExp(
      `\\b(${NUMBER_WORD_SOURCE})\\s(?:fois plus|times (?:more|higher|bigger|as))\\b|\\b(${NUMBER_WORD_SOURCE})-?fold\\b`,
      'g',
    ),
    ratio: (m) => wordOrNumber(m[1] ?? m[2]),
  },
  {
    pattern: /\b(\d+(?:[.,]\d+)?)\s?[x×](?![a-z0-9])/g,
    ratio: (m) => wordOrNumber(m[1]),
    mayBeLevel: true,
  },
  {
    pattern: /(?:^|[^a-z0-9])[x×]\s?(\d+(?:[.,]\d+)?)(?![\d.,]?\d)(?![a-z])/g,
    ratio: (m) => wordOrNumber(m[1]),
    mayBeLevel: true,
  },
  { pattern: /\b(?:twice (?:as|more)|two-?fold)\b/g, ratio: () => 2 },
];

// Most objectives state no multiplier: one cheap test spares the ten patterns above.
const MAY_HAVE_MULTIPLIER =
  /doubl|tripl|quadrupl|halv|moitie|half|multipl|divi|fois|times|fold|twice|×|(?:^|[^a-z])x\s?\d|\d\s?x(?![a-z])/;
const MAY_HAVE_WORD_SCALE = /tiers|third|quart|million|milliard|billion|thousand/;

function wordOrNumber(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  return numberWordValue(text) ?? parseWrittenNumber(text);
}

const QUANTITY = new RegExp(
  // A minus sign only when glued to the number: " - 200 leads" is a dash, "-15 %" a decrease.
  `(\\+\\s?|[-−])?([$€£]\\s?)?(${NUMBER_SOURCE})` +
    '(?:\\s?(k|m|mn|md|mds|mrd|bn|millions?|milliards?|mille|thousand|billions?)(?![a-z]))?' +
    '(?:\\s?(%|pour ?cents?|pourcents?|percent|per ?cent|pct|pts?|points?|€|\\$|£|eur(?:os?)?|usd|dollars?)(?![a-z])' +
    // Durations: "8 h", "8h30", "1 min 30", "3 days" (a duration after "en", "within"... is a deadline,
    // already blanked by the caller).
    '|\\s?(h|hrs?|heures?|hours?|min|mins|minutes?)(?![a-z])(?:\\s?([0-5]\\d)(?![\\d%.,]|\\s?(?:h|min)))?' +
    "|\\s?(s|secs?|secondes?|seconds?|j|jrs?|jours?|days?|semaines?|weeks?|mois|months?)(?![a-z']))?",
  'g',
);

const SECONDS_PER_LETTER: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1, j: 86400, d: 86400 };
const SECONDS_PER_WEEK = 604800;
const SECONDS_PER_MONTH = 2629800;

/** Seconds in one duration unit: "min" 60, "jours" 86400... */
function secondsPer(unit: string): number {
  if (unit.startsWith('sem') || unit.startsWith('w')) return SECONDS_PER_WEEK;
  if (unit === 'mois' || unit.startsWith('mon')) return SECONDS_PER_MONTH;
  return SECONDS_PER_LETTER[unit.charAt(0)] ?? 1;
}

// "réduire d'un tiers", "cut by a third", "un quart des clients": a share, read as a percentage.
const FRACTION_WORD = /\b(?:un|a|one)\s(tiers|third|quart|quarter)\b/g;
const FRACTION_PERCENT: Readonly<Record<string, number>> = {
  tiers: 100 / 3,
  third: 100 / 3,
  quart: 25,
  quarter: 25,
};
const SCALED_WORD = /\b(?:un|une|a|one)\s(million|milliard|billion|thousand)\b/g;
const NUMBER_WORD = new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b(?!-)`, 'g');

// A bare 1990–2099 after these words is a year ("vs 2025", "en 2027"), before others a count
// ("atteindre 2000 abonnés").
const YEAR_CONTEXT = new Set(
  (
    'en in by ici pour for avant before fin end of since depuis vs versus than until till horizon courant during ' +
    'durant through exercice fy mi mid debut early late annee year rapport compare compared apres after au'
  ).split(' '),
);

let compiled = false;

function wordQuantity(pattern: RegExp, word: string): Pick<Quantity, 'raw' | 'scale' | 'unit'> {
  if (pattern === FRACTION_WORD) return { raw: FRACTION_PERCENT[word] ?? 0, scale: 1, unit: 'percent' };
  if (pattern === SCALED_WORD) return { raw: 1, scale: scaleOf(word), unit: 'none' };
  return { raw: numberWordValue(word) ?? 0, scale: 1, unit: 'none' };
}

function unitOf(word: string | undefined): QuantityUnit {
  if (word === undefined) return 'none';
  if (word === '%' || word === 'pct' || word.startsWith('pour') || word.startsWith('per')) return 'percent';
  if (word.startsWith('p')) return 'points';
  return 'currency';
}

function blankAll(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}

function isYear(text: string, start: number, end: number, digits: string): boolean {
  if (digits.length !== 4 || !/^(?:199\d|20\d\d)$/.test(digits)) return false;
  if (YEAR_CONTEXT.has(wordBefore(text, start))) return true;
  return /^\s*(?:$|[.;:!?)\]])/.test(text.slice(end, end + 8));
}

/** The last word (letters only) before `position`, skipping spaces and punctuation. */
function wordBefore(text: string, position: number): string {
  let end = position;
  while (end > 0 && !isLetter(text.charCodeAt(end - 1)) && position - end < 8) end--;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

const LEVEL_WORDS = new Set(
  'de d a au to at of from vs versus contre actuellement currently today aujourd hui depuis entre between and et'.split(
    ' ',
  ),
);

function afterLevelWord(text: string, position: number): boolean {
  if (/[:=]\s*$/.test(text.slice(Math.max(0, position - 3), position))) return true;
  return LEVEL_WORDS.has(wordBefore(text, position));
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * The quantities and multipliers in folded text whose time expressions are already blanked (see
 * findTimeExpressions and blankSpans). Positions index into that text, hence into the folded objective.
 */
export function findQuantities(withoutTime: string): StatedQuantities {
  if (!compiled) {
    compileNow([NOT_TARGETS, QUANTITY, NUMBER_WORD, ...MULTIPLIERS.map((m) => m.pattern)]);
    compiled = true;
  }
  let text = blankAll(withoutTime, NOT_TARGETS);

  const multipliers: Multiplier[] = [];
  const quantities: Quantity[] = [];
  for (const { pattern, ratio, mayBeLevel } of MAY_HAVE_MULTIPLIER.test(text) ? MULTIPLIERS : []) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const value = ratio(m);
      // "(?:^|[^a-z0-9])" may have eaten one leading character: start after it.
      const start = m[0].search(/[^\s]/) + m.index;
      const end = m.index + m[0].length;
      if (!Number.isFinite(value) || value <= 0) continue;
      if (mayBeLevel === true && afterLevelWord(text, start)) {
        quantities.push({ start, end, raw: value, scale: 1, unit: 'none', sign: 0 });
      } else {
        multipliers.push({ start, end, ratio: value });
      }
    }
  }
  multipliers.sort((a, b) => a.start - b.start);
  quantities.sort((a, b) => a.start - b.start);
  text = blankSpans(
    text,
    [...multipliers, ...quantities].sort((a, b) => a.start - b.start),
  );

  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) {
    const [whole, sign, currency, digits = '', scale, unit, clock, clockMinutes, calendar] = m;
    const start = m.index;
    const end = start + whole.length;
    const before = text.charAt(start - 1);
    const after = text.charAt(end);
    // Glued to letters or digits: "b2b", "4g", "covid-19", "h1" are names, not quantities.
    if (/[a-z0-9.,_]/.test(before) || /[a-z0-9]/.test(after)) continue;
    if (sign !== undefined && /[a-z]/.test(text.charAt(start - 1))) continue;
    const durationUnit = clock ?? calendar;
    if (
      scale === undefined &&
      unit === undefined &&
      durationUnit === undefined &&
      currency === undefined &&
      sign === undefined
    ) {
      if (isYear(text, start, end, digits)) continue;
    }
    // "8h30", "1 min 30": the minutes (or seconds) after a clock unit are a fraction of it.
    const raw = parseWrittenNumber(digits) + (clockMinutes === undefined ? 0 : Number(clockMinutes) / 60);
    if (!Number.isFinite(raw)) continue;
    quantities.push({
      start,
      end,
      raw,
      scale: scaleOf(scale),
      unit: currency !== undefined ? 'currency' : durationUnit !== undefined ? 'duration' : unitOf(unit),
      sign: sign === undefined ? 0 : sign.startsWith('+') ? 1 : -1,
      ...(durationUnit === undefined ? {} : { seconds: secondsPer(durationUnit) }),
    });
  }
  text = blankSpans(text, quantities);

  const wordPatterns = MAY_HAVE_WORD_SCALE.test(text)
    ? [FRACTION_WORD, SCALED_WORD, NUMBER_WORD]
    : [NUMBER_WORD];
  for (const pattern of wordPatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      quantities.push({
        start: m.index,
        end: m.index + m[0].length,
        sign: 0,
        ...wordQuantity(pattern, m[1] ?? ''),
      });
    }
    text = blankAll(text, pattern);
  }
  quantities.sort((a, b) => a.start - b.start);
  return { quantities, multipliers };
}
