import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/cells';
import { lastValueCache } from '../../../src/core/rangeArgs/lastValueCache';
import { mapCells, mapCellsToRows } from '../../../src/core/rangeArgs/mapCells';
import { ERROR_PREFIX } from '../../../src/core/rangeArgs/sheetsError';
import { commonShape } from '../../../src/core/rangeArgs/shape';
import { KpiError } from '../../../src/core/parse/kpiError';
import { parseNumber } from '../../../src/core/parse/number';

const english = () => 'en' as const;
const sum = (cells: readonly unknown[]): CellValue => parseNumber(cells[0], 'a') + parseNumber(cells[1], 'b');
const args = (a: unknown, b: unknown) => [
  { name: 'a', value: a as Grid, required: true },
  { name: 'b', value: b as Grid, required: true },
];

describe('mapCells', () => {
  test('single cells give a single value; a single cell broadcasts against a range', () => {
    expect(mapCells(args(1, 2), sum, english)).toBe(3);
    expect(mapCells(args([[1], [2]], 10), sum, english)).toEqual([[11], [12]]);
    expect(mapCells(args(10, [[1, 2, 3]]), sum, english)).toEqual([[11, 12, 13]]);
    // A 1×1 range broadcasts too, and keeps the answer a range.
    expect(mapCells(args([[10]], [[1], [2]]), sum, english)).toEqual([[11], [12]]);
    expect(mapCells(args([[10]], 1), sum, english)).toEqual([[11]]);
  });

  test('same-shape ranges pair cell by cell; different shapes name both', () => {
    expect(
      mapCells(
        args(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [10, 20],
            [30, 40],
          ],
        ),
        sum,
        english,
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
    expect(() => mapCells(args([[1], [2]], [[1, 2]]), sum, english)).toThrow(
      new KpiError('shapeMismatch', { first: 'a', firstShape: '2×1', second: 'b', secondShape: '1×2' }),
    );
  });

  test('blank required cells give blanks, a bad cell shows its message, the rest computes', () => {
    let calls = 0;
    const counted = (cells: readonly unknown[]) => {
      calls++;
      return sum(cells);
    };
    expect(mapCells(args([[1], [''], ['x'], [' ']], 1), counted, english)).toEqual([
      [2],
      [''],
      [`${ERROR_PREFIX}a: "x" is not a number (write e.g. 12.5, 12,5, 1 234 or 12 %)`],
      [''],
    ]);
    expect(calls).toBe(2);
  });

  test('the language is asked once, only when a message is shown', () => {
    const lang = jest.fn(() => 'fr' as const);
    mapCells(args([[1], [2]], 1), sum, lang);
    expect(lang).not.toHaveBeenCalled();
    const result = mapCells(args([['x'], ['y']], 1), sum, lang) as Grid;
    expect(result[0]?.[0]).toMatch(/^⚠ a\u00a0: «\u00a0x\u00a0» n’est pas un nombre/);
    expect(lang).toHaveBeenCalled();
  });

  test('a bad single-cell call throws a plain Error with the rendered message', () => {
    let thrown: unknown;
    try {
      mapCells(args('x', 1), sum, () => 'fr');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(KpiError);
    expect((thrown as Error).message).toMatch(/^a\u00a0: «\u00a0x\u00a0»/);
    expect(mapCells(args('', 1), sum, english)).toBe('');
  });

  test('an omitted required argument is a missing argument, not a blank', () => {
    expect(() => mapCells(args(1, undefined), sum, english)).toThrow('b is missing');
  });

  test('property: the result has the shape of the range arguments', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.oneof(fc.double(), fc.string(), fc.constant(''), fc.boolean()),
        (rows, cols, fill) => {
          const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => fill));
          const result = mapCells(args(grid, 1), sum, english);
          if (rows === 1 && cols === 1) return expect(result).toHaveLength(1);
          expect(Array.isArray(result)).toBe(true);
          expect((result as Grid).map((r) => r.length)).toEqual(Array.from({ length: rows }, () => cols));
        },
      ),
    );
  });
});

describe('mapCellsToRows', () => {
  const detail = (cells: readonly unknown[]) => [parseNumber(cells[0], 'a'), 'x', 'y'];

  test('one row per input cell, read row by row; blanks and errors keep their row', () => {
    expect(
      mapCellsToRows(
        [
          {
            name: 'a',
            value: [
              [1, ''],
              ['z', 4],
            ],
            required: true,
          },
        ],
        detail,
        3,
        english,
      ),
    ).toEqual([
      [1, 'x', 'y'],
      ['', '', ''],
      [`${ERROR_PREFIX}a: "z" is not a number (write e.g. 12.5, 12,5, 1 234 or 12 %)`, '', ''],
      [4, 'x', 'y'],
    ]);
    expect(mapCellsToRows([{ name: 'a', value: 5, required: true }], detail, 3, english)).toEqual([
      [5, 'x', 'y'],
    ]);
    expect(() => mapCellsToRows([{ name: 'a', value: 'z', required: true }], detail, 3, english)).toThrow(
      /^a: "z"/,
    );
  });
});

describe('commonShape', () => {
  test('undefined for single cells, 1×1 when only 1×1 ranges', () => {
    expect(commonShape([{ name: 'a', value: 1 }])).toBeUndefined();
    expect(commonShape([{ name: 'a', value: [[1]] }])).toEqual({ rows: 1, cols: 1 });
  });
});

describe('lastValueCache', () => {
  test('parses a repeated value once, and repeats its error too', () => {
    const parse = jest.fn((v: unknown) => {
      if (v === 'bad') throw new KpiError('notText', { arg: 'x', value: 'bad' });
      return String(v).toUpperCase();
    });
    const cached = lastValueCache(parse);
    expect([cached('a'), cached('a'), cached('b'), cached('b')]).toEqual(['A', 'A', 'B', 'B']);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(() => cached('bad')).toThrow(KpiError);
    expect(() => cached('bad')).toThrow(KpiError);
    expect(parse).toHaveBeenCalledTimes(3);
  });
});
