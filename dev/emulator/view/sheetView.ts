/**
 * What a user sees on a sheet: per cell the displayed text, the formula, and the effective
 * background and font colour after conditional formatting. Rules are evaluated in order per cell;
 * the first boolean rule whose condition holds sets the format; a colour scale colours every number
 * of its ranges. Custom-formula references are shifted from the top-left of the rule's first range
 * to the cell. A rule formula that references another sheet never matches (Sheets refuses such
 * formulas in the editor; see dev/README.md) and is reported in `warnings`.
 */
import { parseA1, toA1 } from '../a1';
import type { ConditionalRuleData, GradientPoint } from '../model/sheetModel';
import { effectiveFormat, readDisplay, readErrorMessage, readFormula, readValue } from '../cells';
import type { EmulatorContext } from '../context';
import { DetailedCellError, errorText, isDate } from '../engine/sheetsValues';
import type { SheetModel } from '../model/sheetModel';
import { dateToSerial } from '../serial';
import { interpolateColorScale, normalizeColor } from './colors';
import { evaluateBooleanCondition, type ConditionCriteria } from './conditions';
import { formatColor } from './numberFormat';
import { shiftFormula } from '../../../src/core/formula/shiftReferences';
import { bandingColor } from '../banding';

export interface CellView {
  a1: string;
  /** What getValues() returns (Dates as Date). */
  value: unknown;
  /** The text the cell shows. */
  display: string;
  formula: string;
  /** The message behind an error (e.g. a custom function's thrown Error), else undefined. */
  error?: string;
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  /** Index of the conditional-format rule that set the colours, or null. */
  rule: number | null;
  note: string;
  validation: { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string } | null;
  /** The value fails the cell's validation (Sheets marks it; scripts may still write it). */
  invalid: boolean;
}

export interface SheetView {
  name: string;
  /** One cell, by A1 ("B2") or 1-based row and column. */
  cell(a1OrRow: string | number, column?: number): CellView;
  /** Cells from A1 to the last row and column with content or formats. */
  rows: CellView[][];
  /** The displayed texts of `rows`, for readable assertions. */
  text: string[][];
  /** Hidden rows (1-based) and columns (1-based), sorted: the user does not see them. */
  hiddenRows: number[];
  hiddenColumns: number[];
  /** Problems found while evaluating conditional formats (e.g. cross-sheet references). */
  warnings: string[];
}

const CROSS_SHEET = /!/;

function stripStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/**
 * The rule formula is computed outside any cell, so ROW() and COLUMN() without arguments are replaced
 * by the cell's own row and column (as Sheets evaluates a rule in each cell).
 */
function atCell(formula: string, row: number, col: number): string {
  return formula.replace(
    /("(?:[^"]|"")*")|\bROW\(\s*\)|\bCOLUMN\(\s*\)/gi,
    (match, quoted: string | undefined) => {
      if (quoted !== undefined) return quoted;
      return /^ROW/i.test(match) ? String(row) : String(col);
    },
  );
}

function computed(ctx: EmulatorContext, model: SheetModel, formula: string): unknown {
  let v;
  try {
    v = ctx.engine.calculate(formula, model.hfId);
  } catch {
    // HyperFormula refuses a formula it cannot parse; Sheets shows #ERROR! for it.
    return '#ERROR!';
  }
  const top = Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
  if (top instanceof DetailedCellError) return errorText(top);
  return top;
}

function numericValue(value: unknown, timeZone: string): number | null {
  if (typeof value === 'number') return value;
  if (isDate(value)) return dateToSerial(value, timeZone);
  return null;
}

function contains(rule: ConditionalRuleData, row: number, col: number): boolean {
  return rule.ranges.some(
    (r) => row >= r.row && row < r.row + r.numRows && col >= r.column && col < r.column + r.numColumns,
  );
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (rank - lo);
}

