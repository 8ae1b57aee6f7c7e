import fc from 'fast-check';
import type { Lang } from '../../../src/core/i18n';
import { kpisOf, planSchema } from '../../../src/core/plan/schema';
import { layoutContext } from '../../../src/workbook/layoutContext';
import { objectivesLayout } from '../../../src/workbook/layouts/objectives';
import { scorecardLayout, STATUS_LABELS } from '../../../src/workbook/layouts/scorecard';
import { cell, columnLetter, sheetPrefix } from '../../../src/workbook/a1';
import { scorecardGrid } from '../../../src/workbook/layouts/scorecard/positions';
import { TEXT } from '../../../src/workbook/layouts/scorecard/labels';
import type { CellSpec, SheetSpec } from '../../../src/workbook/spec';
import { readDist } from '../../helpers/codeJs';
import { caseArb, type GeneratedCase } from './helpers/arbitraries';
import { close } from './helpers/assertions';
import { EmulatorWorkbook } from './helpers/emulatorWorkbook';
import { type KpiInput, selectedIndex } from './helpers/expectations';
import type { CellResult } from './helpers/formulaEngine';
import { DEFAULT_NAMES, trackingSheet } from './helpers/workbookFixture';

// The issue's own proof, literally: in the emulator, with the custom functions of the built
// dist/Code.js, a check sheet calls KPI_VARIANCE, KPI_PACE and KPI_FORECAST on the Scorecard's own
// inputs (value to date, target, direction, band, baseline, plan start, deadline, period end) and
// every answer must equal the Scorecard's native formula beside it. Where a custom function answers
// a message (target 0, no time elapsed, fewer than 2 values), the Scorecard shows a blank or a short
// text instead of an error.

const CHECK = 'Contrôle';
/** Where the check sheet puts KPI_TRAJECTORY, and each KPI's milestones (3 rows per KPI). */
const TRAJECTORY_COLUMN = 300;
const MILESTONES_COLUMN = 302;
const MILESTONE_ROWS = 3;
const OUTPUTS = ['percent', 'absolute', 'attainment', 'status'] as const;
const STATUS_CODES = { 'on track': 'onTrack', 'at risk': 'atRisk', 'off track': 'offTrack' } as const;

