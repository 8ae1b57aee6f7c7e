/**
 * SpreadsheetApp.newConditionalFormatRule(): the builder, the built rule and its conditions, with the
 * getters a read-merge-write of setConditionalFormatRules needs.
 */
import { unwrap } from '../calls';
import { BooleanCriteria, InterpolationType } from '../enums';
import type {
  BooleanRuleData,
  ConditionalRuleData,
  GradientPoint,
  GradientRuleData,
  RuleRange,
} from '../model/sheetModel';
import { colorObject, type Wrap } from './color';
import { normalizeColorInput } from '../colorInput';

/** Turns a Range handed in by script code into the area it covers. */
export type RangeResolver = (range: unknown) => RuleRange;
/** Turns an area back into a (wrapped) Range. */
export type RangeFactory = (area: RuleRange) => GoogleAppsScript.Spreadsheet.Range;

/** A deep copy, so a rule handed out or kept cannot be changed through another reference. */
export function cloneRule(rule: ConditionalRuleData): ConditionalRuleData {
  return {
    ranges: rule.ranges.map((r) => ({ ...r })),
    boolean: rule.boolean ? { ...rule.boolean, values: [...rule.boolean.values] } : null,
    gradient: rule.gradient
      ? {
          min: rule.gradient.min && { ...rule.gradient.min },
          mid: rule.gradient.mid && { ...rule.gradient.mid },
          max: rule.gradient.max && { ...rule.gradient.max },
        }
      : null,
  };
}

function emptyBoolean(criteria: string, values: unknown[]): BooleanRuleData {
  return {
    criteria,
    values,
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    underline: null,
  };
}

export interface RuleServices {
  wrap: Wrap;
  resolveRange: RangeResolver;
  makeRange: RangeFactory;
}

/** The data behind a built ConditionalFormatRule handed back by script code. */
export function ruleData(rule: unknown): ConditionalRuleData {
  const impl = unwrap(rule) as { _data?: ConditionalRuleData };
  if (!impl || !impl._data)
    throw new Error('Expected a ConditionalFormatRule built with SpreadsheetApp.newConditionalFormatRule().');
  return impl._data;
}

export function makeRule(
  data: ConditionalRuleData,
  services: RuleServices,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const { wrap } = services;
  const impl = {
    _data: data,
    copy: () => makeBuilder(cloneRule(data), services),
    getRanges: () => data.ranges.map((r) => services.makeRange(r)),
    getBooleanCondition: () => (data.boolean ? booleanCondition(data.boolean, wrap) : null),
    getGradientCondition: () => (data.gradient ? gradientCondition(data.gradient, wrap) : null),
  };
  return wrap(impl, 'ConditionalFormatRule');
}

function booleanCondition(b: BooleanRuleData, wrap: Wrap): GoogleAppsScript.Spreadsheet.BooleanCondition {
  return wrap(
    {
      getCriteriaType: () => b.criteria,
      getCriteriaValues: () => [...b.values],
      getBackground: () => b.background,
      getBackgroundObject: () => (b.background === null ? null : colorObject(b.background, wrap)),
      getFontColor: () => b.fontColor,
      getFontColorObject: () => (b.fontColor === null ? null : colorObject(b.fontColor, wrap)),
      getBold: () => b.bold,
      getItalic: () => b.italic,
      getStrikethrough: () => b.strikethrough,
      getUnderline: () => b.underline,
    },
    'BooleanCondition',
  );
}

function gradientCondition(g: GradientRuleData, wrap: Wrap): GoogleAppsScript.Spreadsheet.GradientCondition {
  const point = (p: GradientPoint | null) => ({
    color: () => p?.color ?? '',
    object: () => (p ? colorObject(p.color, wrap) : null),
    type: () => p?.type ?? null,
    value: () => p?.value ?? '',
  });
  const min = point(g.min);
  const mid = point(g.mid);
  const max = point(g.max);
  return wrap(
    {
      getMinColor: min.color,
      getMinColorObject: min.object,
      getMinType: min.type,
      getMinValue: min.value,
      getMidColor: mid.color,
      getMidColorObject: mid.object,
      getMidType: mid.type,
      getMidValue: mid.value,
      getMaxColor: max.color,
      getMaxColorObject: max.object,
      getMaxType: max.type,
      getMaxValue: max.value,
    },
    'GradientCondition',
  );
}

export function newConditionalFormatRule(
  services: RuleServices,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  return makeBuilder({ ranges: [], boolean: null, gradient: null }, services);
}

