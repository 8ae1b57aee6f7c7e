// Reading numbers the way marketers write them, in French and English: "1 000", "1,000", "1.000",
// "1,5", "2.4", "10 k", "1,5 M". Only the digits: units and roles are the caller's business.

/**
 * The value of a written number, or NaN. A single "," or "." followed by exactly three digits is a
 * thousands separator ("1,500" and "1.500" are 1500) unless the integer part is 0 ("0,125"); otherwise
 * it is the decimal mark ("1,5", "2.4"). Spaces and apostrophes only ever group thousands.
 */
export function parseWrittenNumber(text: string): number {
  const compact = text.replace(/[ ']/g, '');
  const separators = compact.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(compact);
  if (separators.length === 1) {
    const [whole = '', fraction = ''] = compact.split(/[.,]/);
    if (fraction.length === 3 && whole !== '0') return Number(whole + fraction);
    return Number(`${whole}.${fraction}`);
  }
  // Several separators: the last one is decimal when it differs from the others ("1.234,5", "1,234.5").
  const last = compact.search(/[.,][^.,]*$/);
  const lastMark = compact.charAt(last);
  const others = compact.slice(0, last);
  if (others.includes(lastMark)) return Number(compact.replace(/[.,]/g, ''));
  return Number(`${others.replace(/[.,]/g, '')}.${compact.slice(last + 1)}`);
}

const SCALE: Readonly<Record<string, number>> = {
  k: 1e3,
  mille: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
};

/** 1000 for "k", 1e6 for "M"/"million", 1 when absent or unknown. */
export function scaleOf(suffix: string | undefined): number {
  return suffix === undefined ? 1 : (SCALE[suffix] ?? 1);
}

const WORD_VALUES: Readonly<Record<string, number>> = {
  zero: 0,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  cent: 100,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** Number words that state a quantity. "un", "one", "a" are left out: they are mostly articles. */
export const NUMBER_WORDS = Object.keys(WORD_VALUES);

export function numberWordValue(word: string): number | undefined {
  return WORD_VALUES[word];
}
