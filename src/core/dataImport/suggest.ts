import type { Translated } from '../i18n';
import { foldText } from '../text';
import type { Aggregation, Unit } from '../vocabulary';
import type { DataImportMapping, ImportRule, KpiMapping } from './mapping';
import type { ImportTable } from './types';
import { CONCEPTS, KPI_SOURCES, columnsOf } from './vendors';

// The mapping the preview suggests: for each KPI of the plan, the file's column that carries it (found
// by the KPI's name, its library names and aliases in both languages, and the exports' own words), or
// the two columns its rate is recomputed from; and the rule that adds rows up within a period.

export interface PlanKpi {
  readonly id: string;
  readonly name: string;
  readonly libraryId?: string;
  readonly unit: Unit;
  readonly aggregation: Aggregation;
  /** The library says it is a count over time: its rows add up within a period whatever `aggregation`. */
  readonly flow?: boolean;
}

/** A library entry's names and aliases, in both languages (src/core/kpiLibrary). */
export type LibraryWords = (libraryId: string) => readonly string[];

const stripCurrency = (folded: string) => folded.replace(/\s*\([a-z]{3}\)$/, '');

/**
 * The rule for a KPI's own column: its unit and its plan aggregation say what the number is. A flow
 * whose target is a monthly level (sessions, `last`) still sums its days into the month's value.
 */
export function ruleFor(kpi: Pick<PlanKpi, 'unit' | 'aggregation' | 'flow'>): ImportRule {
  if (kpi.unit === 'percent') return 'average';
  if (kpi.flow) return 'sum';
  return kpi.aggregation;
}

export const RULE_TEXT: Record<ImportRule, Translated> = {
  sum: { fr: 'somme des lignes de la période', en: 'sum of the period’s rows' },
  last: { fr: 'dernière valeur de la période (un niveau)', en: 'last value in the period (a level)' },
  average: {
    fr: 'moyenne des lignes de la période (le fichier n’a pas les composantes du taux)',
    en: 'average of the period’s rows (the file lacks the rate’s components)',
  },
  ratio: { fr: 'recalculé : somme de {num} ÷ somme de {den}', en: 'recomputed: sum of {num} ÷ sum of {den}' },
};

export function ruleText(m: KpiMapping, lang: 'fr' | 'en'): string {
  const text = RULE_TEXT[m.rule][lang]
    .replace('{num}', m.numerator ?? '')
    .replace('{den}', m.denominator ?? '');
  return m.scale && m.scale !== 1 ? `${text} × ${m.scale}` : text;
}

export function suggestMapping(
  table: ImportTable,
  kpis: readonly PlanKpi[],
  libraryWords: LibraryWords,
): DataImportMapping {
  const folded = table.columns.map((c) => stripCurrency(foldText(c.name)));
  const numeric = (i: number) => table.columns[i]?.type === 'number' || table.columns[i]?.type === 'percent';
  const first = (concept: string) => columnsOf(concept, folded).find(numeric);
  const name = (i: number) => table.columns[i]?.name ?? '';
  const mapped: KpiMapping[] = [];
  for (const kpi of kpis) {
    const source = kpi.libraryId ? KPI_SOURCES[kpi.libraryId] : undefined;
    if (source?.ratio) {
      const [n, d] = [first(source.ratio[0]), first(source.ratio[1])];
      if (n !== undefined && d !== undefined) {
        mapped.push({
          kpiId: kpi.id,
          rule: 'ratio',
          numerator: name(n),
          denominator: name(d),
          ...(source.scale ? { scale: source.scale } : {}),
        });
        continue;
      }
    }
    // In order of trust: the export's own words for the concept (most specific first), the KPI's name
    // in the plan, then the library's names and aliases.
    const words = [
      ...(source?.concept ? (CONCEPTS[source.concept] ?? []) : []),
      kpi.name,
      ...(kpi.libraryId ? libraryWords(kpi.libraryId) : []),
    ].map((w) => stripCurrency(foldText(w)));
    let own = -1;
    for (const word of words) {
      own = folded.findIndex((f, i) => numeric(i) && f === word);
      if (own >= 0) break;
    }
    if (own >= 0) mapped.push({ kpiId: kpi.id, rule: ruleFor(kpi), column: name(own) });
  }
  return {
    source: table.vendor ?? 'Import',
    dateColumn: name(table.dateColumn),
    mode: 'formulas',
    overwrite: false,
    kpis: mapped,
  };
}