function checkSheet(built: ReturnType<typeof setup>['parts']): SheetSpec {
  const { context, grid, k } = built;
  const S = sheetPrefix(context.names.scorecard);
  const T = context.tracking;
  const rows: CellSpec[][] = kpisOf(context.plan).map((_, i) => {
    const r = grid.firstKpiRow + i;
    const at = (key: keyof typeof grid.columns) => `${S}${cell(grid.columns[key], r)}`;
    const variance = OUTPUTS.map((output) => ({
      value: {
        formula: `=KPI_VARIANCE(${at('value')},${at('due')},${at('direction')},"${output}",${at('band')})`,
      },
    }));
    // A sum's pace does not read the baseline; KPI_PACE still wants a number there.
    const baseline = `IF(${at('isSum')},0,${at('baseline')})`;
    const start = `${S}${cell(grid.planStartCell.column, grid.planStartCell.row)}`;
    const asOf = `${S}${cell(grid.asOfCell.column, grid.asOfCell.row)}`;
    const milestones = `${cell(MILESTONES_COLUMN, MILESTONE_ROWS * i + 1)}:${cell(MILESTONES_COLUMN + 1, MILESTONE_ROWS * (i + 1))}`;
    const pace = {
      value: {
        formula:
          `=KPI_PACE(${at('value')},${baseline},${at('target')},${start},` +
          `${at('deadline')},${asOf},${at('aggregation')},${milestones})`,
      },
    };
    const needed = {
      value: {
        formula: `=KPI_NEEDED(${at('value')},${at('target')},${at('periodsLeft')},${at('direction')},${at('aggregation')})`,
      },
    };
    const trajectory = {
      value: {
        formula: `=KPI_TRAJECTORY(${at('baseline')},${at('target')},${start},${at('deadline')},${asOf},${at('aggregation')},${milestones})`,
      },
    };
    // KPI_FORECAST over the values up to the period shown (their running totals for sum KPIs, built
    // here with plain SUMs in columns H…), the period end dates as x.
    const kpi = kpisOf(context.plan)[i]?.kpi;
    const trackedRow = T.firstKpiRow + i;
    const first = columnLetter(T.firstPeriodColumn);
    const running: CellSpec[] = context.periods.slice(0, k).map((_, p) => {
      const col = columnLetter(T.firstPeriodColumn + p);
      const tracked = `${sheetPrefix(T.sheet)}${col}${trackedRow}`;
      return {
        value: {
          formula: `=IF(ISNUMBER(${tracked}),SUM(${sheetPrefix(T.sheet)}$${first}${trackedRow}:${col}${trackedRow}),"")`,
        },
      };
    });
    const values =
      kpi?.aggregation === 'sum'
        ? `${columnLetter(8)}${i + 1}:${columnLetter(7 + k)}${i + 1}`
        : `${sheetPrefix(T.sheet)}${first}${trackedRow}:${columnLetter(T.firstPeriodColumn + k - 1)}${trackedRow}`;
    const dates = `${S}${cell(grid.firstPeriodHelperColumn, grid.periodEndRow)}:${cell(grid.firstPeriodHelperColumn + k - 1, grid.periodEndRow)}`;
    const forecast = {
      value: k > 0 ? { formula: `=KPI_FORECAST(${values},${dates},${at('deadline')})` } : null,
    };
    const row = [...variance, pace, forecast, needed, ...running];
    while (row.length < TRAJECTORY_COLUMN - 1) row.push({});
    return [...row, trajectory];
  });
  // Each KPI's milestones, as the 2-column range the custom functions take, copied from the
  // Scorecard's hidden cells (only the KPI's own: a reference to a blank slot would read 0).
  const milestoneCells: CellSpec[][] = [];
  kpisOf(context.plan).forEach(({ kpi }, i) => {
    for (let j = 0; j < MILESTONE_ROWS; j++) {
      const r = grid.firstKpiRow + i;
      milestoneCells.push(
        j < (kpi.milestones?.length ?? 0)
          ? [
              // Formatted as a date, as Sheets formats a formula that reads a date cell.
              {
                value: { formula: `=${S}${cell(grid.firstMilestoneColumn + 2 * j, r)}` },
                numberFormat: 'yyyy-mm-dd',
              },
              { value: { formula: `=${S}${cell(grid.firstMilestoneColumn + 2 * j + 1, r)}` } },
            ]
          : [{}, {}],
      );
    }
  });
  return {
    name: CHECK,
    role: 'library',
    blocks: [
      { row: 1, column: 1, cells: rows },
      { row: 1, column: MILESTONES_COLUMN, cells: milestoneCells },
    ],
  };
}

function setup(generated: GeneratedCase) {
  const plan = planSchema.parse(generated.plan);
  const context = layoutContext(plan, DEFAULT_NAMES);
  const grid = scorecardGrid(context);
  // selectedIndex only reads each KPI's values.
  const k = selectedIndex(
    generated.values.map((values) => ({ values }) as unknown as KpiInput),
    generated.selector,
  );
  return { parts: { context, grid, k, plan } };
}

/** How many comparisons had a number on both sides, by output: the property must not be vacuous. */
const numeric: Record<string, number> = {};

function agree(scorecard: CellResult, custom: CellResult, what: string, lang: Lang): string | undefined {
  if (typeof scorecard === 'number' && typeof custom === 'number') numeric[what] = (numeric[what] ?? 0) + 1;
  const customFailed = typeof custom === 'object' && custom !== null;
  if (scorecard === '' || scorecard === TEXT.targetZero[lang]) {
    return custom === '' || customFailed
      ? undefined
      : `${what}: Scorecard blank/text, custom function ${JSON.stringify(custom)}`;
  }
  if (typeof scorecard === 'number' && typeof custom === 'number') {
    return close(scorecard, custom, 1e-9)
      ? undefined
      : `${what}: Scorecard ${scorecard}, custom function ${custom}`;
  }
  return `${what}: Scorecard ${JSON.stringify(scorecard)}, custom function ${JSON.stringify(custom)}`;
}

