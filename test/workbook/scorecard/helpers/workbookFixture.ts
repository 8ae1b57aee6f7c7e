import { type KpiPlan, type KpiPlanInput, kpisOf, planSchema } from '../../../../src/core/plan/schema';
import { label } from '../../../../src/workbook/cells';
import { type LayoutContext, type SheetNames, layoutContext } from '../../../../src/workbook/layoutContext';
import { objectivesLayout } from '../../../../src/workbook/layouts/objectives';
import { scorecardLayout } from '../../../../src/workbook/layouts/scorecard';
import type { SheetSpec } from '../../../../src/workbook/spec';
import { type KpiInput } from './expectations';
import { EmulatorWorkbook } from './emulatorWorkbook';
import { dateSerial, type EvaluatedWorkbook, FormulaWorkbook } from './formulaEngine';

// A whole workbook for one plan and its tracked data: the real Objectives layout, a Tracking sheet that
// follows the shared geometry (header labels, one row per KPI, one column per period) with the data
// typed in, and the Scorecard under test.

export const DEFAULT_NAMES: SheetNames = {
  objectives: 'Objectifs',
  tracking: 'Suivi',
  scorecard: 'Tableau de bord',
  dashboard: 'Graphiques',
  library: 'Bibliothèque KPI',
  archive: 'Archive KPI Kit',
};

export function trackingSheet(
  context: LayoutContext,
  values: readonly (readonly (number | null)[])[],
  history: readonly (readonly (number | null)[])[] = [],
): SheetSpec {
  const t = context.tracking;
  // Written as the Tracking layout writes its headers: plain text, so "Jan 2027" stays a label.
  const header = context.periods.map((p) => label(p.label));
  return {
    name: t.sheet,
    role: 'tracking',
    blocks: [
      { row: t.headerRow, column: t.firstPeriodColumn, cells: [header] },
      {
        row: t.firstKpiRow,
        column: t.firstPeriodColumn,
        cells: values.map((row) => row.map((v) => ({ value: v }))),
      },
      // Last year's columns, left of the plan's periods.
      ...(t.historyPeriods.length > 0 && history.length > 0
        ? [
            {
              row: t.firstKpiRow,
              column: t.firstHistoryColumn,
              cells: history.map((row) => row.map((v) => ({ value: v }))),
            },
          ]
        : []),
    ],
  };
}

/** HyperFormula set up like Sheets, or the offline Sheets emulator (dev/emulator) as it ships. */
export type EngineName = 'hyperformula' | 'emulator';

/** Each KPI's plan fields and tracked values, as the expectations read them. */
export function kpiInputs(plan: KpiPlan, values: readonly (readonly (number | null)[])[]): KpiInput[] {
  return kpisOf(plan).map(({ kpi }, i) => ({
    direction: kpi.direction,
    aggregation: kpi.aggregation,
    target: kpi.target,
    baseline: kpi.baseline,
    band: kpi.band,
    weight: kpi.weight,
    deadline: dateSerial(kpi.deadline),
    benchmark: kpi.benchmark,
    values: values[i] ?? [],
    points: kpi.unit === 'percent',
    milestones: (kpi.milestones ?? []).map((m) => ({ date: dateSerial(m.date), value: m.value })),
  }));
}

export interface BuiltWorkbook {
  readonly plan: KpiPlan;
  readonly context: LayoutContext;
  readonly scorecard: SheetSpec;
  readonly workbook: EvaluatedWorkbook;
  readonly kpis: readonly KpiInput[];
  /** Period end dates as serials. */
  readonly ends: readonly number[];
  readonly start: number;
}

export function buildWorkbook(
  input: KpiPlanInput,
  values: readonly (readonly (number | null)[])[],
  names: SheetNames = DEFAULT_NAMES,
  engine: EngineName = 'hyperformula',
  history: readonly (readonly (number | null)[])[] = [],
): BuiltWorkbook {
  const plan = planSchema.parse(input);
  const context = layoutContext(plan, names);
  const scorecard = scorecardLayout(plan, context);
  const sheets = [objectivesLayout(context), trackingSheet(context, values, history), scorecard];
  const workbook = engine === 'emulator' ? new EmulatorWorkbook(sheets) : new FormulaWorkbook(sheets);
  const kpis = kpiInputs(plan, values);
  return {
    plan,
    context,
    scorecard,
    workbook,
    kpis,
    ends: context.periods.map((p) => dateSerial(p.end)),
    start: dateSerial(plan.period.start),
  };
}
