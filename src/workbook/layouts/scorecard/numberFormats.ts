import type { KpiUnit } from '../../../core/kpiLibrary/schema';

// Number formats of the Scorecard's cells, per KPI unit. Patterns are Sheets patterns (they survive an
// .xlsx download): '.' and ',' are the pattern's decimal and grouping marks, shown in the spreadsheet's
// locale ("1 234,5" in French).

/** Currencies whose symbol goes before the number (en-style); the others follow it ("1 234 €"). */
const SYMBOL_BEFORE: Readonly<Record<string, string>> = {
  USD: '$',
  GBP: '£',
  JPY: '¥',
  CAD: 'CA$',
  AUD: 'A$',
};
const SYMBOL_AFTER: Readonly<Record<string, string>> = {
  EUR: '€',
  CHF: 'CHF',
  SEK: 'kr',
  NOK: 'kr',
  DKK: 'kr',
};

export function currencyFormat(currency: string): string {
  const before = SYMBOL_BEFORE[currency];
  if (before) return `[$${before}]#,##0`;
  return `#,##0 [$${SYMBOL_AFTER[currency] ?? currency}]`;
}

/**
 * How a value, a target or a forecast of this unit is shown. Durations are in seconds (" s").
 * Numbers keep one or two decimals ('#,##0.0#'): '#,##0.##' would show whole numbers with a dangling
 * separator ("10," / "10.") in Sheets and Excel.
 */
export function valueFormat(unit: KpiUnit, currency: string): string {
  switch (unit) {
    case 'percent':
      return '0.0%';
    case 'currency':
      return currencyFormat(currency);
    case 'duration':
      return '#,##0" s"';
    case 'number':
      return '#,##0.0#';
  }
}

/** Adds an explicit "+" to positive numbers: a variance or a change reads as a signed gap. */
function signed(pattern: string): string {
  return `+${pattern};-${pattern};${pattern}`;
}

/**
 * How a difference of two values of this unit (absolute variance, change, gap to benchmark) is shown.
 * Percent KPIs are fractions, so a difference is a gap in percentage points: the formulas give it in
 * points (the fractions' difference times 100, ./kpiFormulas.ts) and the pattern says "pts", which
 * French and English both write (« +1,2 pts », "+1.2 pts"); a number format cannot scale by 100
 * without printing "%".
 */
export function differenceFormat(unit: KpiUnit, currency: string): string {
  if (unit === 'percent') return signed('0.0" pts"');
  return signed(valueFormat(unit, currency));
}

export const FORMATS = {
  /** Relative variance: +12.5 %. */
  variancePct: signed('0.0%'),
  attainment: '0%',
  /** Pace: actual progress over expected progress, 1 = on pace, shown as 100 %. */
  pace: '0%',
  cap: '0%',
  band: '0%',
  weight: '0.0#',
  date: { fr: 'dd/mm/yyyy', en: 'yyyy-mm-dd' },
} as const;