export function sheetView(ctx: EmulatorContext, model: SheetModel): SheetView {
  const tz = ctx.workbook.settings.timeZone;
  const warnings: string[] = [];
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (!warned.has(message)) {
      warned.add(message);
      warnings.push(message);
    }
  };
  const gradientStops = new Map<ConditionalRuleData, Array<{ value: number; color: string }> | null>();

  const stopsFor = (rule: ConditionalRuleData) => {
    if (gradientStops.has(rule)) return gradientStops.get(rule) ?? null;
    const g = rule.gradient;
    const values: number[] = [];
    for (const r of rule.ranges) {
      for (let row = r.row; row < r.row + r.numRows; row++) {
        for (let col = r.column; col < r.column + r.numColumns; col++) {
          const v = numericValue(readValue(ctx, model, row, col), tz);
          if (v !== null) values.push(v);
        }
      }
    }
    values.sort((a, b) => a - b);
    const min = values[0] ?? 0;
    const max = values[values.length - 1] ?? 0;
    const point = (
      p: GradientPoint | null,
      fallback: 'MIN' | 'MAX',
    ): { value: number; color: string } | null => {
      if (!p) return null;
      const type = p.type || fallback;
      const raw = p.value.startsWith('=') ? Number(computed(ctx, model, p.value)) : Number(p.value);
      let value: number;
      if (type === 'MIN') value = min;
      else if (type === 'MAX') value = max;
      else if (type === 'PERCENT') value = min + ((max - min) * raw) / 100;
      else if (type === 'PERCENTILE') value = percentile(values, raw);
      else value = raw;
      return { value, color: normalizeColor(p.color) ?? '#ffffff' };
    };
    const stops = [
      point(g?.min ?? null, 'MIN'),
      point(g?.mid ?? null, 'MAX'),
      point(g?.max ?? null, 'MAX'),
    ].filter((s): s is { value: number; color: string } => s !== null && Number.isFinite(s.value));
    const result = stops.length >= 2 ? stops : null;
    gradientStops.set(rule, result);
    return result;
  };

  const cell = (row: number, col: number): CellView => {
    const meta = model.cell(row, col);
    const value = readValue(ctx, model, row, col);
    const raw = ctx.engine.value(model.hfId, row - 1, col - 1);
    const pattern = effectiveFormat(ctx, model, row, col) ?? null;
    const formatFont = typeof raw === 'number' ? formatColor(raw, pattern) : null;
    const view: CellView = {
      a1: toA1(row, col),
      value,
      display: readDisplay(ctx, model, row, col),
      formula: readFormula(ctx, model, row, col),
      background: meta?.background ?? bandingColor(model, row, col) ?? '#ffffff',
      fontColor: meta?.fontColor ?? formatFont ?? '#000000',
      bold: meta?.fontWeight === 'bold',
      italic: meta?.fontStyle === 'italic',
      rule: null,
      invalid: false,
      note: meta?.note ?? '',
      validation: meta?.validation
        ? {
            criteria: meta.validation.criteria,
            values: meta.validation.values,
            allowInvalid: meta.validation.allowInvalid,
            helpText: meta.validation.helpText,
          }
        : null,
    };
    const error = readErrorMessage(ctx, model, row, col);
    if (error !== undefined) view.error = error;
    if (meta?.validation && value !== '') {
      try {
        view.invalid = !evaluateBooleanCondition(
          meta.validation.criteria as ConditionCriteria,
          meta.validation.values,
          value,
          (formula) => computed(ctx, model, formula),
          { timeZone: tz, today: ctx.now() },
        );
      } catch (problem) {
        warn(`Validation of ${view.a1} could not be evaluated: ${(problem as Error).message}`);
      }
    }

    model.conditionalFormatRules.some((rule, index) => {
      if (!contains(rule, row, col)) return false;
      const anchor = rule.ranges[0];
      if (!anchor) return false;
      if (rule.gradient) {
        const n = numericValue(value, tz);
        const stops = stopsFor(rule);
        if (n === null || !stops) return false;
        view.background = interpolateColorScale(n, stops);
        view.rule = index;
        return true;
      }
      const b = rule.boolean;
      if (!b) return false;
      const evaluate = (formula: string): unknown => {
        const shifted = shiftFormula(formula, row - anchor.row, col - anchor.column);
        if (CROSS_SHEET.test(stripStrings(shifted))) {
          warn(
            `Rule ${index} references another sheet (${formula}); Sheets does not allow that in conditional formats, so it never matches.`,
          );
          return '#REF!';
        }
        const result = computed(ctx, model, atCell(shifted, row, col));
        // An unknown function or a syntax error is a bug in the rule, not a data condition.
        if (result === '#NAME?' || result === '#ERROR!') {
          warn(`Rule ${index} formula ${formula} gives ${result} (first at ${toA1(row, col)}).`);
        }
        return result;
      };
      let matched: boolean;
      try {
        matched = evaluateBooleanCondition(b.criteria as ConditionCriteria, b.values, value, evaluate, {
          timeZone: tz,
          today: ctx.now(),
        });
      } catch (error) {
        warn(`Rule ${index} could not be evaluated: ${(error as Error).message}`);
        matched = false;
      }
      if (!matched) return false;
      if (b.background !== null) view.background = normalizeColor(b.background) ?? view.background;
      if (b.fontColor !== null) view.fontColor = normalizeColor(b.fontColor) ?? view.fontColor;
      if (b.bold !== null) view.bold = b.bold;
      if (b.italic !== null) view.italic = b.italic;
      view.rule = index;
      return true;
    });
    return view;
  };

  // The used area is computed on first access: view(sheet).cell('B2') stays cheap on a big sheet.
  let cached: CellView[][] | undefined;
  const rows = (): CellView[][] => {
    if (cached) return cached;
    const { height, width } = ctx.engine.dimensions(model.hfId);
    let lastRow = Math.min(height, model.maxRows);
    let lastCol = Math.min(width, model.maxColumns);
    for (const [r, c] of model.metaCells()) {
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    }
    cached = [];
    for (let r = 1; r <= lastRow; r++) {
      const line: CellView[] = [];
      for (let c = 1; c <= lastCol; c++) line.push(cell(r, c));
      cached.push(line);
    }
    return cached;
  };
  return {
    name: model.name,
    cell: (a1OrRow, column) => {
      if (typeof a1OrRow === 'number') return cell(a1OrRow, column ?? 1);
      const ref = parseA1(a1OrRow);
      return cell(ref.startRow ?? 1, ref.startColumn ?? 1);
    },
    get rows() {
      return rows();
    },
    get text() {
      return rows().map((line) => line.map((c) => c.display));
    },
    hiddenRows: [...model.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...model.hiddenColumns].sort((a, b) => a - b),
    warnings,
  };
}
