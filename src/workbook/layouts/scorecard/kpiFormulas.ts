import type { Translated } from '../../../core/i18n';
import type { KpiUnit } from '../../../core/kpiLibrary/schema';
import { kpisOf, type PlanFrequency } from '../../../core/plan/schema';
import type { LayoutContext } from '../../layoutContext';
import { cell, columnLetter, range, sheetPrefix, stringLiteral } from '../../a1';
import type { CellPosition, ScorecardColumn, ScorecardGrid } from './positions';
import { STATUS_LABELS, TEXT } from './labels';
import { currencyFormat } from './numberFormats';
import { AGGREGATION_WORDS, DIRECTION_WORDS } from './words';

// The formulas of one KPI row, in canonical English syntax. Every one is a native Sheets function
// (no custom function, no LET/LAMBDA/FILTER/XLOOKUP/OFFSET, no array literal), so a client without the
// add-on sees live numbers and HyperFormula (the emulator's engine) computes the same thing.
//
// The maths follow KPI_TRAJECTORY, KPI_VARIANCE, KPI_PACE, KPI_FORECAST and KPI_NEEDED operation for
// operation, so the results agree to the last bit where the engines do IEEE arithmetic in the same order.
// A KPI is judged against where it should be by now (its trajectory), not against its final target:
//   trajectory = per period end t: the baseline at the plan start (0 for a total), the target at the
//               deadline, y0 + (y1 − y0)·((t − x0)/(x1 − x0)) between consecutive milestones; the target
//               all along for a level to hold ("target") or a level without baseline
//   due       = the trajectory at the period shown; for "average" the average of the trajectory over
//               the periods tracked up to it (the value is an average of those periods too)
//   absolute  = s·(actual − due), written (actual − due) or (due − actual); −|actual − due| for "target"
//   percent   = absolute / |due|; attainment = 1 + percent
//   status    = on track if percent ≥ 0, at risk if ≥ −band, else off track; "target": −percent ≤ band,
//               ≤ 2·band; due 0: sign of absolute. Like KPI_VARIANCE, boundaries allow a 1e-12 tolerance
//               (a hidden cell) so that floating-point noise (1.1 vs 1) cannot flip a status
//   pace      = (actual − from)/(due − from), from = baseline (0 for sums): 100 % = on the trajectory
//   forecast  = ȳ + slope·(deadline − x̄), least squares over the values tracked up to the period shown
//               (their running totals for "sum" KPIs), x = period end dates; judged against the final
//               target with the same status rule ("at the deadline")
//   needed    = (target − actual)/periods left, blank when secured (KPI_NEEDED)
//
// Only structural constants appear as literals (0, 1, the 2 of "2·band"); every parameter (cap, default
// band and weight, plan dates, the labels) is a cell the user can see.

export type KpiRowFormulas = Readonly<Record<ScorecardColumn, string>>;

/** The Scorecard cells every KPI row points at, as absolute references. */
interface SharedRefs {
  readonly index: string; // period index helper row
  readonly lastYear: string; // same period last year, per period
  readonly ends: string; // period end dates helper row
  readonly k: string; // selected period index
  readonly eps: string; // status tolerance
  readonly outlierHistory: string;
  readonly outlierDeviations: string;
  readonly asOf: string;
  readonly start: string;
  readonly end: string;
  readonly cap: string;
  readonly band: string;
  readonly weight: string;
  readonly labels: Readonly<Record<keyof typeof STATUS_LABELS, string>>;
}

/**
 * A number inside the sentence, as a formula: TEXT with a pattern free of quoted text (HyperFormula, the
 * emulator's engine, cannot parse a doubled quote inside a string), the unit's word appended. Whole
 * counts, currency without cents, rates with one decimal, differences of rates in points.
 */
function sentenceNumber(ref: string, unit: KpiUnit, currency: string, signed: boolean): string {
  const sign = (pattern: string): string => (signed ? `+${pattern};-${pattern};${pattern}` : pattern);
  const text = (pattern: string): string => `TEXT(${ref},${stringLiteral(pattern)})`;
  switch (unit) {
    case 'percent':
      return signed ? `${text(sign('0.0'))}&" pts"` : text('0.0%');
    case 'currency':
      return text(sign(currencyFormat(currency)));
    case 'duration':
      return `${text(sign('#,##0'))}&" s"`;
    case 'number':
      return text(sign('#,##0'));
  }
}

