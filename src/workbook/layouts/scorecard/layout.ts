import { LANGUAGES } from '../../../core/i18n';
import { sameKeyLastYear } from '../../../core/plan/periodOfKey';
import { trackingPeriods } from '../../../core/plan/periods';
import { DEFAULTS, kpisOf, type KpiPlan } from '../../../core/plan/schema';
import { headerColours, tabColor, withBrandingLine } from '../../branding';
import { PLAIN_TEXT_FORMAT } from '../../cells';
import type { LayoutContext } from '../../layoutContext';
import type { CellBlock, CellSpec, SheetSpec, UserChoiceSpec } from '../../spec';
import { cell, range } from '../../a1';
import { STATUS_COLOURS } from './colours';
import { scorecardConditionalFormats } from './conditionalFormats';
import {
  HELPER_COLUMNS,
  KPI_COLUMNS,
  type ScorecardColumn,
  type ScorecardGrid,
  scorecardGrid,
} from './positions';
import {
  kpiRowFormulas,
  OUTLIER_DEVIATIONS,
  OUTLIER_MIN_HISTORY,
  trackingHeaderRange,
  trajectoryCellFormula,
} from './kpiFormulas';
import { HEADERS, HEADER_NOTES, STATUS_LABELS, type StatusKey, TEXT } from './labels';
import { differenceFormat, FORMATS, valueFormat } from './numberFormats';
import { rollupFormulas } from './rollups';

// The Scorecard sheet as data: a pure function of the plan and of where the Objectives and Tracking
// layouts put things (LayoutContext). The applier writes it; the tests evaluate it in a formula engine.

/** Each KPI's attainment counts at most this much in a roll-up, so one runaway KPI cannot hide the others. */
export const ATTAINMENT_CAP = 1.5;

/** KPI_VARIANCE's tolerance on status boundaries (src/core/kpi/variance.ts), so both agree on every input. */
export const STATUS_TOLERANCE = 1e-12;

const f = (formula: string): CellSpec['value'] => ({ formula });

export function scorecardLayout(plan: KpiPlan, context: LayoutContext): SheetSpec {
  const grid = scorecardGrid(context);
  const lang = context.lang;
  const blocks: CellBlock[] = [
    topBlock(plan, context, grid),
    helperTopBlock(context, grid),
    headerBlock(plan, context, grid),
    kpiBlock(plan, context, grid),
    rollupBlock(plan, context, grid),
  ];
  // The period the user picked stays picked on a rebuild while the plan still tracks it, and the
  // parameters the user tuned stay as tuned while they are numbers the formulas can use.
  const userChoices: UserChoiceSpec[] = [
    { ...grid.selectorCell, keep: periodChoices(context) },
    { ...grid.capCell, keepNumber: { above: 0, atMost: Number.MAX_VALUE } },
    // The plan schema's range for a KPI's band and weight.
    { ...grid.defaultBandCell, keepNumber: { above: 0, atMost: 1 } },
    { ...grid.defaultWeightCell, keepNumber: { above: 0, atMost: Number.MAX_VALUE } },
  ];
  const hiddenColumns: number[] = [];
  for (let column = grid.firstHelperColumn; column <= grid.lastColumn; column++) hiddenColumns.push(column);
  return {
    name: context.names.scorecard,
    role: 'scorecard',
    tabColor: tabColor(plan, 'scorecard'),
    frozenRows: grid.headerRow,
    frozenColumns: grid.columns.name,
    columnWidths: KPI_COLUMNS.map((key) => ({ column: grid.columns[key], width: WIDTHS[key] ?? 110 })),
    hiddenColumns,
    blocks,
    conditionalFormats: scorecardConditionalFormats(grid),
    // The cells the user is meant to change are left out of the protection and kept on a rebuild.
    protection: {
      description: TEXT.protection[lang],
      unprotected: userChoices.map((c) => cell(c.column, c.row, 'relative')),
    },
    userChoices,
    namedRanges: [
      {
        name: 'KpiKit_SelectedPeriod',
        a1: cell(grid.selectorCell.column, grid.selectorCell.row, 'relative'),
      },
    ],
  };
}

/**
 * A selector value → the label to write back: each period's label in either language (a plan switched
 * from French to English keeps « févr. 2027 » picked as "Feb 2027"), matched through the period key.
 */
