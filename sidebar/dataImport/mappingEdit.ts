// The import panel's changes to a mapping, pure: a KPI fed by one column of the file, by a rate's two
// components (numerator ÷ denominator), or by nothing. The result keeps the KPIs in the plan's order,
// so the preview and the apply read the same mapping the user sees.

export type ImportRule = 'sum' | 'last' | 'average' | 'ratio';

export interface KpiMapping {
  kpiId: string;
  rule: ImportRule;
  column?: string;
  numerator?: string;
  denominator?: string;
  scale?: number;
}

export interface Mapping {
  source: string;
  dateColumn: string;
  mode: 'formulas' | 'values';
  overwrite: boolean;
  kpis: KpiMapping[];
}

/** A KPI's mapping as one of the panel's choices: none, a column, or a rate's two columns. */
export type Choice =
  | { kind: 'none' }
  | { kind: 'column'; column: string }
  | { kind: 'ratio'; numerator: string; denominator: string };

export function choiceOf(m: KpiMapping | undefined): Choice {
  if (!m) return { kind: 'none' };
  if (m.rule === 'ratio')
    return { kind: 'ratio', numerator: m.numerator ?? '', denominator: m.denominator ?? '' };
  return { kind: 'column', column: m.column ?? '' };
}

export interface ChoiceContext {
  /** The plan's KPIs, in order. */
  readonly order: readonly string[];
  /** The rule a KPI's single column adds up with (the server's columnRules). */
  readonly columnRules: Readonly<Record<string, ImportRule>>;
  /** The suggestion, whose scale a rate keeps (CPM is per thousand). */
  readonly suggested: Mapping;
}

/** The mapping with `kpiId` fed as `choice`; a rate's components may be empty until the user picks them. */
export function choose(mapping: Mapping, kpiId: string, choice: Choice, ctx: ChoiceContext): Mapping {
  const others = mapping.kpis.filter((k) => k.kpiId !== kpiId);
  let next: KpiMapping | undefined;
  if (choice.kind === 'column')
    next = { kpiId, rule: ctx.columnRules[kpiId] ?? 'sum', column: choice.column };
  if (choice.kind === 'ratio') {
    const before = [...mapping.kpis, ...ctx.suggested.kpis].find(
      (k) => k.kpiId === kpiId && k.rule === 'ratio' && k.scale !== undefined,
    );
    next = {
      kpiId,
      rule: 'ratio',
      numerator: choice.numerator,
      denominator: choice.denominator,
      ...(before?.scale !== undefined ? { scale: before.scale } : {}),
    };
  }
  const kpis = next ? [...others, next] : others;
  const rank = (id: string) => {
    const i = ctx.order.indexOf(id);
    return i < 0 ? ctx.order.length : i;
  };
  return { ...mapping, kpis: kpis.sort((a, b) => rank(a.kpiId) - rank(b.kpiId)) };
}

/** KPIs whose rate still lacks a component (the preview and the import wait for them). */
export function incomplete(mapping: Mapping): string[] {
  return mapping.kpis
    .filter((k) => (k.rule === 'ratio' ? !k.numerator || !k.denominator : !k.column))
    .map((k) => k.kpiId);
}

/** When the user switches a KPI to a rate: the suggestion's components if it had some, else none yet. */
export function ratioStart(kpiId: string, suggested: Mapping): Choice {
  const s = suggested.kpis.find((k) => k.kpiId === kpiId && k.rule === 'ratio');
  return { kind: 'ratio', numerator: s?.numerator ?? '', denominator: s?.denominator ?? '' };
}