/** The period word of « il faut +1 200 par mois » / "needs +1,200 a month". */
const PER_PERIOD: Readonly<Record<PlanFrequency, Translated>> = {
  weekly: { fr: 'par semaine', en: 'a week' },
  monthly: { fr: 'par mois', en: 'a month' },
  quarterly: { fr: 'par trimestre', en: 'a quarter' },
};

function abs(position: CellPosition): string {
  return cell(position.column, position.row);
}

function sharedRefs(grid: ScorecardGrid): SharedRefs {
  const last = grid.firstPeriodHelperColumn + grid.periodCount - 1;
  return {
    index: range(grid.firstPeriodHelperColumn, grid.periodIndexRow, last, grid.periodIndexRow),
    lastYear: range(grid.firstPeriodHelperColumn, grid.lastYearRow, last, grid.lastYearRow),
    ends: range(grid.firstPeriodHelperColumn, grid.periodEndRow, last, grid.periodEndRow),
    k: abs(grid.selectedIndexCell),
    eps: abs(grid.statusToleranceCell),
    outlierHistory: abs(grid.outlierHistoryCell),
    outlierDeviations: abs(grid.outlierDeviationsCell),
    asOf: abs(grid.asOfCell),
    start: abs(grid.planStartCell),
    end: abs(grid.planEndCell),
    cap: abs(grid.capCell),
    band: abs(grid.defaultBandCell),
    weight: abs(grid.defaultWeightCell),
    labels: {
      onTrack: abs(grid.legendCells.onTrack),
      atRisk: abs(grid.legendCells.atRisk),
      offTrack: abs(grid.legendCells.offTrack),
      noData: abs(grid.legendCells.noData),
      stale: abs(grid.legendCells.stale),
      outlier: abs(grid.legendCells.outlier),
    },
  };
}

/** `OR(X7="lower",X7="baisse",X7="down")`. */
function isOneOf(ref: string, words: readonly string[]): string {
  return `OR(${words.map((w) => `${ref}=${stringLiteral(w)}`).join(',')})`;
}

/** The tracked values of KPI `index` (0-based, plan order) on the Tracking sheet. */
export function trackedRange(context: LayoutContext, index: number): string {
  const t = context.tracking;
  const row = t.firstKpiRow + index;
  return sheetPrefix(t.sheet) + range(t.firstPeriodColumn, row, t.lastPeriodColumn, row);
}

/** The tracked values of KPI `index` with the history columns before them (the same periods last year). */
export function trackedWithHistoryRange(context: LayoutContext, index: number): string {
  const t = context.tracking;
  const row = t.firstKpiRow + index;
  return sheetPrefix(t.sheet) + range(t.firstHistoryColumn, row, t.lastPeriodColumn, row);
}

/** The Tracking header labels the period selector lists. */
export function trackingHeaderRange(context: LayoutContext): string {
  const t = context.tracking;
  return sheetPrefix(t.sheet) + range(t.firstPeriodColumn, t.headerRow, t.lastPeriodColumn, t.headerRow);
}

/** The trajectory cells of KPI `index`: the value due by the end of each period (hidden helper block). */
export function trajectoryRange(grid: ScorecardGrid, index: number): string {
  const r = grid.firstKpiRow + index;
  return range(grid.firstPeriodHelperColumn, r, grid.firstPeriodHelperColumn + grid.periodCount - 1, r);
}

/** The status rule of KPI_VARIANCE on a favourable `pct` (and `absolute` when `reference` is 0). */
function statusOf(
  s: SharedRefs,
  reference: string,
  absolute: string,
  pct: string,
  isTarget: string,
  band: string,
): string {
  const L = s.labels;
  return (
    `IF(${reference}=0,IF(${absolute}>=0,${L.onTrack},${L.offTrack}),` +
    `IF(${isTarget},IF(-${pct}<=${band}+${s.eps},${L.onTrack},IF(-${pct}<=2*${band}+${s.eps},${L.atRisk},${L.offTrack})),` +
    `IF(${pct}>=-${s.eps},${L.onTrack},IF(${pct}>=-${band}-${s.eps},${L.atRisk},${L.offTrack}))))`
  );
}

/**
 * The trajectory at the period end in `column` for KPI row `r`: flat at the target for a level to hold
 * or a level without baseline; otherwise piecewise linear through the plan start, the KPI's milestones
 * (hidden cells of its row) and its deadline. The nesting follows KPI_TRAJECTORY's order of tests.
 */