function periodChoices(context: LayoutContext): Record<string, string> {
  const keep: Record<string, string> = {};
  const current = new Map(context.periods.map((p) => [p.key, p.label]));
  for (const lang of LANGUAGES)
    for (const p of trackingPeriods(context.plan.period, lang)) {
      const label = current.get(p.key);
      if (label !== undefined) keep[p.label] = label;
    }
  return keep;
}

// Equal widths side by side: each run of equal widths costs the build one service call.
const WIDTHS: Partial<Record<ScorecardColumn, number>> = {
  strategic: 200,
  operational: 200,
  name: 180,
  status: 130,
  pace: 130,
  forecast: 130,
  forecastStatus: 130,
  needed: 130,
  reading: 320,
  change: 130,
  yearChange: 130,
  benchmarkGap: 130,
  trend: 130,
  stale: 150,
  outlier: 150,
};

function place(
  cells: CellSpec[][],
  row: number,
  column: number,
  spec: CellSpec,
  origin: { row: number; column: number },
): void {
  const r = row - origin.row;
  const c = column - origin.column;
  while (cells.length <= r) cells.push([]);
  const line = cells[r] as CellSpec[];
  while (line.length < c) line.push({});
  line[c] = spec;
}

function topBlock(plan: KpiPlan, context: LayoutContext, grid: ScorecardGrid): CellBlock {
  const lang = context.lang;
  const origin = { row: 1, column: 1 };
  const cells: CellSpec[][] = [];
  const put = (position: { row: number; column: number }, spec: CellSpec): void =>
    place(cells, position.row, position.column, spec, origin);
  const labelLeftOf = (position: { row: number; column: number }, text: string): void =>
    put({ row: position.row, column: position.column - 1 }, { value: text, bold: true, align: 'right' });

  const header = trackingHeaderRange(context);
  const lastAny = range(grid.columns.lastAny, grid.firstKpiRow, grid.columns.lastAny, grid.lastKpiRow);
  const selector = cell(grid.selectorCell.column, grid.selectorCell.row);
  const k = cell(grid.selectedIndexCell.column, grid.selectedIndexCell.row);
  const ends = range(
    grid.firstPeriodHelperColumn,
    grid.periodEndRow,
    grid.firstPeriodHelperColumn + grid.periodCount - 1,
    grid.periodEndRow,
  );
  const noData = cell(grid.legendCells.noData.column, grid.legendCells.noData.row);

  // Plan name and branding are user text: a plain string, which the applier writes as literal text.
  put(grid.titleCell, {
    value: withBrandingLine(`${TEXT.title[lang]} · ${plan.name}`, plan, lang),
    bold: true,
  });
  labelLeftOf(grid.selectorCell, TEXT.period[lang]);
  put(grid.selectorCell, {
    value: null,
    // Plain text, like the Tracking headers it is picked from: "Jan 2027" typed or picked stays the
    // label the formulas match, not a date.
    numberFormat: PLAIN_TEXT_FORMAT,
    background: '#fff2cc',
    note: TEXT.periodHelp[lang],
    validation: {
      kind: 'rangeList',
      sheet: context.tracking.sheet,
      a1: range(
        context.tracking.firstPeriodColumn,
        context.tracking.headerRow,
        context.tracking.lastPeriodColumn,
        context.tracking.headerRow,
      ).replace(/\$/g, ''),
      helpText: TEXT.periodHelp[lang],
      strict: true,
    },
  });
  labelLeftOf(grid.shownPeriodCell, TEXT.shownPeriod[lang]);
  put(grid.shownPeriodCell, { value: f(`=IF(${k}>0,INDEX(${header},1,${k}),${noData})`), bold: true });
  labelLeftOf(grid.asOfCell, TEXT.asOf[lang]);
  put(grid.asOfCell, { value: f(`=IF(${k}>0,INDEX(${ends},1,${k}),"")`), numberFormat: FORMATS.date[lang] });

  put(
    { row: grid.legendCells.onTrack.row, column: 1 },
    { value: TEXT.legend[lang], bold: true, align: 'right' },
  );
  for (const key of Object.keys(STATUS_LABELS) as StatusKey[]) {
    put(grid.legendCells[key], { value: STATUS_LABELS[key][lang], ...STATUS_COLOURS[key], align: 'center' });
  }

  labelLeftOf(grid.capCell, TEXT.cap[lang]);
  put(grid.capCell, { value: ATTAINMENT_CAP, numberFormat: FORMATS.cap });
  labelLeftOf(grid.defaultBandCell, TEXT.defaultBand[lang]);
  put(grid.defaultBandCell, { value: DEFAULTS.band, numberFormat: FORMATS.band });
  labelLeftOf(grid.defaultWeightCell, TEXT.defaultWeight[lang]);
  put(grid.defaultWeightCell, { value: DEFAULTS.weight, numberFormat: FORMATS.weight });
  labelLeftOf(grid.planStartCell, TEXT.planStart[lang]);
  put(grid.planStartCell, { value: { date: plan.period.start }, numberFormat: FORMATS.date[lang] });
  labelLeftOf(grid.planEndCell, TEXT.planEnd[lang]);
  put(grid.planEndCell, { value: { date: plan.period.end }, numberFormat: FORMATS.date[lang] });

  put(grid.statusToleranceCell, { value: STATUS_TOLERANCE });
  put(grid.outlierHistoryCell, { value: OUTLIER_MIN_HISTORY });
  put(
    { row: grid.outlierHistoryCell.row - 1, column: grid.outlierHistoryCell.column },
    { value: 'outlier history', italic: true },
  );
  put(grid.outlierDeviationsCell, { value: OUTLIER_DEVIATIONS });
  put(
    { row: grid.outlierDeviationsCell.row - 1, column: grid.outlierDeviationsCell.column },
    { value: 'outlier deviations', italic: true },
  );
  put(
    { row: grid.statusToleranceCell.row - 1, column: grid.statusToleranceCell.column },
    { value: 'tolerance', italic: true },
  );
  put(
    { row: grid.selectedIndexCell.row - 1, column: grid.selectedIndexCell.column },
    { value: 'period index', italic: true },
  );

  // The period shown: the selector's period, or (blank selector, or a label no longer in Tracking) the
  // latest period in which any KPI has a number; 0 when nothing is tracked yet.
  put(grid.selectedIndexCell, {
    value: f(`=IF(${selector}="",MAX(${lastAny}),IFERROR(MATCH(${selector},${header},0),MAX(${lastAny})))`),
  });
  return { row: origin.row, column: origin.column, cells };
}

