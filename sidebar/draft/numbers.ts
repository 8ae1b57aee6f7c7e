const compact = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');

/**
 * "1,234" is 1.234 in French and 1234 in English: the wizard asks rather than guesses. ("0,234" and
 * "1,2345" are plain decimals; "1,234,567" and "1,234.5" plain thousands.)
 */
export function isAmbiguousNumber(text: string): boolean {
  return /^[-+]?[1-9]\d{0,2},\d{3}$/.test(compact(text));
}

/**
 * Reads a number as people type it in French or English: "12,5", "12.5", "1 234", "1,234.5", "12 %",
 * "-3". Empty text is `undefined` (not entered yet); anything else that is not a number is `NaN`, and so
 * is an ambiguous "1,234" (see isAmbiguousNumber).
 */
export function parseUserNumber(text: string): number | undefined {
  let s = compact(text);
  if (s === '') return undefined;
  if (isAmbiguousNumber(s)) return Number.NaN;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && /[.,].*[.,]/.test(s)) s = s.replace(/,/g, '');
  else if (/^[-+]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/** A number for an input box, in the user's language ("12,5" in French). Percent fractions ×100. */
export function formatUserNumber(value: number | undefined, lang: 'fr' | 'en', percent = false): string {
  if (value === undefined) return '';
  const shown = percent ? Number((value * 100).toPrecision(12)) : value;
  const text = String(shown);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** Divides by 100 without 2.4/100 = 0.024000000000000004. */
export function fromPercent(value: number): number {
  return Number((value / 100).toPrecision(12));
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