export function trajectoryCellFormula(
  grid: ScorecardGrid,
  index: number,
  period: number,
  milestones: number,
): string {
  const r = grid.firstKpiRow + index;
  const c = (key: ScorecardColumn): string => `$${columnLetter(grid.columns[key])}${r}`;
  const t = cell(grid.firstPeriodHelperColumn + period, grid.periodEndRow);
  const start = cell(grid.planStartCell.column, grid.planStartCell.row);
  const from = c('trajectoryFrom');
  const target = c('target');
  const deadline = c('deadline');
  const points: { x: string; y: string }[] = [{ x: start, y: from }];
  for (let i = 0; i < milestones; i++)
    points.push({
      x: `$${columnLetter(grid.firstMilestoneColumn + 2 * i)}${r}`,
      y: `$${columnLetter(grid.firstMilestoneColumn + 2 * i + 1)}${r}`,
    });
  points.push({ x: deadline, y: target });
  const segment = (a: { x: string; y: string }, b: { x: string; y: string }): string =>
    `${a.y}+(${b.y}-${a.y})*((${t}-${a.x})/(${b.x}-${a.x}))`;
  let inside = segment(points[points.length - 2]!, points[points.length - 1]!);
  for (let i = points.length - 2; i >= 1; i--)
    inside = `IF(${t}<=${points[i]!.x},${segment(points[i - 1]!, points[i]!)},${inside})`;
  return (
    `=IF(NOT(ISNUMBER(${target})),"",IF(OR(${c('isTarget')},NOT(ISNUMBER(${from}))),${target},` +
    `IF(${t}<=${start},${from},IF(${t}>=${deadline},${target},${inside}))))`
  );
}

