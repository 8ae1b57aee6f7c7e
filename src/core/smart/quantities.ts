import { NUMBER_WORDS, numberWordValue, parseWrittenNumber, scaleOf } from './numbers';
import type { Span } from './timeExpressions';

// The quantities an objective states: "20 %", "50 000 €", "€50k", "1,5 M€", "500 leads", "+2 points",
// "x2", "doubler", "diviser par deux". Numbers that are not targets are masked first: dates, periods and
// durations (the caller passes their spans), ranks ("top 3", "#1", "page 1"), ordinals ("1er", "3rd"),
// list numbers, "24/7", age bands, and years ("en 2027", "vs 2025").

export type QuantityUnit = 'percent' | 'points' | 'currency' | 'none';

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

const MULTIPLIERS: readonly { readonly pattern: RegExp; readonly ratio: (m: RegExpExecArray) => number }[] = [
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
      `\\b(${NUMBER_WORD_SOURCE})(?:\\s?(?:x|×)(?![a-z0-9])|\\s(?:fois plus|times (?:more|higher|bigger|as))\\b|-?fold\\b)`,
      'g',
    ),
    ratio: (m) => wordOrNumber(m[1]),
  },
  {
    pattern: /(?:^|[^a-z0-9])[x×]\s?(\d+(?:[.,]\d+)?)(?![\d.,]?\d)(?![a-z])/g,
    ratio: (m) => wordOrNumber(m[1]),
  },
  { pattern: /\b(?:twice (?:as|more)|two-?fold)\b/g, ratio: () => 2 },
];

function wordOrNumber(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  return numberWordValue(text) ?? parseWrittenNumber(text);
}

const QUANTITY = new RegExp(
  `([+\\-−]\\s?)?([$€£]\\s?)?(${NUMBER_SOURCE})` +
    '(?:\\s?(k|m|mn|md|mds|mrd|bn|millions?|milliards?|mille|thousand|billions?)(?![a-z]))?' +
    '(?:\\s?(%|pour ?cents?|pourcents?|percent|per ?cent|pts?|points?|€|\\$|£|eur(?:os?)?|usd|dollars?)(?![a-z]))?',
  'g',
);

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

function unitOf(word: string | undefined): QuantityUnit {
  if (word === undefined) return 'none';
  if (word === '%' || word.startsWith('pour') || word.startsWith('per')) return 'percent';
  if (word.startsWith('p')) return 'points';
  return 'currency';
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function blankAll(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}

function isYear(text: string, start: number, end: number, digits: string): boolean {
  if (!/^(?:19[9]\d|20\d\d)$/.test(digits)) return false;
  const before = /([a-z]+)\W*$/.exec(text.slice(Math.max(0, start - 24), start));
  if (before?.[1] !== undefined && YEAR_CONTEXT.has(before[1])) return true;
  return /^\s*(?:$|[.;:!?)\]])/.test(text.slice(end));
}

/**
 * The quantities and multipliers in folded text, with `timeSpans` (from findTimeExpressions) masked.
 * Positions index into `folded`.
 */
export function findQuantities(folded: string, timeSpans: readonly Span[]): StatedQuantities {
  let text = folded;
  for (const span of timeSpans) text = blank(text, span.start, span.end);
  text = blankAll(text, NOT_TARGETS);

  const multipliers: Multiplier[] = [];
  for (const { pattern, ratio } of MULTIPLIERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const value = ratio(m);
      // "(?:^|[^a-z0-9])" may have eaten one leading character: start after it.
      const start = m[0].search(/[^\s]/) + m.index;
      if (Number.isFinite(value) && value > 0)
        multipliers.push({ start, end: m.index + m[0].length, ratio: value });
    }
  }
  for (const m of multipliers) text = blank(text, m.start, m.end);

  const quantities: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) {
    const [whole, sign, currency, digits = '', scale, unit] = m;
    const start = m.index;
    const end = start + whole.length;
    const before = text.charAt(start - 1);
    const after = text.charAt(end);
    // Glued to letters or digits: "b2b", "4g", "covid-19", "h1" are names, not quantities.
    if (/[a-z0-9.,_]/.test(before) || /[a-z0-9]/.test(after)) continue;
    if (sign !== undefined && /[a-z]/.test(text.charAt(start - 1))) continue;
    if (scale === undefined && unit === undefined && currency === undefined && sign === undefined) {
      if (isYear(text, start, end, digits)) continue;
    }
    const raw = parseWrittenNumber(digits);
    if (!Number.isFinite(raw)) continue;
    quantities.push({
      start,
      end,
      raw,
      scale: scaleOf(scale),
      unit: currency !== undefined ? 'currency' : unitOf(unit),
      sign: sign === undefined ? 0 : sign.startsWith('+') ? 1 : -1,
    });
  }
  for (const q of quantities) text = blank(text, q.start, q.end);

  for (const pattern of [SCALED_WORD, NUMBER_WORD]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const word = m[1] ?? '';
      const isScaled = pattern === SCALED_WORD;
      quantities.push({
        start: m.index,
        end: m.index + m[0].length,
        raw: isScaled ? 1 : (numberWordValue(word) ?? 0),
        scale: isScaled ? scaleOf(word) : 1,
        unit: 'none',
        sign: 0,
      });
    }
    text = blankAll(text, pattern);
  }
  quantities.sort((a, b) => a.start - b.start);
  return { quantities, multipliers };
}
