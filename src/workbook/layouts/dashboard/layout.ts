import { t } from '../../../core/i18n';
import { kpisOf } from '../../../core/plan/schema';
import { headerColours, tabColor, withBrandingLine } from '../../branding';
import { columnLetter, plainRange, quoteSheetName } from '../../a1';
import { formula, label, value } from '../../cells';
import { enumWord } from '../../enumWords';
import { INPUT_BACKGROUND, MUTED_COLOR } from '../../labels';
import type { LayoutContext } from '../../layoutContext';
import { scorecardGrid } from '../scorecard';
import { STATUS_LABELS } from '../scorecard/labels';
import { STATUS_COLOURS } from '../scorecard/colours';
import type { CellBlock, CellSpec, ChartSpec, SheetSpec } from '../../spec';
import { DASHBOARD_TEXT as T } from './labels';
import { trajectoryFormula } from './trajectory';

// The dashboard: three native charts over formula-driven data, so one chart serves every KPI and the
// sheet costs the same calls for 5 KPIs as for 500.
//   1. the KPI picked in B3, period by period: actual (cumulative for a `sum` KPI), its trajectory
//      (./trajectory.ts), its target, and the same period a year earlier when the plan spans more than
//      a year; the series are INDEX/MATCH formulas on Tracking and Objectives;
//   2. the weighted attainment of each strategic objective and of the goal, read from the Scorecard's
//      roll-up table;
//   3. how many KPIs are in each status, counted in the Scorecard's status column.
// The charts float over A5 onwards; their data sits in plain sight from column M, where a curious
// analyst can audit it (Sheets leaves hidden rows and columns out of a chart by default).

/** Where everything sits: the tests and the playground read positions from here. */
export const DASHBOARD = {
  titleRow: 1,
  hintRow: 2,
  selectorCell: { row: 3, column: 2 },
  charts: {
    kpiOverTime: { row: 5, column: 1, width: 980, height: 340 },
    attainment: { row: 23, column: 1, width: 560, height: 320 },
    status: { row: 23, column: 7, width: 420, height: 320 },
  },
  /** First column of the chart data (M). */
  dataColumn: 13,
  /** Labels of the lookup helpers, then their values. */
  helperLabelRow: 2,
  helperRow: 3,
  /** Header row of the three data tables; their rows follow. */
  tableHeaderRow: 5,
} as const;

type SeriesColumn =
  'period' | 'actual' | 'trajectory' | 'target' | 'lastYear' | 'entered' | 'runningTotal' | 'periodEnd';

const HELPERS = ['row', 'isSum', 'baseline', 'target', 'deadline', 'planStart', 'planEnd'] as const;
type Helper = (typeof HELPERS)[number];

/** Periods a year holds, by frequency: how far back "the same period last year" is. */
const PERIODS_PER_YEAR = { weekly: 52, monthly: 12, quarterly: 4 } as const;

/** Whether the plan gives a KPI a trajectory (./trajectory.ts): the first such KPI is shown first. */
const hasTrajectory = ({ kpi }: { kpi: { aggregation?: string; baseline?: number } }) =>
  kpi.aggregation === 'sum' || kpi.baseline !== undefined;

/** Characters of an objective's title shown beside its bar. */
const LABEL_LENGTH = 42;

const DEFAULT_ACCENT = '#1a73e8';
const TRAJECTORY_COLOUR = '#5f6368';
const TARGET_COLOUR = '#d93025';
const LAST_YEAR_COLOUR = '#9aa0a6';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** `M5:P17` from the top-left and bottom-right corners, rows first. */
const a1Range = (top: number, left: number, bottom: number, right: number) =>
  plainRange(left, top, right, bottom);

/** A column's letter with `$`: `$M`. */
const col = (column: number) => `$${columnLetter(column)}`;
const abs = (row: number, column: number) => `${col(column)}$${row}`;

