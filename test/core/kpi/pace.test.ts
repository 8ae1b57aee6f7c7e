import { KpiError } from '../../../src/core/parse/kpiError';
import { type PaceInput, kpiPace } from '../../../src/core/kpi/pace';

const d = (year: number, month: number, day: number) => ({ year, month, day });
// 2027-01-01 → 2027-12-31: 364 days; 2027-07-02 is day 182.
const base: PaceInput = {
  actual: 50,
  baseline: 0,
  target: 100,
  start: d(2027, 1, 1),
  deadline: d(2027, 12, 31),
  asOf: d(2027, 7, 2),
  aggregation: 'last',
};

function keyOf(input: Partial<PaceInput>): string {
  try {
    kpiPace({ ...base, ...input });
  } catch (error) {
    if (error instanceof KpiError) return error.key;
    throw error;
  }
  return 'no error';
}

describe('kpiPace', () => {
  test('progress over elapsed fraction, for levels to raise or lower', () => {
    expect(kpiPace(base)).toBeCloseTo(1, 12);
    expect(kpiPace({ ...base, actual: 25 })).toBeCloseTo(0.5, 12);
    expect(kpiPace({ ...base, baseline: 40, target: 32, actual: 36 })).toBeCloseTo(1, 12);
    expect(kpiPace({ ...base, aggregation: 'average', baseline: 2, target: 3, actual: 2.75 })).toBeCloseTo(
      1.5,
      12,
    );
    // Going backwards is a negative pace: the number says how far behind.
    expect(kpiPace({ ...base, actual: -10 })).toBeCloseTo(-0.2, 12);
  });

  test('"sum" compares a running total with target × elapsed fraction', () => {
    expect(kpiPace({ ...base, aggregation: 'sum', actual: 600, target: 1200, baseline: 999 })).toBeCloseTo(
      1,
      12,
    );
  });

  test('counts calendar days, across a daylight-saving change', () => {
    // 2027-03-01 → 2027-04-30 is 60 days; 2027-03-31 (after the European spring change) is day 30.
    expect(
      kpiPace({ ...base, start: d(2027, 3, 1), deadline: d(2027, 4, 30), asOf: d(2027, 3, 31), actual: 50 }),
    ).toBeCloseTo(1, 12);
  });

  test('after the deadline the fraction stays 1', () => {
    expect(kpiPace({ ...base, asOf: d(2029, 1, 1), actual: 90 })).toBeCloseTo(0.9, 12);
  });

  test('each impossible case has its own message', () => {
    expect(keyOf({ asOf: d(2026, 12, 31) })).toBe('notStartedYet');
    expect(keyOf({ asOf: d(2027, 1, 1) })).toBe('noTimeElapsed');
    expect(keyOf({ deadline: d(2027, 1, 1) })).toBe('deadlineNotAfterStart');
    expect(keyOf({ deadline: d(2026, 6, 1) })).toBe('deadlineNotAfterStart');
    expect(keyOf({ baseline: 100 })).toBe('baselineEqualsTarget');
    expect(keyOf({ baseline: 100, aggregation: 'sum' })).toBe('no error');
    expect(keyOf({ target: 0, aggregation: 'sum' })).toBe('sumTargetIsZero');
  });
});
