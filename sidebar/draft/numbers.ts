import type { Lang } from '../../src/core/i18n';

// Numbers as people type them in the plan's language: "32 €", "£38", "200,000", "1 234,5", "12 %",
// "EUR 1.200,50". Currency symbols and codes are only decoration (the plan has one currency); spaces of
// any kind group thousands. The plan's language settles the one case that reads two ways: "1,234" is
// 1234 in English and 1,234 in French; the field then says what it understood ("Lu : 1,234").

const CURRENCY =
  /^(?:[€$£¥₣]|chf|eur|usd|gbp|cad|aud|jpy|fr|euros?|dollars?)|(?:[€$£¥₣]|chf|eur|usd|gbp|cad|aud|jpy|euros?|dollars?)$/i;

function compact(text: string): string {
  let s = text.replace(/[\s\u00a0\u202f\u2009']/g, '').replace(/%$/, '');
  // "US$38", "38 € HT" are not supported; a symbol or code at either end is.
  for (let i = 0; i < 2; i++) s = s.replace(CURRENCY, '');
  // "-€32" → "-32" once the symbol is gone from between the sign and the digits.
  return s.replace(/^([-+])(?:[€$£¥])/, '$1');
}

/**
 * Reads a number typed in `lang` ("12,5" in French, "12.5" or "1,234" in English; both accept the other's
 * decimal mark when it cannot be a thousands separator). Empty text is `undefined` (not entered yet);
 * anything else that is not a number is `NaN`.
 */
export function parseUserNumber(text: string, lang: Lang = 'fr'): number | undefined {
  let s = compact(text);
  if (s === '') return undefined;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  const groupedBy = (mark: ',' | '.') => new RegExp(`^[-+]?[1-9]\\d{0,2}(\\${mark}\\d{3})+$`).test(s);
  if (comma >= 0 && dot >= 0) {
    // Both marks: the last one is the decimal mark ("1,234.5", "1.234,5").
    const [group, decimal] = comma > dot ? ['.', ','] : [',', '.'];
    const [whole = '', fraction = ''] = s.split(decimal);
    if (!new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})*$`).test(whole) || s.split(decimal).length > 2)
      return Number.NaN;
    s = `${whole.split(group).join('')}.${fraction}`;
  } else if (comma >= 0) {
    // "200,000" and "1,234,567" group thousands in English; "12,5" is a decimal everywhere.
    if ((lang === 'en' && groupedBy(',')) || /,.*,/.test(s)) {
      if (!groupedBy(',')) return Number.NaN;
      s = s.replace(/,/g, '');
    } else s = s.replace(',', '.');
  } else if (dot >= 0 && /\..*\./.test(s)) {
    // "1.234.567": dots group thousands (a single dot is a decimal in either language).
    if (!groupedBy('.')) return Number.NaN;
    s = s.replace(/\./g, '');
  }
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/** A number for an input box, in the user's language ("12,5" in French). Percent fractions ×100. */
export function formatUserNumber(value: number | undefined, lang: Lang, percent = false): string {
  if (value === undefined) return '';
  const shown = percent ? Number((value * 100).toPrecision(12)) : value;
  const text = String(shown);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/**
 * How a typed number was understood, for the field's hint: grouped thousands and the language's decimal
 * mark ("1 234,5", "200,000"), or undefined when the text is empty or not a number.
 */
export function understoodNumber(text: string, lang: Lang, suffix = ''): string | undefined {
  const n = parseUserNumber(text, lang);
  if (n === undefined || Number.isNaN(n)) return undefined;
  const shown = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
    maximumFractionDigits: 10,
  }).format(n);
  return suffix === '' ? shown : `${shown}${lang === 'fr' ? '\u00a0' : ''}${suffix}`;
}

/** Divides by 100 without 2.4/100 = 0.024000000000000004. */
export function fromPercent(value: number): number {
  return Number((value / 100).toPrecision(12));
}
