import {
  type Aggregation,
  type Direction,
  forecast,
  needed,
  type SerialMilestone,
  type Status,
  trajectory,
  variance,
} from './oracle';

// What each Scorecard cell should show, computed from the plan and the tracked data without any
// formula: the Scorecard's own rules (value to date, period shown, no data, stale, roll-ups) around the
// KPI maths of ./oracle.ts.

export interface KpiInput {
  readonly direction: Direction;
  readonly aggregation: Aggregation;
  readonly target: number;
  readonly baseline: number | undefined;
  readonly band: number;
  readonly weight: number;
  readonly deadline: number; // serial
  readonly benchmark: number | undefined;
  /** One per period, null = blank. */
  readonly values: readonly (number | null)[];
  /** A percent KPI: its differences (variance, change, gap) are shown in points, times 100. */
  readonly points?: boolean;
  readonly milestones?: readonly SerialMilestone[];
}

export type StatusShown = Status | 'no data';

export interface KpiExpected {
  readonly value: number | undefined;
  /** Where the KPI should be by the period shown (its trajectory). */
  readonly due: number | undefined;
  readonly hasData: boolean;
  readonly stale: boolean;
  readonly absolute: number | undefined;
  /** undefined: blank; 'target0': the "target = 0" text. */
  readonly percent: number | 'target0' | undefined;
  readonly attainment: number | 'target0' | undefined;
  readonly status: StatusShown;
  readonly pace: number | undefined;
  readonly forecast: number | undefined;
  /** The forecast judged against the final target; undefined: no forecast. */
  readonly forecastStatus: Status | undefined;
  readonly periodsLeft: number | undefined;
  readonly needed: number | undefined;
  readonly outlier: boolean;
  readonly change: number | undefined;
  /** Sign of the change for this KPI's direction: 1 good news, -1 bad news, 0 neither, undefined: no change. */
  readonly changeFavourable: number | undefined;
  readonly benchmarkGap: number | undefined;
}

/** 1-based index of the last period ≤ k (or any, when k is undefined) holding a number; 0 if none. */
export function lastIndexWithData(values: readonly (number | null)[], k = values.length): number {
  for (let i = Math.min(k, values.length); i >= 1; i--) if (values[i - 1] !== null) return i;
  return 0;
}

/** The period the Scorecard shows: the selector's, else the latest period with any data (0: none). */
export function selectedIndex(kpis: readonly KpiInput[], selector: number | undefined): number {
  if (selector !== undefined) return selector;
  return Math.max(0, ...kpis.map((k) => lastIndexWithData(k.values)));
}

/**
 * The series the forecast is fitted to: the tracked values, or for a "sum" KPI their running totals
 * (what an analyst would give KPI_FORECAST to forecast a total), blanks kept blank.
 */
export function forecastSeries(
  values: readonly (number | null)[],
  aggregation: Aggregation,
): (number | null)[] {
  if (aggregation !== 'sum') return [...values];
  let total = 0;
  return values.map((v) => (v === null ? null : (total += v)));
}

