import type { ConditionalFormatSpec, RuleFormat } from '../spec';
import type { SpreadsheetServices } from './services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type RuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

// setConditionalFormatRules replaces every rule of a sheet, so a rebuild reads the rules, drops only
// KPI Kit's own, keeps the user's, and writes them back with the new ones. KPI Kit's rules are told
// apart in two ways, both surviving a user's edits to other rules:
// - a custom-formula rule carries a harmless marker: the applier writes `=(<formula>)+N("kpikit")`
//   (N of a text is 0, so the rule fires exactly when the formula is true);
// - a colour-scale or criteria rule cannot carry a marker, so the sheet's developer metadata
//   `kpikit.cf` lists the ranges KPI Kit gave such rules; a rule over exactly those ranges is ours.

export const CF_MARKER = '+N("kpikit")';
export const CF_METADATA_KEY = 'kpikit.cf';

export function markFormula(formula: string): string {
  if (!formula.startsWith('='))
    throw new Error(`conditional-format formula "${formula}" must start with "=".`);
  return `=(${formula.slice(1)})${CF_MARKER}`;
}

/** The identity of a rule's ranges: their A1 notations, sorted. */
export function rangesKey(a1s: readonly string[]): string {
  return [...a1s]
    .map((a) => a.toUpperCase())
    .sort()
    .join(',');
}

/** Ranges signatures of our non-formula rules, as stored in `kpikit.cf`. */
export function ownedRangesOf(specs: readonly ConditionalFormatSpec[]): string[] {
  return specs.filter((s) => s.kind !== 'formula').map((s) => rangesKey(s.ranges));
}

/** The sheet's rules that are not KPI Kit's (read cost: a few calls per existing rule). */
export function userRules(sheet: Sheet, ownedRanges: ReadonlySet<string>): Rule[] {
  return sheet.getConditionalFormatRules().filter((rule) => {
    const condition = rule.getBooleanCondition();
    if (condition) {
      const values = condition.getCriteriaValues();
      if (values.some((v) => typeof v === 'string' && v.includes(CF_MARKER))) return false;
    }
    if (ownedRanges.size === 0) return true;
    const key = rangesKey(rule.getRanges().map((r) => r.getA1Notation()));
    return !ownedRanges.has(key);
  });
}

function withFormat(builder: RuleBuilder, format: RuleFormat): RuleBuilder {
  let b = builder;
  if (format.background) b = b.setBackground(format.background);
  if (format.fontColor) b = b.setFontColor(format.fontColor);
  if (format.bold !== undefined) b = b.setBold(format.bold);
  if (format.italic !== undefined) b = b.setItalic(format.italic);
  if (format.strikethrough !== undefined) b = b.setStrikethrough(format.strikethrough);
  return b;
}

function withCriterion(
  builder: RuleBuilder,
  spec: Extract<ConditionalFormatSpec, { kind: 'criteria' }>,
): RuleBuilder {
  const [a, b] = spec.values ?? [];
  const num = (v: unknown) => Number(v);
  switch (spec.criterion) {
    case 'numberGreaterThan':
      return builder.whenNumberGreaterThan(num(a));
    case 'numberGreaterThanOrEqualTo':
      return builder.whenNumberGreaterThanOrEqualTo(num(a));
    case 'numberLessThan':
      return builder.whenNumberLessThan(num(a));
    case 'numberLessThanOrEqualTo':
      return builder.whenNumberLessThanOrEqualTo(num(a));
    case 'numberBetween':
      return builder.whenNumberBetween(num(a), num(b));
    case 'numberEqualTo':
      return builder.whenNumberEqualTo(num(a));
    case 'textEqualTo':
      return builder.whenTextEqualTo(String(a ?? ''));
    case 'textContains':
      return builder.whenTextContains(String(a ?? ''));
    case 'cellEmpty':
      return builder.whenCellEmpty();
    case 'cellNotEmpty':
      return builder.whenCellNotEmpty();
  }
}

export function buildRule(
  spec: ConditionalFormatSpec,
  app: SpreadsheetServices,
  range: (a1: string) => GoogleAppsScript.Spreadsheet.Range,
): Rule {
  let builder = app.newConditionalFormatRule();
  if (spec.kind === 'formula') {
    builder = withFormat(builder.whenFormulaSatisfied(markFormula(spec.formula)), spec.format);
  } else if (spec.kind === 'criteria') {
    builder = withFormat(withCriterion(builder, spec), spec.format);
  } else {
    const type = app.InterpolationType;
    const kind = (p: { type: string }) =>
      ({
        min: type.MIN,
        max: type.MAX,
        number: type.NUMBER,
        percent: type.PERCENT,
        percentile: type.PERCENTILE,
      })[p.type as 'min'];
    const point = (p: { type: string; value?: number }) => String(p.value ?? '');
    builder = builder.setGradientMinpointWithValue(spec.min.color, kind(spec.min), point(spec.min));
    if (spec.mid)
      builder = builder.setGradientMidpointWithValue(spec.mid.color, kind(spec.mid), point(spec.mid));
    builder = builder.setGradientMaxpointWithValue(spec.max.color, kind(spec.max), point(spec.max));
  }
  return builder.setRanges(spec.ranges.map(range)).build();
}
