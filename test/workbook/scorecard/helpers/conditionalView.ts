import type { ConditionalFormatSpec, RuleFormat, SheetSpec } from '../../../../src/workbook/types';
import type { EvaluatedWorkbook } from './formulaEngine';

// What colour a cell shows under a sheet's conditional-format rules, the way Sheets decides it: rules in
// order, the first whose range holds the cell and whose condition is true wins; a custom formula is
// written for the top-left cell of the rule's first range and moves with the cell (relative parts only);
// a gradient colours every number. A stand-in for the emulator's view(sheet) until that lands.

function parseA1(a1: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!match) throw new Error(`conditionalView: "${a1}" is not a cell reference.`);
  let column = 0;
  for (const ch of match[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

function rangeBounds(a1: string) {
  const [from, to] = a1.split(':') as [string, string | undefined];
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

function contains(a1: string, row: number, column: number): boolean {
  const r = rangeBounds(a1);
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
}

/** Moves the row-relative references ($C7, C7) of a rule formula down by `rows` (our rules never move columns). */
export function shiftRows(formula: string, rows: number): string {
  return formula.replace(
    /("[^"]*")|(\$?[A-Z]+)(\$?)(\d+)/g,
    (whole, str, col: string, dollar: string, row: string) => {
      if (str) return whole;
      return dollar ? whole : `${col}${Number(row) + rows}`;
    },
  );
}

export interface CellColours {
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

function hex(c: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
}

function mix(a: string, b: string, t: number): string {
  const [x, y] = [hex(a), hex(b)];
  return `#${x
    .map((v, i) =>
      Math.round(v + ((y[i] as number) - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function gradientColour(rule: Extract<ConditionalFormatSpec, { kind: 'gradient' }>, value: number): string {
  const points = [rule.min, ...(rule.mid ? [rule.mid] : []), rule.max].map((p) => ({
    v: p.value ?? 0,
    c: p.color,
  }));
  const first = points[0] as { v: number; c: string };
  const last = points[points.length - 1] as { v: number; c: string };
  if (value <= first.v) return first.c;
  if (value >= last.v) return last.c;
  for (let i = 1; i < points.length; i++) {
    const [lo, hi] = [points[i - 1] as { v: number; c: string }, points[i] as { v: number; c: string }];
    if (value <= hi.v) return mix(lo.c, hi.c, (value - lo.v) / (hi.v - lo.v));
  }
  return last.c;
}

export function conditionalColours(
  workbook: EvaluatedWorkbook,
  sheet: SheetSpec,
  row: number,
  column: number,
  scratch: { row: number; column: number },
): CellColours | undefined {
  for (const rule of sheet.conditionalFormats ?? []) {
    if (!rule.ranges.some((r) => contains(r, row, column))) continue;
    if (rule.kind === 'gradient') {
      const value = workbook.get(sheet.name, row, column);
      if (typeof value === 'number') return { background: gradientColour(rule, value) };
      continue;
    }
    if (rule.kind !== 'formula')
      throw new Error('conditionalView: only formula and gradient rules are used here.');
    const origin = rangeBounds(rule.ranges[0] as string);
    const formula = shiftRows(rule.formula, row - origin.top);
    if (formula.includes('!')) throw new Error(`conditional formula references another sheet: ${formula}`);
    const result = workbook.evaluateAt(sheet.name, scratch.row, scratch.column, formula);
    if (result === true) return pick(rule.format);
  }
  return undefined;
}

function pick(format: RuleFormat): CellColours {
  return { background: format.background, fontColor: format.fontColor, bold: format.bold };
}