export function expectKpi(kpi: KpiInput, k: number, ends: readonly number[], start: number): KpiExpected {
  const upTo = kpi.values.slice(0, k);
  const present = upTo.filter((v): v is number => v !== null);
  const last = lastIndexWithData(kpi.values, k);
  const sum = present.reduce((a, b) => a + b, 0);
  const value =
    present.length === 0
      ? undefined
      : kpi.aggregation === 'sum'
        ? sum
        : kpi.aggregation === 'average'
          ? sum / present.length
          : (kpi.values[last - 1] as number);
  const hasData = k > 0 && last === k;
  const asOf = k > 0 ? ends[k - 1] : undefined;
  const due = expectDue(kpi, k, ends, start);
  const v =
    value === undefined || due === undefined ? undefined : variance(value, due, kpi.direction, kpi.band);
  const from = kpi.aggregation === 'sum' ? 0 : kpi.baseline;
  const projected =
    k === 0 ? undefined : forecast(forecastSeries(upTo, kpi.aggregation), ends.slice(0, k), kpi.deadline);
  const periodsLeft =
    asOf === undefined
      ? undefined
      : kpi.deadline > asOf
        ? Math.max(1, ends.filter((e) => e > asOf && e <= kpi.deadline).length)
        : 0;
  const need =
    hasData && value !== undefined && periodsLeft !== undefined
      ? needed(value, kpi.target, periodsLeft, kpi.direction, kpi.aggregation)
      : undefined;
  const history = kpi.values.slice(0, Math.max(0, k - 1)).filter((x): x is number => x !== null);
  let outlier = false;
  if (hasData && history.length >= 4) {
    const mean = history.reduce((a, b) => a + b, 0) / history.length;
    const sd = Math.sqrt(history.reduce((a, b) => a + (b - mean) ** 2, 0) / (history.length - 1));
    outlier = sd > 0 && Math.abs((kpi.values[k - 1] as number) - mean) > 3 * sd;
  }
  const current = k > 0 ? (kpi.values[k - 1] ?? null) : null;
  const previous = k > 1 ? (kpi.values[k - 2] ?? null) : null;
  const change = hasData && current !== null && previous !== null ? current - previous : undefined;
  let changeFavourable: number | undefined;
  if (change !== undefined && current !== null && previous !== null) {
    const good =
      kpi.direction === 'target'
        ? Math.abs(previous - kpi.target) - Math.abs(current - kpi.target)
        : kpi.direction === 'lower'
          ? -change
          : change;
    changeFavourable = Math.sign(good);
  }
  const inUnit = (gap: number | undefined) => (gap !== undefined && kpi.points ? gap * 100 : gap);
  return {
    value,
    hasData,
    stale: last > 0 && last < k - 1,
    absolute: inUnit(v?.absolute),
    percent: v === undefined ? undefined : (v.percent ?? 'target0'),
    attainment: v === undefined ? undefined : (v.attainment ?? 'target0'),
    status: hasData && v ? v.status : 'no data',
    due,
    pace:
      value === undefined || due === undefined || from === undefined || due === from
        ? undefined
        : (value - from) / (due - from),
    forecast: projected,
    forecastStatus:
      projected === undefined ? undefined : variance(projected, kpi.target, kpi.direction, kpi.band).status,
    periodsLeft,
    needed: need !== undefined && kpi.points ? need * 100 : need,
    outlier,
    change: inUnit(change),
    changeFavourable,
    benchmarkGap: inUnit(
      value === undefined || kpi.benchmark === undefined
        ? undefined
        : kpi.direction === 'lower'
          ? kpi.benchmark - value
          : value - kpi.benchmark,
    ),
  };
}

/** The trajectory at the period shown; for "average", its average over the periods tracked so far. */
export function expectDue(
  kpi: KpiInput,
  k: number,
  ends: readonly number[],
  start: number,
): number | undefined {
  if (k === 0) return undefined;
  const at = (p: number): number =>
    trajectory(
      kpi.baseline,
      kpi.target,
      start,
      kpi.deadline,
      ends[p - 1] as number,
      kpi.aggregation,
      kpi.direction,
      kpi.milestones,
    );
  if (kpi.aggregation !== 'average') return at(k);
  let sum = 0;
  let count = 0;
  for (let p = 1; p <= k; p++)
    if (kpi.values[p - 1] !== null && kpi.values[p - 1] !== undefined) {
      sum += at(p);
      count += 1;
    }
  return count === 0 ? undefined : sum / count;
}

export interface RollupExpected {
  readonly attainment: number | undefined;
  readonly shareOnTrack: number | undefined;
  readonly withStatus: number;
  readonly count: number;
}

export function expectRollup(
  kpis: readonly KpiInput[],
  expected: readonly KpiExpected[],
  cap: number,
): RollupExpected {
  let weighted = 0;
  let weights = 0;
  let onTrack = 0;
  let withStatus = 0;
  expected.forEach((e, i) => {
    if (e.hasData && typeof e.attainment === 'number') {
      const w = (kpis[i] as KpiInput).weight;
      weighted += Math.min(e.attainment, cap) * w;
      weights += w;
    }
    if (e.status !== 'no data') withStatus += 1;
    if (e.status === 'on track') onTrack += 1;
  });
  return {
    attainment: weights > 0 ? weighted / weights : undefined,
    shareOnTrack: withStatus > 0 ? onTrack / withStatus : undefined,
    withStatus,
    count: expected.length,
  };
}