describe('Scorecard formulas against the custom functions of dist/Code.js, in the emulator', () => {
  const codeJs = readDist('Code.js');

  it('agree with KPI_TRAJECTORY, KPI_VARIANCE, KPI_PACE, KPI_FORECAST and KPI_NEEDED on random plans (60 cases)', () => {
    let compared = 0;
    fc.assert(
      fc.property(caseArb, (generated) => {
        const { parts } = setup(generated);
        const { context, grid, k } = parts;
        const sheets = [
          objectivesLayout(context),
          trackingSheet(context, generated.values),
          scorecardLayout(parts.plan, context),
          checkSheet(parts),
        ];
        const workbook = new EmulatorWorkbook(sheets, { codeJs, viaApplier: true });
        const S = context.names.scorecard;
        if (generated.selector !== undefined) {
          const label = context.periods[generated.selector - 1]?.label ?? '';
          workbook.set(S, grid.selectorCell.row, grid.selectorCell.column, label);
        }
        const problems: string[] = [];
        kpisOf(parts.plan).forEach((_, i) => {
          const r = grid.firstKpiRow + i;
          const sc = (key: keyof typeof grid.columns) => workbook.get(S, r, grid.columns[key]);
          const cf = (column: number) => workbook.get(CHECK, i + 1, column);
          const where = `KPI ${i}:`;
          const push = (p: string | undefined) => p && problems.push(`${where} ${p}`);
          push(agree(sc('variancePct'), cf(1), 'percent', context.lang));
          // The Scorecard shows a percent KPI's difference in points: KPI_VARIANCE's fraction times 100.
          const absolute = cf(2);
          const percentKpi = kpisOf(parts.plan)[i]?.kpi.unit === 'percent';
          const points = percentKpi && typeof absolute === 'number';
          push(agree(sc('varianceAbs'), points ? absolute * 100 : absolute, 'absolute', context.lang));
          push(agree(sc('attainment'), cf(3), 'attainment', context.lang));
          if (sc('status') !== STATUS_LABELS.noData[context.lang]) {
            const code = String(cf(4)) as keyof typeof STATUS_CODES;
            const expected = STATUS_CODES[code] ? STATUS_LABELS[STATUS_CODES[code]][context.lang] : undefined;
            if (expected !== sc('status'))
              push(`status: Scorecard ${String(sc('status'))}, KPI_VARIANCE ${code}`);
          }
          const kpi = kpisOf(parts.plan)[i]?.kpi;
          // KPI_PACE and KPI_TRAJECTORY read the trajectory at one date; an "average" KPI is judged
          // against the trajectory's average over the periods tracked. A level to hold has no line.
          // A deadline on or before the plan start is refused by the plan rules (and by the functions).
          const comparableLine =
            kpi !== undefined &&
            kpi.aggregation !== 'average' &&
            kpi.direction !== 'target' &&
            kpi.deadline > parts.plan.period.start;
          if (comparableLine) push(agree(sc('pace'), cf(5), 'pace', context.lang));
          if (k > 0) push(agree(sc('forecast'), cf(6), 'forecast', context.lang));
          const need = cf(7);
          // The Scorecard says what it takes only for a KPI with a value in the period shown.
          if (sc('status') !== STATUS_LABELS.noData[context.lang])
            push(
              agree(
                sc('needed'),
                percentKpi && typeof need === 'number' ? need * 100 : need,
                'needed',
                context.lang,
              ),
            );
          if (comparableLine && k > 0) push(agree(sc('due'), cf(TRAJECTORY_COLUMN), 'due', context.lang));
          compared += 1;
        });
        if (problems.length > 0) throw new Error(problems.slice(0, 8).join('\n'));
      }),
      { seed: 777, numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(80);
    for (const output of ['percent', 'absolute', 'attainment', 'pace', 'forecast', 'needed', 'due']) {
      expect(numeric[output]).toBeGreaterThan(20);
    }
  }, 180_000);
});
