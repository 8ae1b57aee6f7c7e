import { planSchema } from '../../../src/core/plan/schema';
import { layoutContext } from '../../../src/workbook/layoutContext';
import { scorecardLayout } from '../../../src/workbook/layouts/scorecard';
import { KPI_COLUMNS, scorecardGrid } from '../../../src/workbook/layouts/scorecard/positions';
import type { CellSpec, SheetSpec } from '../../../src/workbook/spec';
import { smallPlan } from './helpers/planBuilder';
import { DEFAULT_NAMES } from './helpers/workbookFixture';

// The Scorecard as data: only native functions, no magic numbers, rules that stay on their sheet,
// formats per unit, protection that leaves the selector free.

/** Native Sheets functions the Scorecard may use: all behave the same in Sheets, Excel and HyperFormula. */
const ALLOWED_FUNCTIONS = new Set([
  'ABS',
  'SQRT',
  'TEXT',
  'ROUND',
  'ARRAYFORMULA',
  'AND',
  'COUNTIF',
  'IF',
  'IFERROR',
  'INDEX',
  'ISNUMBER',
  'MATCH',
  'MAX',
  'MIN',
  'MMULT',
  'NOT',
  'OR',
  'ROWS',
  'SPARKLINE',
  'SUM',
  'SUMPRODUCT',
  'TRANSPOSE',
  'TRIM',
]);

function formulasOf(sheet: SheetSpec): { formula: string; spec: CellSpec }[] {
  return sheet.blocks.flatMap((b) =>
    b.cells.flatMap((line) =>
      line.flatMap((spec) =>
        typeof spec.value === 'object' && spec.value !== null && 'formula' in spec.value
          ? [{ formula: spec.value.formula, spec }]
          : [],
      ),
    ),
  );
}

