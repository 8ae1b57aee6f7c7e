import { decimalMarkOf, importDay, importNumber } from '../../../src/core/dataImport/cellValues';

const iso = (text: string, order?: 'dayFirst' | 'monthFirst') => {
  const d = importDay(text, order);
  return d && [new Date(d.day * 864e5).toISOString().slice(0, 10), d.granularity];
};

test.each([
  ['20270131', '2027-01-31', 'day'],
  ['2027-01-31', '2027-01-31', 'day'],
  ['31/01/2027', '2027-01-31', 'day'],
  ['Jan 31, 2027', '2027-01-31', 'day'],
  ['31 janv. 2027', '2027-01-31', 'day'],
  ['Jan 30, 2027 10:00 am', '2027-01-30', 'day'],
  ['2027-01-31 00:00:00', '2027-01-31', 'day'],
  ['2027-01', '2027-01-01', 'month'],
  ['202701', '2027-01-01', 'month'],
  ['janv. 2027', '2027-01-01', 'month'],
  ['January 2027', '2027-01-01', 'month'],
  ['2027-W05', '2027-02-01', 'week'],
])('%s is %s (%s)', (text, day, granularity) => {
  expect(iso(text)).toEqual([day, granularity]);
});

test('a numeric date is read in the order the column shows', () => {
  expect(iso('01/02/2027', 'dayFirst')?.[0]).toBe('2027-02-01');
  expect(iso('01/02/2027', 'monthFirst')?.[0]).toBe('2027-01-02');
  expect(iso('31/02/2027')).toBeUndefined();
});

test.each([
  ['1 234,56', ',', 1234.56],
  ['1.234,56', ',', 1234.56],
  ['12,5 %', ',', 0.125],
  ['1,234.56', '.', 1234.56],
  ['$1,004.25', '.', 1004.25],
  ['12,50 €', ',', 12.5],
  ['EUR 12.50', '.', 12.5],
  ['-50.00', '.', -50],
  ['12abc', '.', undefined],
] as const)('%s with %s decimals is %s', (text, mark, value) => {
  expect(importNumber(text, mark)).toBe(value);
});

test('the decimal mark is the file’s, decided once: "1,234" is a thousand beside "45.50"', () => {
  expect(decimalMarkOf(['1,234', '45.50'])).toBe('.');
  expect(decimalMarkOf(['1.234', '45,50'])).toBe(',');
  expect(decimalMarkOf(['1,234'], 'fr')).toBe(',');
});
