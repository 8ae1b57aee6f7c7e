import type { Lang } from '../core/i18n';
import type { Unit as KpiUnit } from '../core/vocabulary';

// Sheets number-format patterns. Separators follow the spreadsheet's locale, so one pattern serves
// French and English users; only the currency symbol's side changes with the plan's language.

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥', CHF: 'CHF', CAD: 'CA$' };

export const DATE_FORMAT = 'yyyy-mm-dd';
export const PERCENT_FORMAT = '0.0%';
export const NUMBER_FORMAT = '#,##0.00';
export const FRACTION_FORMAT = '0.00';

export function currencyFormat(currency: string, lang: Lang): string {
  const symbol = (SYMBOLS[currency] ?? currency).replace(/"/g, '');
  return lang === 'fr' ? `#,##0.00 [$${symbol}]` : `[$${symbol}]#,##0.00`;
}

/** The format of a KPI's values (baseline, target, tracked values) by its unit. */
export function unitFormat(unit: KpiUnit, currency: string, lang: Lang): string {
  switch (unit) {
    case 'percent':
      return PERCENT_FORMAT;
    case 'currency':
      return currencyFormat(currency, lang);
    case 'duration':
    case 'number':
      return NUMBER_FORMAT;
  }
}
