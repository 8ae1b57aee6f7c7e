import {
  composeGrid,
  dateSerial,
  escapeText,
  indexRuns,
  serialToIso,
  toSheetsValue,
  widthRuns,
} from '../../src/workbook/apply/cellBatches';
import type { SheetSpec } from '../../src/workbook/spec';

describe('escapeText: user text can never become a formula', () => {
  test.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+33 6 12', "'+33 6 12"],
    ['-20 %', "'-20 %"],
    ['@channel', "'@channel"],
    ['=1+1', "'=1+1"],
    ["'quoted", "''quoted"],
  ])('%s is prefixed with an apostrophe', (text, written) => {
    expect(escapeText(text)).toBe(written);
    expect(toSheetsValue(text)).toBe(written);
  });

  test.each(['Taux de conversion', ' =1', 'a=b', '', '2027-01-01'])('%j is written as is', (text) => {
    expect(escapeText(text)).toBe(text);
  });

  test('only an explicit formula value is written as a formula', () => {
    expect(toSheetsValue({ formula: '=SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(() => toSheetsValue({ formula: 'SUM(A1)' })).toThrow(/must start with "="/);
  });
});

test('dates are written as serials, so no time zone can move the day', () => {
  expect(dateSerial('1899-12-31')).toBe(1);
  expect(dateSerial('2027-01-01')).toBe(46388);
  expect(serialToIso(46388)).toBe('2027-01-01');
  expect(toSheetsValue({ date: '2028-02-29' })).toBe(dateSerial('2028-02-29'));
  expect(() => dateSerial('2027-02-30')).toThrow(/2027-02-30/);
});

describe('composeGrid', () => {
  const sheet: SheetSpec = {
    name: 'S',
    role: 'tracking',
    blocks: [
      { row: 1, column: 1, cells: [[{ value: 'Title', bold: true }]] },
      {
        row: 3,
        column: 2,
        cells: [
          [{ value: 1, numberFormat: '0.0%', note: 'n' }, { value: { date: '2027-01-01' } }],
          [{ value: '=x', validation: { kind: 'number' } }],
        ],
      },
    ],
  };
  const grid = composeGrid(sheet);

  test('the bounding box from A1, one rectangle per property', () => {
    expect([grid.rows, grid.columns]).toEqual([4, 3]);
    expect(grid.values).toEqual([
      ['Title', '', ''],
      ['', '', ''],
      ['', 1, 46388],
      ['', "'=x", ''],
    ]);
    expect(grid.numberFormats[2]).toEqual(['General', '0.0%', 'yyyy-mm-dd']);
    expect(grid.fontWeights[0]).toEqual(['bold', 'normal', 'normal']);
    expect(grid.notes[2]).toEqual(['', 'n', '']);
    expect(grid.validations[3]).toEqual([null, { kind: 'number' }, null]);
  });

  test('records which properties are used, so defaults cost no call', () => {
    expect([...grid.used].sort()).toEqual(['fontWeights', 'notes', 'numberFormats', 'validations']);
  });

  test('the grid is the same shape whatever the number of rows', () => {
    const big = composeGrid({
      ...sheet,
      blocks: [{ row: 1, column: 1, cells: Array.from({ length: 500 }, () => [{ value: 1 }]) }],
    });
    expect(big.values).toHaveLength(500);
  });
});

test('column widths and hidden indices are grouped in runs, one call each', () => {
  expect(
    widthRuns([
      { column: 3, width: 90 },
      { column: 1, width: 120 },
      { column: 2, width: 90 },
      { column: 4, width: 90 },
      { column: 6, width: 90 },
    ]),
  ).toEqual([
    { start: 1, count: 1, width: 120 },
    { start: 2, count: 3, width: 90 },
    { start: 6, count: 1, width: 90 },
  ]);
  expect(indexRuns([5, 2, 3, 3, 9])).toEqual([
    { start: 2, count: 2 },
    { start: 5, count: 1 },
    { start: 9, count: 1 },
  ]);
});