export function kpiRowFormulas(context: LayoutContext, grid: ScorecardGrid, index: number): KpiRowFormulas {
  const r = grid.firstKpiRow + index;
  const s = sharedRefs(grid);
  const o = context.objectives;
  const objRow = o.firstKpiRow + index;
  const obj = (field: keyof typeof o.columns): string =>
    sheetPrefix(o.sheet) + cell(o.columns[field], objRow);
  // Same-row references stay column-absolute only, so the row's formulas read like a table.
  const c = (key: ScorecardColumn): string => `$${columnLetter(grid.columns[key])}${r}`;
  const V = trackedRange(context, index);
  const traj = trajectoryRange(grid, index);
  const lang = context.lang;
  const L = s.labels;
  const kpi = kpisOf(context.plan)[index]?.kpi;
  const unit: KpiUnit = kpi?.unit ?? 'number';
  const currency = context.plan.currency;

  /** 1 for the periods tracked up to the one shown that hold a number, else 0. */
  const mask = `(${s.index}<=${s.k})*ISNUMBER(${V})`;
  /** 1 for the periods tracked before the one shown that hold a number: the KPI's own history. */
  const before = `(${s.index}<${s.k})*ISNUMBER(${V})`;
  const targetZero = stringLiteral(TEXT.targetZero[lang]);
  const value = c('value');
  const target = c('target');
  const due = c('due');
  const pct = c('variancePct');
  const absolute = c('varianceAbs');
  const band = c('band');
  const forecast = c('forecast');
  const dx = `${s.ends}-${c('meanX')}`;
  // Running totals of the tracked values up to the period shown, one per period (a 1×n array):
  // the values (0 where blank or after the period shown) times an upper-triangular matrix of 1s.
  const runningTotals = `MMULT(IF(${mask},${V},0),--(TRANSPOSE(${s.index})<=${s.index}))`;
  // A difference of two rates is a gap in percentage points: shown as points (« +1,2 pts »), so the
  // cell holds the fraction's difference times 100 for a percent KPI, as people write it.
  const points = unit === 'percent';
  const inUnit = (gap: string): string => (points ? `(${gap})*100` : gap);
  /** Signed so that positive is good news, as KPI_VARIANCE's "absolute". */
  const favourable = (actual: string, reference: string): string =>
    `IF(${c('isTarget')},-ABS(${actual}-${reference}),IF(${c('isLower')},${reference}-${actual},${actual}-${reference}))`;
  const difference = favourable(value, due);
  const forecastDifference = favourable(forecast, target);
  const gap = `(${target}-${value})/${c('periodsLeft')}`;
  const all = trackedWithHistoryRange(context, index);
  const lastYearAt = `INDEX(${s.lastYear},1,${s.k})`;

  // The reading in words, built by formulas so it stays live without the add-on.
  const words = READING[lang];
  const amount = (ref: string): string => sentenceNumber(ref, unit, currency, false);
  const text = (ref: string, pattern: string): string => `TEXT(${ref},${stringLiteral(pattern)})`;
  const percentOf = (ref: string): string => `ROUND(${ref}*100)&${stringLiteral(words.percent)}`;
  const progress =
    `IF(ISNUMBER(${c('pace')}),${stringLiteral(words.paceBefore)}&${percentOf(c('pace'))}&${stringLiteral(words.paceAfter)},` +
    `IF(ISNUMBER(${c('attainment')}),${stringLiteral(words.paceBefore)}&${percentOf(c('attainment'))}&${stringLiteral(words.dueAfter)},""))`;
  const outlook =
    `IF(ISNUMBER(${forecast}),${stringLiteral(words.sep)}&${stringLiteral(words.trend)}&${amount(forecast)}&` +
    `${stringLiteral(words.by)}&${text(c('deadline'), words.date)}&${stringLiteral(words.targetOpen)}&${amount(target)}&")","")`;
  const per = stringLiteral(` ${PER_PERIOD[context.plan.period.frequency][lang]}`);
  const neededText = sentenceNumber(c('needed'), unit, currency, true);
  const todo =
    `${stringLiteral(words.sep)}&IF(ISNUMBER(${c('needed')}),` +
    `IF(AND(${c('isLower')},${c('isSum')}),${stringLiteral(words.atMost)}&${points ? `${text(c('needed'), '0.0')}&" pts"` : amount(c('needed'))}&${per},` +
    `${stringLiteral(words.needs)}&${neededText}&${per}&${stringLiteral(words.fromNow)}),` +
    `IF(${c('periodsLeft')}=0,${stringLiteral(words.deadlinePassed)},${stringLiteral(words.nothingLeft)}))`;

  return {
    strategic: `=${obj('strategicTitle')}`,
    operational: `=${obj('operationalTitle')}`,
    name: `=${obj('name')}`,

    direction: `=TRIM(${obj('direction')}&"")`,
    aggregation: `=TRIM(${obj('aggregation')}&"")`,
    isLower: `=${isOneOf(c('direction'), DIRECTION_WORDS.lower)}`,
    isTarget: `=${isOneOf(c('direction'), DIRECTION_WORDS.target)}`,
    isSum: `=${isOneOf(c('aggregation'), AGGREGATION_WORDS.sum)}`,
    isAverage: `=${isOneOf(c('aggregation'), AGGREGATION_WORDS.average)}`,
    band: `=IF(ISNUMBER(${obj('band')}),${obj('band')},${s.band})`,
    weight: `=IF(ISNUMBER(${obj('weight')}),${obj('weight')},${s.weight})`,
    baseline: `=IF(ISNUMBER(${obj('baseline')}),${obj('baseline')},"")`,
    deadline: `=IF(ISNUMBER(${obj('deadline')}),${obj('deadline')},${s.end})`,
    benchmark: `=IF(ISNUMBER(${obj('benchmark')}),${obj('benchmark')},"")`,
    // Where the trajectory starts: 0 for a total, the baseline for a level ("" without one: flat).
    trajectoryFrom: `=IF(${c('isSum')},0,${c('baseline')})`,

    // Formulas that compute on whole ranges ((range<=k)*ISNUMBER(range)) are wrapped in ARRAYFORMULA:
    // Sheets evaluates SUMPRODUCT's arguments as arrays anyway, but HyperFormula (the emulator's engine)
    // only does inside ARRAYFORMULA, and silently takes the first cell otherwise.
    count: `=ARRAYFORMULA(SUMPRODUCT(${mask}))`,
    // The last period up to the one shown that holds a number (0: none).
    lastToDate: `=ARRAYFORMULA(MAX(${s.index}*${mask}))`,
    lastAny: `=ARRAYFORMULA(MAX(${s.index}*ISNUMBER(${V})))`,
    sum: `=ARRAYFORMULA(SUMPRODUCT(${mask},${V}))`,
    hasData: `=AND(${s.k}>0,${c('lastToDate')}=${s.k})`,

    value: `=IF(${c('count')}=0,"",IF(${c('isSum')},${c('sum')},IF(${c('isAverage')},${c('sum')}/${c('count')},INDEX(${V},1,${c('lastToDate')}))))`,
    target: `=IF(ISNUMBER(${obj('target')}),${obj('target')},"")`,
    due:
      `=IF(OR(${s.k}=0,NOT(ISNUMBER(${target}))),"",IF(${c('isAverage')},` +
      `IF(${c('count')}>0,ARRAYFORMULA(SUMPRODUCT(${mask},${traj}))/${c('count')},""),INDEX(${traj},1,${s.k})))`,
    comparable: `=AND(ISNUMBER(${value}),ISNUMBER(${due}))`,
    varianceAbs: `=IF(${c('comparable')},${inUnit(difference)},"")`,
    // From the difference itself, not the (maybe scaled) column: the same bits as KPI_VARIANCE.
    variancePct: `=IF(${c('comparable')},IF(${due}=0,${targetZero},${points ? difference : absolute}/ABS(${due})),"")`,
    attainment: `=IF(ISNUMBER(${pct}),1+${pct},${pct})`,
    status:
      `=IF(NOT(AND(${c('hasData')},${c('comparable')})),${L.noData},` +
      `${statusOf(s, due, absolute, pct, c('isTarget'), band)})`,

    pace:
      `=IF(AND(${c('comparable')},ISNUMBER(${c('trajectoryFrom')})),` +
      `IF(${due}=${c('trajectoryFrom')},"",(${value}-${c('trajectoryFrom')})/(${due}-${c('trajectoryFrom')})),"")`,

    // Forecast: KPI_FORECAST(values, end dates, deadline) over the periods tracked up to the one shown.
    // For a "sum" KPI the target is a total, so the trend is fitted to the running totals (what
    // KPI_FORECAST gives on a cumulative column): the forecast then reads against the target.
    meanX: `=IF(${c('count')}>=2,ARRAYFORMULA(SUMPRODUCT(${mask},${s.ends}))/${c('count')},"")`,
    meanY: `=IF(${c('count')}>=2,IF(${c('isSum')},ARRAYFORMULA(SUMPRODUCT(${mask},${runningTotals}))/${c('count')},${c('sum')}/${c('count')}),"")`,
    slope:
      `=IF(${c('count')}>=2,IFERROR(IF(${c('isSum')},` +
      `ARRAYFORMULA(SUMPRODUCT(${mask},${dx},${runningTotals}-${c('meanY')})/SUMPRODUCT(${mask},(${dx})^2)),` +
      `ARRAYFORMULA(SUMPRODUCT(${mask},${dx},${V}-${c('meanY')})/SUMPRODUCT(${mask},(${dx})^2))),""),"")`,
    forecast: `=IF(ISNUMBER(${c('slope')}),${c('meanY')}+${c('slope')}*(${c('deadline')}-${c('meanX')}),"")`,
    forecastPct: `=IF(AND(ISNUMBER(${forecast}),ISNUMBER(${target})),IF(${target}=0,"",${forecastDifference}/ABS(${target})),"")`,
    // The forecast judged against the final target, with the KPI's band: on pace today but slowing
    // reads amber here.
    forecastStatus:
      `=IF(NOT(AND(ISNUMBER(${forecast}),ISNUMBER(${target}))),"",` +
      `${statusOf(s, target, forecastDifference, c('forecastPct'), c('isTarget'), band)})`,

    // Tracking periods after the one shown whose end falls by the deadline (at least one while the
    // deadline is ahead: it may fall inside a period); 0 once it has passed.
    periodsLeft:
      `=IF(AND(ISNUMBER(${s.asOf}),ISNUMBER(${c('deadline')})),IF(${c('deadline')}>${s.asOf},` +
      `MAX(1,ARRAYFORMULA(SUMPRODUCT((${s.ends}>${s.asOf})*(${s.ends}<=${c('deadline')})))),0),"")`,
    needed:
      `=IF(AND(${c('hasData')},ISNUMBER(${value}),ISNUMBER(${target}),ISNUMBER(${c('periodsLeft')})),IF(${c('periodsLeft')}<1,"",` +
      `IF(${c('isTarget')},IF(${target}-${value}=0,"",${inUnit(gap)}),` +
      `IF(${c('isLower')},IF(AND(NOT(${c('isSum')}),${target}-${value}>=0),"",${inUnit(gap)}),` +
      `IF(${target}-${value}<=0,"",${inUnit(gap)})))),"")`,
    reading: `=IF(NOT(AND(${c('hasData')},${c('comparable')})),"",${progress}&${outlook}&${todo})`,

    change: `=IF(AND(${c('hasData')},${s.k}>1),IF(ISNUMBER(INDEX(${V},1,${s.k}-1)),${inUnit(`INDEX(${V},1,${s.k})-INDEX(${V},1,${s.k}-1)`)},""),"")`,
    // > 0 when the change is good news for this KPI's direction (a fall for lower-is-better, a move
    // towards the target for "target"): the change column's colours read this, never the raw sign.
    changeFavourable:
      `=IF(ISNUMBER(${c('change')}),IFERROR(IF(${c('isTarget')},` +
      `ABS(INDEX(${V},1,${s.k}-1)-${target})-ABS(INDEX(${V},1,${s.k})-${target}),` +
      `IF(${c('isLower')},-${c('change')},${c('change')})),""),"")`,
    // The period shown against the same period a year earlier, when Tracking holds it (a history
    // column, or a plan longer than a year).
    yearChange:
      // Nested, not AND(): with no period shown (k = 0) INDEX would read a whole row.
      `=IF(${c('hasData')},IF(${lastYearAt}>0,IF(ISNUMBER(INDEX(${all},1,${lastYearAt})),` +
      `${inUnit(`INDEX(${V},1,${s.k})-INDEX(${all},1,${lastYearAt})`)},""),""),"")`,
    benchmarkGap: `=IF(AND(ISNUMBER(${value}),ISNUMBER(${c('benchmark')})),${inUnit(`IF(${c('isLower')},${c('benchmark')}-${value},${value}-${c('benchmark')})`)},"")`,
    trend: `=SPARKLINE(${V})`,
    stale: `=IF(AND(${c('lastToDate')}>0,${c('lastToDate')}<${s.k}-1),${L.stale},"")`,

    // A value far outside the KPI's own history (a tracking loss, a bot attack): flagged, never
    // blocked. Needs 4 earlier values; "far" = more than 3 standard deviations from their mean.
    historyCount: `=ARRAYFORMULA(SUMPRODUCT(${before}))`,
    historyMean: `=IF(AND(${s.k}>0,${c('historyCount')}>=${s.outlierHistory}),ARRAYFORMULA(SUMPRODUCT(${before},${V}))/${c('historyCount')},"")`,
    historySd: `=IF(ISNUMBER(${c('historyMean')}),SQRT(ARRAYFORMULA(SUMPRODUCT(IF(${before},(${V}-${c('historyMean')})^2,0)))/(${c('historyCount')}-1)),"")`,
    outlier:
      `=IF(AND(${c('hasData')},ISNUMBER(${c('historySd')})),IF(AND(${c('historySd')}>0,` +
      `ABS(INDEX(${V},1,${s.k})-${c('historyMean')})>${s.outlierDeviations}*${c('historySd')}),${L.outlier},""),"")`,

    cappedAttainment: `=IF(AND(${c('hasData')},ISNUMBER(${c('attainment')})),MIN(${c('attainment')},${s.cap}),0)`,
    weightWithData: `=IF(AND(${c('hasData')},ISNUMBER(${c('attainment')})),${c('weight')},0)`,
  };
}

