import fc from 'fast-check';
import { type Sheet, openSheet } from './harness';
import { EXPECTED_CUSTOM_FUNCTIONS } from '../bundle/expectedEntryPoints';

// Whatever a user types, a custom function answers a value or throws an Error with a message: never a
// string, never undefined, never an empty #ERROR!.
const sheet: Sheet = openSheet({ spreadsheetLocale: 'fr_FR' });

const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    ' ',
    '12,5',
    '12 %',
    '1 234',
    'abc',
    '2027-06-30',
    '03/04/2027',
    '30 juin 2027',
    'baisse',
    'statut',
    'sum',
    'détail',
    '0',
  ),
  fc.boolean(),
  fc.date().map((d) => sheet.dateAt(d.getTime()) as unknown),
);

function range(rows: number, cols: number, cells: unknown[]): unknown[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cells[(r * cols + c) % cells.length]),
  );
}

const arg = fc.oneof(
  cell,
  fc.constant(undefined),
  fc
    .tuple(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 3 }),
      fc.array(cell, { minLength: 1, maxLength: 12 }),
    )
    .map(([rows, cols, cells]) => range(rows, cols, cells)),
);

function expectErrorOrValue(call: () => unknown): void {
  try {
    const result = call();
    expect(result).not.toBeUndefined();
  } catch (error) {
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect(typeof (error as Error).message).toBe('string');
    expect((error as Error).message.trim()).not.toBe('');
  }
}

describe('every custom function, any input', () => {
  // Every custom function the product promises, so a new one is covered without editing this file.
  test.each(Object.keys(EXPECTED_CUSTOM_FUNCTIONS))(
    '%s answers or throws an Error with a message',
    (name) => {
      fc.assert(
        fc.property(fc.array(arg, { minLength: 0, maxLength: 7 }), (args) => {
          expectErrorOrValue(() => sheet.customFunction(name)(...args));
        }),
        { numRuns: 300 },
      );
    },
  );

  test('KPI_VARIANCE: the result has the shape of the actual range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(cell, { minLength: 1, maxLength: 24 }),
        cell,
        (rows, cols, cells, target) => {
          const result = sheet.KPI_VARIANCE(
            range(rows, cols, cells),
            target,
            'cible',
            'statut',
          ) as unknown[][];
          expect(result).toHaveLength(rows);
          for (const row of result) expect(row).toHaveLength(cols);
          for (const row of result)
            for (const value of row) expect(['string', 'number']).toContain(typeof value);
        },
      ),
    );
  });

  test('KPI_PACE and SMART_CHECK keep the shape of their ranges too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(cell, { minLength: 1, maxLength: 6 }),
        (rows, cells) => {
          const objectives = range(rows, 1, cells);
          expect(sheet.SMART_CHECK(objectives)).toHaveLength(rows);
          expect(sheet.SMART_CHECK(objectives, '', '', '', 'detail')).toHaveLength(rows);
          const paced = sheet.KPI_PACE(
            objectives,
            0,
            100,
            '2027-01-01',
            '2027-12-31',
            '2027-06-01',
          ) as unknown[][];
          expect(paced.map((r) => r.length)).toEqual(Array.from({ length: rows }, () => 1));
        },
      ),
    );
  });
});
