import type { KpiMapping } from '../../core/dataImport/mapping';
import { columnLetter, quoteSheetName } from '../a1';

// The native formula a Tracking cell holds for an imported KPI and a period: SUMIFS/AVERAGEIFS/MAXIFS
// over whole columns of the data sheet, so a client without the add-on sees live numbers and a newer
// export pasted over the data sheet updates the scorecard. A period with no row reads "" (the Scorecard
// counts only numbers), as does a rate whose denominator is 0. Canonical syntax, as Apps Script writes.

export interface FormulaColumns {
  /** 1-based columns of the data sheet. */
  readonly date: number;
  readonly column?: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

const DATE = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `DATE(${y},${m},${d})`;
};

export function importFormula(
  mapping: KpiMapping,
  dataSheet: string,
  columns: FormulaColumns,
  period: { readonly start: string; readonly end: string },
): string {
  const ref = (c: number | undefined) => {
    const letter = columnLetter(c ?? 1);
    return `${quoteSheetName(dataSheet)}!$${letter}:$${letter}`;
  };
  const D = ref(columns.date);
  const crit = `${D},">="&${DATE(period.start)},${D},"<="&${DATE(period.end)}`;
  let body: string;
  switch (mapping.rule) {
    case 'sum':
      body = `SUMIFS(${ref(columns.column)},${crit})`;
      break;
    case 'average':
      body = `IFERROR(AVERAGEIFS(${ref(columns.column)},${crit}),"")`;
      break;
    case 'last':
      body = `SUMIFS(${ref(columns.column)},${D},MAXIFS(${D},${crit}))`;
      break;
    case 'ratio': {
      const scale = mapping.scale && mapping.scale !== 1 ? `*${mapping.scale}` : '';
      body = `IFERROR(SUMIFS(${ref(columns.numerator)},${crit})/SUMIFS(${ref(columns.denominator)},${crit})${scale},"")`;
      break;
    }
  }
  return `=IF(COUNTIFS(${crit})=0,"",${body})`;
}
