import fc from 'fast-check';
import { KpiError } from '../../../src/core/parse/kpiError';
import {
  DIRECTION_WORDS,
  OUTPUT_WORDS,
  STATUSES,
  checkBand,
  kpiVariance,
} from '../../../src/core/kpi/variance';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const nonZero = finite.filter((x) => x !== 0);
const band = fc.double({ noNaN: true, min: 1e-6, max: 1 });

describe('kpiVariance: the formulas the README documents', () => {
  test.each([
    // actual, target, direction, percent, absolute, attainment, status (band 0.1)
    [110, 100, 'higher', 0.1, 10, 1.1, 'on track'],
    [95, 100, 'higher', -0.05, -5, 0.95, 'at risk'],
    [80, 100, 'higher', -0.2, -20, 0.8, 'off track'],
    [80, 100, 'lower', 0.2, 20, 1.2, 'on track'],
    [120, 100, 'lower', -0.2, -20, 0.8, 'off track'],
    [105, 100, 'target', -0.05, -5, 0.95, 'on track'],
    [85, 100, 'target', -0.15, -15, 0.85, 'at risk'],
    [75, 100, 'target', -0.25, -25, 0.75, 'off track'],
    [-90, -100, 'higher', 0.1, 10, 1.1, 'on track'],
    [-110, -100, 'lower', 0.1, 10, 1.1, 'on track'],
  ] as const)('%d vs %d (%s)', (actual, target, direction, percent, absolute, attainment, status) => {
    expect(kpiVariance(actual, target, direction, 'percent')).toBeCloseTo(percent, 12);
    expect(kpiVariance(actual, target, direction, 'absolute')).toBeCloseTo(absolute, 12);
    expect(kpiVariance(actual, target, direction, 'attainment')).toBeCloseTo(attainment, 12);
    expect(kpiVariance(actual, target, direction, 'status', 0.1)).toBe(status);
  });

  test('no negative zero reaches a cell', () => {
    expect(Object.is(kpiVariance(100, 100, 'lower', 'absolute'), 0)).toBe(true);
    expect(Object.is(kpiVariance(100, 100, 'target', 'percent'), 0)).toBe(true);
  });

  test('target 0: percent and attainment are refused, status follows the sign of the absolute variance', () => {
    expect(() => kpiVariance(3, 0, 'higher', 'percent')).toThrow(new KpiError('targetIsZero'));
    expect(() => kpiVariance(3, 0, 'higher', 'attainment')).toThrow(KpiError);
    expect(kpiVariance(3, 0, 'lower', 'absolute')).toBe(-3);
    expect(kpiVariance(3, 0, 'higher', 'status')).toBe('on track');
    expect(kpiVariance(3, 0, 'lower', 'status')).toBe('off track');
    expect(kpiVariance(0, 0, 'target', 'status')).toBe('on track');
    expect(kpiVariance(1, 0, 'target', 'status')).toBe('off track');
  });

  test('band must be in (0, 1]', () => {
    expect(checkBand(1)).toBe(1);
    expect(checkBand(0.05)).toBe(0.05);
    for (const bad of [0, -0.1, 1.01, Number.NaN]) expect(() => checkBand(bad)).toThrow(KpiError);
  });

  test('every option has English and French words', () => {
    for (const words of [...Object.values(DIRECTION_WORDS), ...Object.values(OUTPUT_WORDS)])
      expect(words.length).toBeGreaterThanOrEqual(2);
  });
});

describe('kpiVariance properties', () => {
  test('swapping higher and lower flips the sign of percent and absolute', () => {
    fc.assert(
      fc.property(finite, nonZero, (actual, target) => {
        expect(kpiVariance(actual, target, 'higher', 'percent')).toBe(
          -kpiVariance(actual, target, 'lower', 'percent') + 0,
        );
        expect(kpiVariance(actual, target, 'higher', 'absolute')).toBe(
          -kpiVariance(actual, target, 'lower', 'absolute') + 0,
        );
      }),
    );
  });

  test('attainment is 1 + percent, for every direction', () => {
    fc.assert(
      fc.property(
        finite,
        nonZero,
        fc.constantFrom('higher', 'lower', 'target'),
        (actual, target, direction) => {
          const percent = kpiVariance(actual, target, direction, 'percent') as number;
          expect(kpiVariance(actual, target, direction, 'attainment')).toBe(1 + percent);
        },
      ),
    );
  });

  test('"target" direction never scores above target; status agrees with percent and band', () => {
    fc.assert(
      fc.property(
        finite,
        nonZero,
        fc.constantFrom('higher', 'lower', 'target'),
        band,
        (actual, target, direction, b) => {
          const percent = kpiVariance(actual, target, direction, 'percent') as number;
          const status = kpiVariance(actual, target, direction, 'status', b);
          expect(STATUSES).toContain(status);
          if (direction === 'target') {
            expect(percent).toBeLessThanOrEqual(0);
            if (-percent < b * 0.999) expect(status).toBe('on track');
            if (-percent > 2 * b * 1.001) expect(status).toBe('off track');
          } else {
            if (percent > 0) expect(status).toBe('on track');
            if (percent < -b * 1.001) expect(status).toBe('off track');
            // Within 1e-12 of the target counts as on target (floating-point tolerance).
            if (percent < -1e-9 && percent > -b * 0.999) expect(status).toBe('at risk');
          }
        },
      ),
    );
  });

  test('only KpiErrors escape, and only for target 0', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        fc.constantFrom('higher', 'lower', 'target'),
        fc.constantFrom('percent', 'absolute', 'attainment', 'status'),
        (actual, target, direction, output) => {
          try {
            kpiVariance(actual, target, direction, output);
          } catch (error) {
            expect(error).toBeInstanceOf(KpiError);
            expect(target === 0).toBe(true); // -0 included
          }
        },
      ),
    );
  });
});
