import { kpisOf } from '../../../core/plan/schema';
import type { LayoutContext } from '../../layoutContext';
import { cell, columnLetter, range, sheetPrefix, stringLiteral } from '../../a1';
import type { CellPosition, ScorecardColumn, ScorecardGrid } from './positions';
import { STATUS_LABELS, TEXT } from './labels';
import { AGGREGATION_WORDS, DIRECTION_WORDS } from './words';

// The formulas of one KPI row, in canonical English syntax. Every one is a native Sheets function
// (no custom function, no LET/LAMBDA/FILTER/XLOOKUP/OFFSET, no array literal), so a client without the
// add-on sees live numbers and HyperFormula (the emulator's engine) computes the same thing.
//
// The maths follow KPI_VARIANCE, KPI_PACE and KPI_FORECAST (issue 3) operation for operation, so the
// results agree to the last bit where the engines do IEEE arithmetic in the same order:
//   absolute  = s·(actual − target), written (actual − target) or (target − actual); −|actual − target| for "target"
//   percent   = absolute / |target|; attainment = 1 + percent
//   status    = on track if percent ≥ 0, at risk if ≥ −band, else off track; "target": −percent ≤ band,
//               ≤ 2·band; target 0: sign of absolute. Like KPI_VARIANCE, boundaries allow a 1e-12 tolerance
//               (a hidden cell) so that floating-point noise (1.1 vs 1) cannot flip a status
//   pace      = ((actual − baseline)/(target − baseline))/f, or actual/(target·f) for sums, with
//               f = min(1, (as_of − start)/(deadline − start)) and as_of = end of the period shown
//   forecast  = ȳ + slope·(deadline − x̄), least squares over the values tracked up to the period shown
//               (their running totals for "sum" KPIs), x = period end dates
//
// Only structural constants appear as literals (0, 1, the 2 of "2·band"); every parameter (cap, default
// band and weight, plan dates, the labels) is a cell the user can see.

export type KpiRowFormulas = Readonly<Record<ScorecardColumn, string>>;

/** The Scorecard cells every KPI row points at, as absolute references. */
interface SharedRefs {
  readonly index: string; // period index helper row
  readonly ends: string; // period end dates helper row
  readonly k: string; // selected period index
  readonly eps: string; // status tolerance
  readonly asOf: string;
  readonly start: string;
  readonly end: string;
  readonly cap: string;
  readonly band: string;
  readonly weight: string;
  readonly labels: Readonly<Record<keyof typeof STATUS_LABELS, string>>;
}

function abs(position: CellPosition): string {
  return cell(position.column, position.row);
}