function makeBuilder(
  data: ConditionalRuleData,
  services: RuleServices,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  // A boolean condition and a gradient are exclusive: setting one clears the other, as in Apps Script.
  const bool = (): BooleanRuleData => {
    data.gradient = null;
    return (data.boolean ??= emptyBoolean(BooleanCriteria.CELL_NOT_EMPTY as unknown as string, []));
  };
  const when = (criteria: string, ...values: unknown[]) => {
    const b = bool();
    b.criteria = criteria;
    b.values = values;
    return self;
  };
  const grad = (): GradientRuleData => {
    data.boolean = null;
    return (data.gradient ??= { min: null, mid: null, max: null });
  };
  const point = (which: 'min' | 'mid' | 'max', color: string, type: string, value: string) => {
    grad()[which] = { color, type: String(type), value: String(value) };
    return self;
  };
  const impl = {
    build: () => makeRule(cloneRule(data), services),
    copy: () => makeBuilder(cloneRule(data), services),
    getRanges: () => data.ranges.map((r) => services.makeRange(r)),
    getBooleanCondition: () => (data.boolean ? booleanCondition(data.boolean, services.wrap) : null),
    getGradientCondition: () => (data.gradient ? gradientCondition(data.gradient, services.wrap) : null),
    setRanges: (ranges: unknown[]) => {
      data.ranges = ranges.map((r) => services.resolveRange(r));
      return self;
    },
    setBackground: (color: string | null) => (
      (bool().background = normalizeColorInput(color, 'color') ?? null),
      self
    ),
    setFontColor: (color: string | null) => (
      (bool().fontColor = normalizeColorInput(color, 'color') ?? null),
      self
    ),
    setBold: (bold: boolean | null) => ((bool().bold = bold), self),
    setItalic: (italic: boolean | null) => ((bool().italic = italic), self),
    setStrikethrough: (s: boolean | null) => ((bool().strikethrough = s), self),
    setUnderline: (u: boolean | null) => ((bool().underline = u), self),
    whenCellEmpty: () => when('CELL_EMPTY'),
    whenCellNotEmpty: () => when('CELL_NOT_EMPTY'),
    whenFormulaSatisfied: (formula: string) => when('CUSTOM_FORMULA', formula),
    whenNumberBetween: (a: number, b: number) => when('NUMBER_BETWEEN', a, b),
    whenNumberNotBetween: (a: number, b: number) => when('NUMBER_NOT_BETWEEN', a, b),
    whenNumberEqualTo: (n: number) => when('NUMBER_EQUAL_TO', n),
    whenNumberNotEqualTo: (n: number) => when('NUMBER_NOT_EQUAL_TO', n),
    whenNumberGreaterThan: (n: number) => when('NUMBER_GREATER_THAN', n),
    whenNumberGreaterThanOrEqualTo: (n: number) => when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n),
    whenNumberLessThan: (n: number) => when('NUMBER_LESS_THAN', n),
    whenNumberLessThanOrEqualTo: (n: number) => when('NUMBER_LESS_THAN_OR_EQUAL_TO', n),
    whenTextContains: (t: string) => when('TEXT_CONTAINS', t),
    whenTextDoesNotContain: (t: string) => when('TEXT_DOES_NOT_CONTAIN', t),
    whenTextEqualTo: (t: string) => when('TEXT_EQUAL_TO', t),
    whenTextStartsWith: (t: string) => when('TEXT_STARTS_WITH', t),
    whenTextEndsWith: (t: string) => when('TEXT_ENDS_WITH', t),
    whenDateAfter: (d: unknown) => when('DATE_AFTER', d),
    whenDateBefore: (d: unknown) => when('DATE_BEFORE', d),
    whenDateEqualTo: (d: unknown) => when('DATE_EQUAL_TO', d),
    withCriteria: (criteria: unknown, args: unknown[]) => when(String(criteria), ...args),
    setGradientMinpoint: (color: string) =>
      point('min', color, InterpolationType.MIN as unknown as string, ''),
    setGradientMaxpoint: (color: string) =>
      point('max', color, InterpolationType.MAX as unknown as string, ''),
    setGradientMinpointWithValue: (color: string, type: unknown, value: string) =>
      point('min', color, String(type), value),
    setGradientMidpointWithValue: (color: string, type: unknown, value: string) =>
      point('mid', color, String(type), value),
    setGradientMaxpointWithValue: (color: string, type: unknown, value: string) =>
      point('max', color, String(type), value),
  };
  const self: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder = services.wrap(
    impl,
    'ConditionalFormatRuleBuilder',
  );
  return self;
}
