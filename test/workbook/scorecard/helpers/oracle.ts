// The KPI maths the Scorecard's formulas must reproduce, written from issue 3's definitions
// (KPI_VARIANCE, KPI_PACE, KPI_FORECAST) in plain TypeScript, independent of the formulas. When the KPI
// engine (src/core/kpi, branch issue-3) lands, ./kpiReference.ts points these at it instead.

export type Direction = 'higher' | 'lower' | 'target';
export type Aggregation = 'last' | 'sum' | 'average';
export type Status = 'on track' | 'at risk' | 'off track';

export interface VarianceResult {
  readonly absolute: number;
  /** undefined when the target is 0 (KPI_VARIANCE refuses "percent" and "attainment" then). */
  readonly percent: number | undefined;
  readonly attainment: number | undefined;
  readonly status: Status;
}

export function variance(actual: number, target: number, direction: Direction, band: number): VarianceResult {
  const s = direction === 'lower' ? -1 : 1;
  const absolute = direction === 'target' ? -Math.abs(actual - target) : s * (actual - target);
  if (target === 0) {
    return {
      absolute,
      percent: undefined,
      attainment: undefined,
      status: absolute >= 0 ? 'on track' : 'off track',
    };
  }
  const percent =
    direction === 'target'
      ? -Math.abs(actual - target) / Math.abs(target)
      : (s * (actual - target)) / Math.abs(target);
  let status: Status;
  if (direction === 'target')
    status = -percent <= band ? 'on track' : -percent <= 2 * band ? 'at risk' : 'off track';
  else status = percent >= 0 ? 'on track' : percent >= -band ? 'at risk' : 'off track';
  return { absolute, percent, attainment: 1 + percent, status };
}

/** KPI_PACE with dates as day numbers; undefined where KPI_PACE answers a message. */
export function pace(
  actual: number,
  baseline: number | undefined,
  target: number,
  start: number,
  deadline: number,
  asOf: number,
  aggregation: Aggregation,
): number | undefined {
  if (!(asOf > start) || !(deadline > start)) return undefined;
  const f = Math.min(1, (asOf - start) / (deadline - start));
  if (aggregation === 'sum') return target === 0 ? undefined : actual / (target * f);
  if (baseline === undefined || baseline === target) return undefined;
  return (actual - baseline) / (target - baseline) / f;
}

/** KPI_FORECAST with dates: least squares over the (date, value) pairs with a value, at `deadline`. */
export function forecast(
  values: readonly (number | null)[],
  dates: readonly number[],
  deadline: number,
): number | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  values.forEach((v, i) => {
    if (v !== null) {
      xs.push(dates[i] as number);
      ys.push(v);
    }
  });
  if (xs.length < 2) return undefined;
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    sxx += ((xs[i] as number) - mx) ** 2;
  }
  if (sxx === 0) return undefined;
  return my + (sxy / sxx) * (deadline - mx);
}
