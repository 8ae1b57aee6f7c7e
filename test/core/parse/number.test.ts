import { KpiError } from '../../../src/core/parse/kpiError';
import { parseNumber, parseNumericText, parseOptionalNumber } from '../../../src/core/parse/number';

describe('parseNumericText', () => {
  test.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-3', -3],
    ['+3', 3],
    ['\u22123', -3],
    [' 42 ', 42],
    [',5', 0.5],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234,5', 1234.5],
    ['1 234 567.25', 1234567.25],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['12 %', 0.12],
    ['12%', 0.12],
    ['12,5\u00a0%', 0.125],
    ['-3 %', -0.03],
    ['1 234 €', 1234],
    ['$1,234.50', 1234.5],
  ])('%j is %d', (text, expected) => {
    expect(parseNumericText(text)).toBeCloseTo(expected, 12);
  });

  test('a single comma or dot is a decimal mark, whatever follows', () => {
    expect(parseNumericText('1,234')).toBe(1.234);
    expect(parseNumericText('1.234')).toBe(1.234);
  });

  test.each([
    '12abc',
    'abc',
    '',
    '%',
    '1 23',
    '12,5,3',
    '1,23.4',
    '1e5',
    'Infinity',
    'NaN',
    '12 % %',
    '--3',
    '0x10',
  ])('%j is not a number', (text) => {
    expect(parseNumericText(text)).toBeUndefined();
  });
});

describe('parseNumber', () => {
  test('numbers pass through; non-finite numbers (and numeric text beyond 1.8E+308), booleans and dates are refused with the argument named', () => {
    expect(parseNumber(0.1, 'actual')).toBe(0.1);
    expect(parseNumber('12,5', 'actual')).toBe(12.5);
    for (const [value, shown, key] of [
      [Number.NaN, 'NaN', 'notANumber'],
      [Infinity, 'Infinity', 'numberTooLarge'],
      [-Infinity, '-Infinity', 'numberTooLarge'],
      ['9'.repeat(400), `${'9'.repeat(39)}…`, 'numberTooLarge'],
      [`-${'9'.repeat(309)},5`, `-${'9'.repeat(38)}…`, 'numberTooLarge'],
      [`${'9'.repeat(309)} %`, `${'9'.repeat(39)}…`, 'numberTooLarge'],
      [true, 'TRUE', 'notANumber'],
      [new Date(2027, 5, 30), '2027-06-30', 'notANumber'],
      ['12abc', '12abc', 'notANumber'],
    ] as const) {
      let error: unknown;
      try {
        parseNumber(value, 'target');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KpiError);
      expect((error as KpiError).key).toBe(key);
      expect((error as KpiError).params).toEqual({ arg: 'target', value: shown });
    }
  });

  test('an optional number falls back when blank, not when wrong', () => {
    expect(parseOptionalNumber('', 'band', 0.1)).toBe(0.1);
    expect(parseOptionalNumber(undefined, 'band', 0.1)).toBe(0.1);
    expect(parseOptionalNumber('  ', 'band', 0.1)).toBe(0.1);
    expect(parseOptionalNumber('0,2', 'band', 0.1)).toBe(0.2);
    expect(() => parseOptionalNumber('wide', 'band', 0.1)).toThrow('band: "wide" is not a number');
  });
});