/** Earlier values a KPI needs before a value can look unusual, and how far "unusual" is. */
export const OUTLIER_MIN_HISTORY = 4;
export const OUTLIER_DEVIATIONS = 3;

/** The pieces of the reading sentence (« 103 % du rythme prévu ; à ce rythme, … »). */
const READING = {
  fr: {
    percent: '\u00a0%',
    paceBefore: '',
    paceAfter: ' du rythme prévu',
    dueAfter: ' de l’attendu',
    sep: '\u202f; ',
    trend: 'à ce rythme, ',
    by: ' au ',
    date: 'dd/mm/yyyy',
    targetOpen: ' (cible ',
    needs: 'il faut ',
    fromNow: ' d’ici là',
    atMost: 'au plus ',
    nothingLeft: 'rien à rattraper',
    deadlinePassed: 'échéance passée',
  },
  en: {
    percent: '%',
    paceBefore: 'At ',
    paceAfter: ' of plan',
    dueAfter: ' of what is due',
    sep: '; ',
    trend: 'on this trend ',
    by: ' by ',
    date: 'mmm d, yyyy',
    targetOpen: ' (target ',
    needs: 'needs ',
    fromNow: ' from now',
    atMost: 'at most ',
    nothingLeft: 'nothing to catch up',
    deadlinePassed: 'deadline passed',
  },
} as const;