/** The formula without its string literals and sheet names, so only functions, references and numbers remain. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, 'S!');
}

const plan = planSchema.parse({
  ...smallPlan([
    { unit: 'percent', direction: 'higher', target: 0.024, baseline: 0.018, benchmark: 0.021 },
    { unit: 'currency' },
    { unit: 'number', direction: 'target', target: 10 },
    { unit: 'duration', aggregation: 'average' },
  ]),
  currency: 'EUR',
});
const names = { ...DEFAULT_NAMES, tracking: "Suivi d'équipe", objectives: 'Objectifs (2)' };
const context = layoutContext(plan, names);
const sheet = scorecardLayout(plan, context);
const grid = scorecardGrid(context);
const kpiRow = (i: number) => sheet.blocks.find((b) => b.row === grid.firstKpiRow)?.cells[i] ?? [];
const at = (i: number, key: keyof typeof grid.columns) => kpiRow(i)[grid.columns[key] - 1] as CellSpec;

describe('scorecardLayout', () => {
  it('uses native functions only: no custom function, no LET, FILTER, XLOOKUP, OFFSET or LOOKUP', () => {
    const used = new Set<string>();
    for (const { formula } of formulasOf(sheet)) {
      for (const m of code(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1] as string);
    }
    expect([...used].filter((f) => !ALLOWED_FUNCTIONS.has(f))).toEqual([]);
    expect(used.has('SUMPRODUCT')).toBe(true);
  });

  // 100 converts a difference of two rates into percentage points: a unit, not a setting anyone tunes.
  it('keeps numeric literals out of formulas except the structural 0, 1, 2 (2·band) and 100 (points)', () => {
    const literals = new Set<string>();
    for (const { formula } of formulasOf(sheet)) {
      const bare = code(formula).replace(/\$?[A-Z]{1,3}\$?\d+/g, 'R');
      for (const m of bare.matchAll(/(?<![A-Z0-9_.])(\d+(?:\.\d+)?)/g)) literals.add(m[1] as string);
    }
    expect([...literals].sort()).toEqual(['0', '1', '100', '2']);
  });

  it('quotes sheet names with spaces and apostrophes in every cross-sheet reference', () => {
    const all = formulasOf(sheet)
      .map((f) => f.formula)
      .join('\n');
    expect(all).toContain("'Suivi d''équipe'!$E$");
    expect(all).toContain("'Objectifs (2)'!$");
  });

  it('keeps conditional-format formulas on the Scorecard (Sheets refuses other sheets there)', () => {
    const rules = sheet.conditionalFormats ?? [];
    expect(rules.length).toBeGreaterThan(4);
    for (const rule of rules) if (rule.kind === 'formula') expect(rule.formula).not.toContain('!');
    expect(rules.some((r) => r.kind === 'gradient')).toBe(true);
  });

  it('formats each KPI by its unit, and a percent KPI’s gaps in percentage points', () => {
    expect(at(0, 'value').numberFormat).toBe('0.0%');
    expect(at(0, 'varianceAbs').numberFormat).toBe('+0.0" pts";-0.0" pts";0.0" pts"');
    expect(at(0, 'change').numberFormat).toBe('+0.0" pts";-0.0" pts";0.0" pts"');
    expect(at(1, 'value').numberFormat).toBe('#,##0 [$€]');
    expect(at(2, 'target').numberFormat).toBe('#,##0.0#');
    expect(at(3, 'value').numberFormat).toBe('#,##0" s"');
    expect(at(0, 'variancePct').numberFormat).toBe('+0.0%;-0.0%;0.0%');
    expect(at(0, 'attainment').numberFormat).toBe('0%');
  });

  it('protects the sheet with a warning but leaves the period selector (a dropdown of the Tracking headers) and the parameters free', () => {
    const selector = `B${grid.selectorCell.row}`;
    const a1 = (c: { row: number; column: number }) => `${String.fromCharCode(64 + c.column)}${c.row}`;
    expect(sheet.protection?.unprotected).toEqual([
      selector,
      a1(grid.capCell),
      a1(grid.defaultBandCell),
      a1(grid.defaultWeightCell),
    ]);
    const selectorSpec = sheet.blocks[0]?.cells[grid.selectorCell.row - 1]?.[grid.selectorCell.column - 1];
    expect(selectorSpec?.validation).toMatchObject({
      kind: 'rangeList',
      sheet: "Suivi d'équipe",
      a1: 'E3:G3',
    });
    expect(selectorSpec?.value).toBeNull();
  });

  it('hides the helper columns and shows the KPI columns with French headers', () => {
    expect(sheet.hiddenColumns?.[0]).toBe(KPI_COLUMNS.length + 1);
    expect(sheet.hiddenColumns).not.toContain(grid.columns.status);
    const headers = sheet.blocks.find((b) => b.row === grid.headerRow)?.cells[0]?.map((c) => c.value);
    expect(headers?.slice(0, 4)).toEqual([
      'Objectif stratégique',
      'Objectif opérationnel',
      'KPI',
      'Valeur à date',
    ]);
  });

  it('writes user text as literal values and reads objective titles through references, never as formulas', () => {
    const hostile = planSchema.parse({ ...smallPlan([{}]), goal: '=IMPORTRANGE("x","y")', name: '+cmd' });
    const s = scorecardLayout(hostile, layoutContext(hostile, names));
    const g = scorecardGrid(layoutContext(hostile, names));
    const goal = g.rollups.find((r) => r.level === 'goal');
    const rollupBlock = s.blocks.find((b) => b.row === g.rollupTitleRow);
    const goalTitle = rollupBlock?.cells[(goal?.row ?? 0) - g.rollupTitleRow]?.[g.rollupColumns.title - 1];
    expect(goalTitle?.value).toBe('=IMPORTRANGE("x","y")');
    expect(formulasOf(s).some((f) => f.formula.includes('IMPORTRANGE') || f.formula.includes('cmd'))).toBe(
      false,
    );
  });
});