function sharedRefs(grid: ScorecardGrid): SharedRefs {
  const last = grid.firstPeriodHelperColumn + grid.periodCount - 1;
  return {
    index: range(grid.firstPeriodHelperColumn, grid.periodIndexRow, last, grid.periodIndexRow),
    ends: range(grid.firstPeriodHelperColumn, grid.periodEndRow, last, grid.periodEndRow),
    k: abs(grid.selectedIndexCell),
    eps: abs(grid.statusToleranceCell),
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

/** The Tracking header labels the period selector lists. */
export function trackingHeaderRange(context: LayoutContext): string {
  const t = context.tracking;
  return sheetPrefix(t.sheet) + range(t.firstPeriodColumn, t.headerRow, t.lastPeriodColumn, t.headerRow);
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
  const lang = context.lang;
  const L = s.labels;

  /** 1 for the periods tracked up to the one shown that hold a number, else 0. */
  const mask = `(${s.index}<=${s.k})*ISNUMBER(${V})`;
  const targetZero = stringLiteral(TEXT.targetZero[lang]);
  const value = c('value');
  const target = c('target');
  const pct = c('variancePct');
  const absolute = c('varianceAbs');
  const band = c('band');
  const dx = `${s.ends}-${c('meanX')}`;
  // Running totals of the tracked values up to the period shown, one per period (a 1×n array):
  // the values (0 where blank or after the period shown) times an upper-triangular matrix of 1s.
  const runningTotals = `MMULT(IF(${mask},${V},0),--(TRANSPOSE(${s.index})<=${s.index}))`;
  // A difference of two rates is a gap in percentage points: shown as points (« +1,2 pts »), so the
  // cell holds the fraction's difference times 100 for a percent KPI, as people write it.
  const points = kpisOf(context.plan)[index]?.kpi.unit === 'percent';
  const inUnit = (gap: string): string => (points ? `(${gap})*100` : gap);
  /** Signed so that positive is good news, as KPI_VARIANCE's "absolute". */
  const difference = `IF(${c('isTarget')},-ABS(${value}-${target}),IF(${c('isLower')},${target}-${value},${value}-${target}))`;

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
    comparable: `=AND(ISNUMBER(${value}),ISNUMBER(${target}))`,
    varianceAbs: `=IF(${c('comparable')},${inUnit(difference)},"")`,
    // From the difference itself, not the (maybe scaled) column: the same bits as KPI_VARIANCE.
    variancePct: `=IF(${c('comparable')},IF(${target}=0,${targetZero},${points ? difference : absolute}/ABS(${target})),"")`,
    attainment: `=IF(ISNUMBER(${pct}),1+${pct},${pct})`,
    status:
      `=IF(NOT(AND(${c('hasData')},${c('comparable')})),${L.noData},` +
      `IF(${target}=0,IF(${absolute}>=0,${L.onTrack},${L.offTrack}),` +
      `IF(${c('isTarget')},IF(-${pct}<=${band}+${s.eps},${L.onTrack},IF(-${pct}<=2*${band}+${s.eps},${L.atRisk},${L.offTrack})),` +
      `IF(${pct}>=-${s.eps},${L.onTrack},IF(${pct}>=-${band}-${s.eps},${L.atRisk},${L.offTrack})))))`,

    elapsed: `=IF(AND(ISNUMBER(${s.asOf}),${s.asOf}>${s.start},${c('deadline')}>${s.start}),MIN(1,(${s.asOf}-${s.start})/(${c('deadline')}-${s.start})),"")`,
    pace:
      `=IF(AND(${c('comparable')},ISNUMBER(${c('elapsed')})),` +
      `IF(${c('isSum')},IF(${target}=0,"",${value}/(${target}*${c('elapsed')})),` +
      `IF(AND(ISNUMBER(${c('baseline')}),${target}<>${c('baseline')}),((${value}-${c('baseline')})/(${target}-${c('baseline')}))/${c('elapsed')},"")),"")`,

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

    change: `=IF(AND(${c('hasData')},${s.k}>1),IF(ISNUMBER(INDEX(${V},1,${s.k}-1)),${inUnit(`INDEX(${V},1,${s.k})-INDEX(${V},1,${s.k}-1)`)},""),"")`,
    // > 0 when the change is good news for this KPI's direction (a fall for lower-is-better, a move
    // towards the target for "target"): the change column's colours read this, never the raw sign.
    changeFavourable:
      `=IF(ISNUMBER(${c('change')}),IFERROR(IF(${c('isTarget')},` +
      `ABS(INDEX(${V},1,${s.k}-1)-${target})-ABS(INDEX(${V},1,${s.k})-${target}),` +
      `IF(${c('isLower')},-${c('change')},${c('change')})),""),"")`,
    benchmarkGap: `=IF(AND(ISNUMBER(${value}),ISNUMBER(${c('benchmark')})),${inUnit(`IF(${c('isLower')},${c('benchmark')}-${value},${value}-${c('benchmark')})`)},"")`,
    trend: `=SPARKLINE(${V})`,
    stale: `=IF(AND(${c('lastToDate')}>0,${c('lastToDate')}<${s.k}-1),${L.stale},"")`,

    cappedAttainment: `=IF(AND(${c('hasData')},ISNUMBER(${c('attainment')})),MIN(${c('attainment')},${s.cap}),0)`,
    weightWithData: `=IF(AND(${c('hasData')},ISNUMBER(${c('attainment')})),${c('weight')},0)`,
  };
}