/** Period index (1..n) and end date rows, in the hidden helper columns. */
function helperTopBlock(context: LayoutContext, grid: ScorecardGrid): CellBlock {
  const indexRow: CellSpec[] = context.periods.map((_, i) => ({ value: i + 1 }));
  const endRow: CellSpec[] = context.periods.map((p) => ({
    value: { date: p.end },
    numberFormat: 'yyyy-mm-dd',
  }));
  const keys = [...context.tracking.historyPeriods, ...context.periods].map((p) => p.key);
  const lastYearRow: CellSpec[] = context.periods.map((p) => {
    const before = sameKeyLastYear(p.key);
    return { value: before === undefined ? 0 : keys.indexOf(before) + 1 };
  });
  return {
    row: grid.periodIndexRow,
    column: grid.firstPeriodHelperColumn,
    cells: [indexRow, endRow, lastYearRow],
  };
}

function headerBlock(plan: KpiPlan, context: LayoutContext, grid: ScorecardGrid): CellBlock {
  const lang = context.lang;
  const cells: CellSpec[] = [
    ...KPI_COLUMNS.map((key) => ({
      value: HEADERS[key][lang],
      bold: true,
      wrap: true,
      ...headerColours(plan),
      ...(HEADER_NOTES[key] ? { note: HEADER_NOTES[key][lang] } : {}),
    })),
    ...HELPER_COLUMNS.map((key) => ({ value: key, italic: true })),
    ...context.periods.map((p) => ({ value: `due ${p.key}`, italic: true })),
    ...Array.from({ length: grid.milestoneSlots }, (_, i) => [
      { value: `milestone ${i + 1} date`, italic: true },
      { value: `milestone ${i + 1} value`, italic: true },
    ]).flat(),
  ];
  return { row: grid.headerRow, column: 1, cells: [cells] };
}

