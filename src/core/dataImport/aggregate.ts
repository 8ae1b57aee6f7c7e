import type { KpiMapping } from './mapping';
import type { ImportRecord } from './types';

// A KPI's value for each period, computed from the rows as the formulas written in Tracking compute it
// (the preview shows these numbers; "values" mode writes them): sum, last (the rows of the period's
// latest day, added up), average of the rows, or a rate recomputed as sum ÷ sum, never an average of
// rates. A period with no row has no value; a rate whose denominator adds up to 0 has none either.

export interface DayPeriod {
  readonly key: string;
  /** Days since 1970-01-01, inclusive. */
  readonly first: number;
  readonly last: number;
}

export interface ColumnIndex {
  readonly column?: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

const num = (v: number | string | null | undefined): number => (typeof v === 'number' ? v : 0);

export function aggregateKpi(
  records: readonly ImportRecord[],
  mapping: KpiMapping,
  index: ColumnIndex,
  periods: readonly DayPeriod[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of periods) {
    const rows = records.filter((r) => r.day >= p.first && r.day <= p.last);
    if (rows.length === 0) continue;
    let value: number | undefined;
    const col = (r: ImportRecord) => num(r.values[index.column ?? -1]);
    switch (mapping.rule) {
      case 'sum':
        value = rows.reduce((s, r) => s + col(r), 0);
        break;
      case 'average': {
        // AVERAGEIFS skips empty cells: so does this.
        const filled = rows.filter((r) => typeof r.values[index.column ?? -1] === 'number');
        value = filled.length === 0 ? undefined : filled.reduce((s, r) => s + col(r), 0) / filled.length;
        break;
      }
      case 'last': {
        // A loop, not Math.max(...rows): a spread of 200,000 arguments overflows the stack.
        const lastDay = rows.reduce((m, r) => (r.day > m ? r.day : m), -Infinity);
        value = rows.filter((r) => r.day === lastDay).reduce((s, r) => s + col(r), 0);
        break;
      }
      case 'ratio': {
        const n = rows.reduce((s, r) => s + num(r.values[index.numerator ?? -1]), 0);
        const d = rows.reduce((s, r) => s + num(r.values[index.denominator ?? -1]), 0);
        value = d === 0 ? undefined : (n / d) * (mapping.scale ?? 1);
        break;
      }
    }
    if (value !== undefined) out.set(p.key, value);
  }
  return out;
}