export function dashboardLayout(ctx: LayoutContext): SheetSpec {
  const { plan, lang, names, periods } = ctx;
  const name = names.dashboard;
  const o = ctx.objectives;
  const tr = ctx.tracking;
  const sc = scorecardGrid(ctx);
  const kpis = kpisOf(plan);
  const accent = plan.branding?.accentColor ?? DEFAULT_ACCENT;
  const header = (text: string): CellSpec => label(text, { bold: true, ...headerColours(plan) });
  const muted = (text: string): CellSpec => label(text, { italic: true, fontColor: MUTED_COLOR });

  const trackingRef = (a1text: string) => `${quoteSheetName(tr.sheet)}!${a1text}`;
  const objectivesRef = (a1text: string) => `${quoteSheetName(o.sheet)}!${a1text}`;
  const scorecardRef = (a1text: string) => `${quoteSheetName(names.scorecard)}!${a1text}`;

  // Lookup helpers: the picked KPI's row among Tracking's KPIs (the same order as Objectives').
  const D = DASHBOARD.dataColumn;
  const helperCol = (h: Helper) => D + HELPERS.indexOf(h);
  const helper = (h: Helper) => abs(DASHBOARD.helperRow, helperCol(h));
  const selector = abs(DASHBOARD.selectorCell.row, DASHBOARD.selectorCell.column);
  const objectivesColumn = (field: keyof typeof o.columns) =>
    objectivesRef(`${col(o.columns[field])}$${o.firstKpiRow}:${col(o.columns[field])}$${o.lastKpiRow}`);
  const fromObjectives = (field: keyof typeof o.columns) =>
    `INDEX(${objectivesColumn(field)},${helper('row')})`;
  const fromTracking = (column: number) =>
    `INDEX(${trackingRef(`${col(column)}$${tr.firstKpiRow}:${col(column)}$${tr.lastKpiRow}`)},${helper('row')})`;
  const sumWords = [
    ...new Set(['sum', enumWord('aggregation', 'sum', 'fr'), enumWord('aggregation', 'sum', 'en')]),
  ];
  const helperFormulas: Record<Helper, CellSpec> = {
    row: value(
      formula(
        `=IFERROR(MATCH(${selector},${trackingRef(`${col(tr.nameColumn)}$${tr.firstKpiRow}:${col(tr.nameColumn)}$${tr.lastKpiRow}`)},0),"")`,
      ),
    ),
    isSum: value(
      formula(
        `=IF(${helper('row')}="",FALSE,OR(${sumWords.map((w) => `TRIM(${fromObjectives('aggregation')}&"")="${w}"`).join(',')}))`,
      ),
    ),
    // Tracking's « Valeur de départ » first (where a user corrects it), else the plan's.
    baseline: value(
      formula(
        `=IFERROR(IF(ISNUMBER(${fromTracking(tr.baselineColumn)}),${fromTracking(tr.baselineColumn)},` +
          `IF(ISNUMBER(${fromObjectives('baseline')}),${fromObjectives('baseline')},"")),"")`,
      ),
    ),
    target: value(
      formula(`=IFERROR(IF(ISNUMBER(${fromObjectives('target')}),${fromObjectives('target')},""),"")`),
    ),
    deadline: value(
      formula(
        `=IFERROR(IF(ISNUMBER(${fromObjectives('deadline')}),${fromObjectives('deadline')},${helper('planEnd')}),${helper('planEnd')})`,
      ),
      { numberFormat: 'yyyy-mm-dd' },
    ),
    planStart: value({ date: plan.period.start }, { numberFormat: 'yyyy-mm-dd' }),
    planEnd: value({ date: plan.period.end }, { numberFormat: 'yyyy-mm-dd' }),
  };

  // 1. The KPI over time: Période | Réel | Trajectoire | Cible | [N-1] | Saisi | Cumul | Fin de période.
  const perYear = PERIODS_PER_YEAR[plan.period.frequency];
  const withLastYear = periods.length > perYear;
  const seriesColumns: readonly SeriesColumn[] = [
    'period',
    'actual',
    'trajectory',
    'target',
    ...(withLastYear ? (['lastYear'] as const) : []),
    'entered',
    'runningTotal',
    'periodEnd',
  ];
  const sCol = (c: SeriesColumn) => D + seriesColumns.indexOf(c);
  const first = DASHBOARD.tableHeaderRow + 1;
  const last = DASHBOARD.tableHeaderRow + Math.max(1, periods.length);
  const values = trackingRef(
    `${col(tr.firstPeriodColumn)}$${tr.firstKpiRow}:${col(tr.lastPeriodColumn)}$${tr.lastKpiRow}`,
  );
  const seriesRows: CellSpec[][] = periods.map((period, j) => {
    const row = first + j;
    const at = (c: SeriesColumn) => `${col(sCol(c))}${row}`;
    const entered = `INDEX(${values},${helper('row')},${j + 1})`;
    const cells: Record<SeriesColumn, CellSpec> = {
      period: label(period.label),
      actual: value(
        formula(
          `=IF(${at('entered')}="",NA(),IF(${helper('isSum')},${at('runningTotal')},${at('entered')}))`,
        ),
      ),
      trajectory: value(
        formula(
          trajectoryFormula({
            block: scorecardRef(
              `${abs(sc.firstKpiRow, sc.firstPeriodHelperColumn)}:${abs(sc.lastKpiRow, sc.firstPeriodHelperColumn + sc.periodCount - 1)}`,
            ),
            row: helper('row'),
            period: j + 1,
          }),
        ),
      ),
      target: value(formula(`=IF(ISNUMBER(${helper('target')}),${helper('target')},NA())`)),
      lastYear: value(
        formula(
          j >= perYear
            ? `=IF(ISNUMBER(${col(sCol('actual'))}${row - perYear}),${col(sCol('actual'))}${row - perYear},NA())`
            : '=NA()',
        ),
      ),
      entered: value(formula(`=IFERROR(IF(${entered}="","",${entered}),"")`)),
      runningTotal: value(
        formula(`=IF(${helper('isSum')},N(${col(sCol('runningTotal'))}${row - 1})+N(${at('entered')}),"")`),
      ),
      periodEnd: value({ date: period.end }, { numberFormat: 'yyyy-mm-dd' }),
    };
    return seriesColumns.map((c) => cells[c]);
  });
  const seriesHeader = seriesColumns.map((c) => header(t(T[c], lang)));

  // 2. Attainment by strategic objective and for the goal, from the Scorecard's roll-up table.
  const attainmentColumn = D + seriesColumns.length + 1;
  const rollups = sc.rollups.filter((r) => r.level !== 'operational');
  const title = (row: number) => `(${scorecardRef(abs(row, sc.rollupColumns.title))}&"")`;
  const attainmentRows: CellSpec[][] = rollups.map((r) => [
    r.level === 'goal'
      ? label(t(T.goal, lang))
      : // Long objective titles would squeeze the bars: the first words, the whole title stays on the Scorecard.
        value(
          formula(
            `=IF(LEN(${title(r.row)})>${LABEL_LENGTH},LEFT(${title(r.row)},${LABEL_LENGTH - 1})&"…",${title(r.row)})`,
          ),
        ),
    value(formula(`=IFERROR(${scorecardRef(abs(r.row, sc.rollupColumns.attainment))}*1,NA())`), {
      numberFormat: '0%',
    }),
  ]);
  const attainmentLast = DASHBOARD.tableHeaderRow + rollups.length;

  // 3. KPIs by status, counted in the Scorecard's status column.
  const statusColumn = attainmentColumn + 3;
  const statusKeys = ['onTrack', 'atRisk', 'offTrack', 'noData'] as const;
  const statusRange = scorecardRef(
    `${col(sc.columns.status)}$${sc.firstKpiRow}:${col(sc.columns.status)}$${sc.lastKpiRow}`,
  );
  const statusRows: CellSpec[][] = statusKeys.map((key) => [
    label(t(STATUS_LABELS[key], lang)),
    value(formula(`=COUNTIF(${statusRange},"${t(STATUS_LABELS[key], lang)}")`)),
  ]);
  const statusLast = DASHBOARD.tableHeaderRow + statusKeys.length;

  const helperBlock: CellBlock = {
    row: DASHBOARD.helperLabelRow,
    column: D,
    cells: [HELPERS.map((h) => muted(t(T[h], lang))), HELPERS.map((h) => helperFormulas[h])],
  };
  const blocks: CellBlock[] = [
    {
      row: DASHBOARD.titleRow,
      column: 1,
      cells: [
        [label(withBrandingLine(t(T.title, lang), plan, lang), { bold: true })],
        [muted(t(T.hint, lang))],
        [
          label(t(T.kpi, lang), { bold: true }),
          {
            value: (kpis.find(hasTrajectory) ?? kpis[0])?.kpi.name ?? '',
            background: INPUT_BACKGROUND,
            validation: {
              kind: 'rangeList',
              sheet: tr.sheet,
              a1: a1Range(tr.firstKpiRow, tr.nameColumn, tr.lastKpiRow, tr.nameColumn),
              helpText: t(T.kpiHelp, lang),
              strict: true,
            },
          },
        ],
      ],
    },
    { row: 1, column: D, cells: [[label(t(T.data, lang), { bold: true })]] },
    helperBlock,
    { row: DASHBOARD.tableHeaderRow, column: D, cells: [seriesHeader, ...seriesRows] },
    {
      row: DASHBOARD.tableHeaderRow,
      column: attainmentColumn,
      cells: [[header(t(T.objective, lang)), header(t(T.attainment, lang))], ...attainmentRows],
    },
    {
      row: DASHBOARD.tableHeaderRow,
      column: statusColumn,
      cells: [[header(t(T.status, lang)), header(t(T.count, lang))], ...statusRows],
    },
  ];

  const chartSeriesLast = sCol(withLastYear ? 'lastYear' : 'target');
  const on = (a1text: string) => ({ sheet: name, a1: a1text });
  const box = (key: keyof typeof DASHBOARD.charts) => {
    const c = DASHBOARD.charts[key];
    return { position: { row: c.row, column: c.column }, size: { width: c.width, height: c.height } };
  };
  const common = (title: string, key: keyof typeof DASHBOARD.charts) => ({
    title,
    width: box(key).size.width,
    height: box(key).size.height,
    titleTextStyle: { fontSize: 14, bold: true },
  });
  const charts: ChartSpec[] = [
    {
      key: 'kpiOverTime',
      type: 'line',
      ranges: [on(a1Range(DASHBOARD.tableHeaderRow, D, last, chartSeriesLast))],
      numHeaders: 1,
      position: box('kpiOverTime').position,
      options: {
        ...common(t(T.kpiChart, lang), 'kpiOverTime'),
        colors: [accent, TRAJECTORY_COLOUR, TARGET_COLOUR, ...(withLastYear ? [LAST_YEAR_COLOUR] : [])],
        series: {
          0: { lineWidth: 3, pointSize: 5 },
          1: { lineWidth: 2, lineDashStyle: [6, 4] },
          2: { lineWidth: 1, lineDashStyle: [2, 3] },
          ...(withLastYear ? { 3: { lineWidth: 1 } } : {}),
        },
        legend: { position: 'bottom' },
        interpolateNulls: false,
      },
      description: fill(t(T.kpiChartAlt, lang), {
        lastYear: withLastYear ? t(T.kpiChartAltLastYear, lang) : '',
      }),
    },
    {
      key: 'attainment',
      type: 'bar',
      ranges: [on(a1Range(DASHBOARD.tableHeaderRow, attainmentColumn, attainmentLast, attainmentColumn + 1))],
      numHeaders: 1,
      position: box('attainment').position,
      options: {
        ...common(t(T.attainmentChart, lang), 'attainment'),
        colors: [accent],
        legend: { position: 'none' },
        hAxis: { format: 'percent', minValue: 0 },
      },
      description: t(T.attainmentChartAlt, lang),
    },
    {
      key: 'status',
      type: 'pie',
      ranges: [on(a1Range(DASHBOARD.tableHeaderRow, statusColumn, statusLast, statusColumn + 1))],
      numHeaders: 1,
      position: box('status').position,
      options: {
        ...common(t(T.statusChart, lang), 'status'),
        // The Scorecard's status colours, darker for slices (its fills are for text backgrounds).
        colors: statusKeys.map((k) => STATUS_COLOURS[k].fontColor),
        pieHole: 0.4,
        legend: { position: 'right' },
        pieSliceText: 'value',
      },
      description: t(T.statusChartAlt, lang),
    },
  ];

  return {
    name,
    role: 'dashboard',
    tabColor: tabColor(plan, 'dashboard'),
    // No frozen rows: the title and the hint run over the empty cells beside them, and the charts float.
    columnWidths: [{ column: 2, width: 280 }],
    blocks,
    charts,
    userChoices: [
      {
        ...DASHBOARD.selectorCell,
        keep: Object.fromEntries(kpis.map(({ kpi }) => [kpi.name, kpi.name])),
      },
    ],
  };
}