function kpiBlock(plan: KpiPlan, context: LayoutContext, grid: ScorecardGrid): CellBlock {
  const rows = kpisOf(plan).map(({ kpi }, index) => {
    const formulas = kpiRowFormulas(context, grid, index);
    const milestones = kpi.milestones ?? [];
    const valueFmt = valueFormat(kpi.unit, plan.currency);
    const diffFmt = differenceFormat(kpi.unit, plan.currency);
    const formats: Partial<Record<ScorecardColumn, string>> = {
      value: valueFmt,
      due: valueFmt,
      needed: diffFmt,
      target: valueFmt,
      forecast: valueFmt,
      baseline: valueFmt,
      benchmark: valueFmt,
      varianceAbs: diffFmt,
      change: diffFmt,
      yearChange: diffFmt,
      benchmarkGap: diffFmt,
      variancePct: FORMATS.variancePct,
      attainment: FORMATS.attainment,
      pace: FORMATS.pace,
      cappedAttainment: FORMATS.attainment,
      band: FORMATS.band,
      deadline: 'yyyy-mm-dd',
      meanX: 'yyyy-mm-dd',
    };
    const centred: readonly ScorecardColumn[] = ['status', 'forecastStatus', 'stale', 'outlier'];
    const own = [...KPI_COLUMNS, ...HELPER_COLUMNS].map((key): CellSpec => ({
      value: f(formulas[key]),
      ...(formats[key] ? { numberFormat: formats[key] } : {}),
      ...(centred.includes(key) ? { align: 'center' as const } : {}),
      ...(key === 'reading' ? { wrap: true } : {}),
    }));
    const trajectory = context.periods.map((_, p): CellSpec => ({
      value: f(trajectoryCellFormula(grid, index, p, milestones.length)),
      numberFormat: valueFmt,
    }));
    // The plan's milestones as cells the trajectory reads (blank slots past this KPI's own).
    const slots = Array.from({ length: grid.milestoneSlots }, (_, i): CellSpec[] => {
      const m = milestones[i];
      return m
        ? [
            { value: { date: m.date }, numberFormat: 'yyyy-mm-dd' },
            { value: m.value, numberFormat: valueFmt },
          ]
        : [{}, {}];
    }).flat();
    return [...own, ...trajectory, ...slots];
  });
  return { row: grid.firstKpiRow, column: 1, cells: rows };
}

function rollupBlock(plan: KpiPlan, context: LayoutContext, grid: ScorecardGrid): CellBlock {
  const lang = context.lang;
  const rc = grid.rollupColumns;
  const origin = { row: grid.rollupTitleRow, column: 1 };
  const cells: CellSpec[][] = [];
  const put = (row: number, column: number, spec: CellSpec): void => place(cells, row, column, spec, origin);
  put(grid.rollupTitleRow, 1, { value: TEXT.rollups[lang], bold: true });
  const headerStyle = { bold: true, wrap: true, ...headerColours(plan) };
  put(grid.rollupHeaderRow, rc.level, { value: TEXT.level[lang], ...headerStyle });
  put(grid.rollupHeaderRow, rc.title, { value: TEXT.objective[lang], ...headerStyle });
  put(grid.rollupHeaderRow, rc.attainment, { value: TEXT.weightedAttainment[lang], ...headerStyle });
  put(grid.rollupHeaderRow, rc.shareOnTrack, { value: TEXT.shareOnTrack[lang], ...headerStyle });
  put(grid.rollupHeaderRow, rc.withData, { value: TEXT.withData[lang], ...headerStyle });
  const levelLabel = {
    operational: TEXT.levelOperational[lang],
    strategic: TEXT.levelStrategic[lang],
    goal: TEXT.levelGoal[lang],
  };
  for (const rollup of grid.rollups) {
    const formulas = rollupFormulas(context, grid, rollup);
    const bold = rollup.level !== 'operational';
    put(rollup.row, rc.level, { value: levelLabel[rollup.level], bold });
    // The goal is plan text: written as a literal value (the applier escapes it), never as a formula.
    put(rollup.row, rc.title, {
      value: rollup.level === 'goal' ? (plan.goal ?? plan.name) : f(formulas.title),
      bold,
    });
    put(rollup.row, rc.attainment, { value: f(formulas.attainment), numberFormat: FORMATS.attainment, bold });
    put(rollup.row, rc.shareOnTrack, {
      value: f(formulas.shareOnTrack),
      numberFormat: FORMATS.attainment,
      bold,
    });
    put(rollup.row, rc.withData, { value: f(formulas.withData), align: 'center' });
  }
  return { row: origin.row, column: origin.column, cells };
}
