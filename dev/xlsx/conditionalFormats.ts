// Sheets conditional-format rules (as the emulator's snapshot holds them) to Excel rules. Sheets applies
// the first rule whose condition holds and ignores the rest; Excel applies every true rule, the one with
// the lower priority number winning where they set the same property. Priorities follow Sheets' order,
// so exclusive rules (KPI Kit's statuses) look the same; overlapping rules that set different properties
// (one a fill, the next a font) combine in Excel (ExcelJS 4.4 cannot write `stopIfTrue`). Every boolean
// condition becomes an expression rule relative to the top-left cell of the rule's first range.
import type { ConditionalFormattingRule, Cvfo } from 'exceljs';
import type { BooleanRuleData, GradientPoint, GradientRuleData } from '../emulator/model/sheetModel';
import { argb } from './cellValues';
import { toExcelFormula } from './formulas';

/** A rule as the emulator's snapshot writes it (snapshot.ts `ruleJson`): its ranges in A1. */
export interface SnapshotRule {
  ranges: string[];
  boolean?: BooleanRuleData;
  gradient?: GradientRuleData;
}

export interface ExcelConditionalFormat {
  readonly ref: string;
  readonly rules: ConditionalFormattingRule[];
}

const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `"${String(v).replace(/"/g, '""')}"`);

/** The boolean condition as an Excel expression on the cell `at` (its top-left A1), or null. */
function conditionFormula(rule: BooleanRuleData, at: string): string | null {
  const [a, b] = rule.values;
  const num = (op: string) => `AND(ISNUMBER(${at}),${at}${op}${literal(a)})`;
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA':
      return typeof a === 'string' ? a.replace(/^=/, '') : null;
    case 'NUMBER_GREATER_THAN':
      return num('>');
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num('>=');
    case 'NUMBER_LESS_THAN':
      return num('<');
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num('<=');
    case 'NUMBER_EQUAL_TO':
      return num('=');
    case 'NUMBER_NOT_EQUAL_TO':
      return num('<>');
    case 'NUMBER_BETWEEN':
      return `AND(ISNUMBER(${at}),${at}>=MIN(${literal(a)},${literal(b)}),${at}<=MAX(${literal(a)},${literal(b)}))`;
    case 'NUMBER_NOT_BETWEEN':
      return `AND(ISNUMBER(${at}),OR(${at}<MIN(${literal(a)},${literal(b)}),${at}>MAX(${literal(a)},${literal(b)})))`;
    case 'TEXT_EQUAL_TO':
      return `${at}=${literal(a)}`;
    case 'TEXT_CONTAINS':
      return `ISNUMBER(SEARCH(${literal(a)},${at}))`;
    case 'TEXT_DOES_NOT_CONTAIN':
      return `NOT(ISNUMBER(SEARCH(${literal(a)},${at})))`;
    case 'TEXT_STARTS_WITH':
      return `LEFT(${at},LEN(${literal(a)}))=${literal(a)}`;
    case 'TEXT_ENDS_WITH':
      return `RIGHT(${at},LEN(${literal(a)}))=${literal(a)}`;
    case 'CELL_EMPTY':
      return `LEN(${at}&"")=0`;
    case 'CELL_NOT_EMPTY':
      return `LEN(${at}&"")>0`;
    default:
      return null;
  }
}

const CFVO: Record<string, Cvfo['type']> = {
  MIN: 'min',
  MAX: 'max',
  NUMBER: 'num',
  PERCENT: 'percent',
  PERCENTILE: 'percentile',
};

function cfvo(point: GradientPoint, fallback: 'MIN' | 'MAX'): Cvfo | null {
  const type = CFVO[point.type || fallback];
  if (!type) return null;
  if (type === 'min' || type === 'max') return { type };
  const value = Number(point.value);
  return Number.isFinite(value) ? { type, value } : null;
}

/**
 * The Excel rules of one sheet, in Sheets' order. `warn` receives what could not be carried over.
 * `customFunctions` are the add-on's functions, which Excel cannot evaluate in a rule either.
 */
export function excelConditionalFormats(
  rules: readonly SnapshotRule[],
  customFunctions: ReadonlySet<string>,
  warn: (message: string) => void,
): ExcelConditionalFormat[] {
  const out: ExcelConditionalFormat[] = [];
  rules.forEach((rule, index) => {
    const ref = rule.ranges.join(' ');
    const first = (rule.ranges[0] ?? 'A1').split(':')[0] ?? 'A1';
    const priority = index + 1;
    if (rule.boolean) {
      const b = rule.boolean;
      const condition = conditionFormula(b, first);
      const translated = condition === null ? null : toExcelFormula(`=${condition}`, customFunctions);
      if (!translated || translated.kind !== 'formula') {
        warn(`conditional format ${index + 1} on ${ref} (${b.criteria}) has no Excel equivalent: left out`);
        return;
      }
      const font = {
        ...(b.fontColor ? { color: { argb: argb(b.fontColor) } } : {}),
        ...(b.bold !== null ? { bold: b.bold } : {}),
        ...(b.italic !== null ? { italic: b.italic } : {}),
        ...(b.strikethrough !== null ? { strike: b.strikethrough } : {}),
        ...(b.underline !== null ? { underline: b.underline } : {}),
      };
      out.push({
        ref,
        rules: [
          {
            type: 'expression',
            priority,
            formulae: [translated.formula],
            style: {
              ...(b.background
                ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(b.background) } } }
                : {}),
              ...(Object.keys(font).length > 0 ? { font } : {}),
            },
          },
        ],
      });
      return;
    }
    if (rule.gradient) {
      const g = rule.gradient;
      const points = [
        g.min ? cfvo(g.min, 'MIN') : null,
        g.mid ? cfvo(g.mid, 'MIN') : null,
        g.max ? cfvo(g.max, 'MAX') : null,
      ];
      const colours = [g.min?.color, g.mid?.color, g.max?.color];
      const kept = points
        .map((p, i) => ({ p, colour: colours[i] }))
        .filter((x): x is { p: Cvfo; colour: string } => x.p !== null && typeof x.colour === 'string');
      if (kept.length < 2) {
        warn(`colour scale ${index + 1} on ${ref} has points Excel cannot read: left out`);
        return;
      }
      out.push({
        ref,
        rules: [
          {
            type: 'colorScale',
            priority,
            cfvo: kept.map((k) => k.p),
            color: kept.map((k) => ({ argb: argb(k.colour) })),
          },
        ],
      });
    }
  });
  return out;
}
