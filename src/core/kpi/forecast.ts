import { KpiError } from '../parse/kpiError';

/** A least-squares line, kept centred on the means so that large x (day numbers) lose no precision. */
export interface LinearTrend {
  readonly slope: number;
  readonly intercept: number;
  readonly meanX: number;
  readonly meanY: number;
}

/**
 * The least-squares line through (xs[i], ys[i]), the one Sheets' SLOPE and INTERCEPT give, so that
 * KPI_FORECAST agrees with the native FORECAST/TREND the scorecards use.
 */
export function linearTrend(xs: readonly number[], ys: readonly number[]): LinearTrend {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) throw new KpiError('tooFewPoints', { count: n });
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += xs[i] as number;
    sumY += ys[i] as number;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - meanX;
    sxx += dx * dx;
    sxy += dx * ((ys[i] as number) - meanY);
  }
  if (sxx === 0) throw new KpiError('sameX');
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  // Huge values overflow the sums (1e308 + 1e308): a trend of Infinity or NaN would project to nonsense.
  if (!(slope - slope === 0 && intercept - intercept === 0 && meanY - meanY === 0 && meanX - meanX === 0))
    throw new KpiError('trendNotFinite');
  return { slope, intercept, meanX, meanY };
}

/** The trend's value at x: INTERCEPT + SLOPE × x, computed from the means for precision. */
export function projectTrend(trend: LinearTrend, x: number): number {
  return trend.meanY + trend.slope * (x - trend.meanX);
}
