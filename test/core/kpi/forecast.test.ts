import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { KpiError } from '../../../src/core/parse/kpiError';
import { linearTrend, projectTrend } from '../../../src/core/kpi/forecast';
import { readSeries } from '../../../src/core/kpi/series';

// The scorecards use native formulas, so KPI_FORECAST must agree with the spreadsheet's own least
// squares. HyperFormula (our emulator's engine) has SLOPE and AVERAGE; FORECAST(x) is
// AVERAGE(y) + SLOPE(y, x) × (x − AVERAGE(x)), i.e. INTERCEPT + SLOPE × x.
function spreadsheetForecast(x: number, xs: number[], ys: number[]): number {
  const n = xs.length;
  const rows = xs.map((xi, i) => [xi, ys[i] as number]);
  rows.push([
    x,
    `=AVERAGE(B1:B${n})+SLOPE(B1:B${n},A1:A${n})*(A${n + 1}-AVERAGE(A1:A${n}))` as unknown as number,
  ]);
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  const value = hf.getCellValue({ sheet: 0, col: 1, row: n });
  hf.destroy();
  return value as number;
}

describe('linearTrend', () => {
  test('matches the spreadsheet on a monthly series of day numbers', () => {
    const xs = [20849, 20877, 20908, 20938, 20969]; // month ends of 2027 as days since 1970
    const ys = [1200, 1310, 1290, 1460, 1522];
    const trend = linearTrend(xs, ys);
    expect(projectTrend(trend, 21183)).toBeCloseTo(spreadsheetForecast(21183, xs, ys), 6);
    expect(trend.intercept + trend.slope * 21183).toBeCloseTo(projectTrend(trend, 21183), 6);
  });

  test('property: agrees with the spreadsheet for any series with two distinct x', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60000 }), { minLength: 2, maxLength: 24 }),
        // KPI values with cents; HyperFormula reads subnormal doubles (5e-324) as NaN, no KPI is one.
        fc.array(
          fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
          { minLength: 24, maxLength: 24 },
        ),
        fc.integer({ min: 0, max: 70000 }),
        (xs, allYs, x) => {
          const ys = allYs.slice(0, xs.length);
          const expected = spreadsheetForecast(x, xs, ys);
          const scale = Math.max(1, ...ys.map(Math.abs));
          expect(Math.abs(projectTrend(linearTrend(xs, ys), x) - expected)).toBeLessThan(1e-6 * scale);
        },
      ),
      { numRuns: 50 },
    );
  });

  test('fewer than two points or a single x are refused', () => {
    expect(() => linearTrend([1], [1])).toThrow(new KpiError('tooFewPoints', { count: 1 }));
    expect(() => linearTrend([], [])).toThrow(KpiError);
    expect(() => linearTrend([3, 3, 3], [1, 2, 3])).toThrow(new KpiError('sameX'));
  });
});

describe('readSeries', () => {
  test('without dates: 1-based positions, blanks skipped, row by row', () => {
    expect(
      readSeries(
        [
          [1, ''],
          ['3,5', 4],
        ],
        undefined,
      ),
    ).toEqual({ xs: [1, 3, 4], ys: [1, 3.5, 4], xKind: 'number' });
  });

  test('with dates: day numbers; with numbers: as given', () => {
    expect(readSeries([[5], [6]], [['1970-01-02'], [new Date(1970, 0, 4)]])).toEqual({
      xs: [1, 3],
      ys: [5, 6],
      xKind: 'date',
    });
    expect(readSeries([[5], [6]], [[10], [20]])).toEqual({ xs: [10, 20], ys: [5, 6], xKind: 'number' });
  });
});
