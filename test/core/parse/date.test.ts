import vm from 'node:vm';
import { parseDate, parseDateText } from '../../../src/core/parse/date';
import { KpiError } from '../../../src/core/parse/kpiError';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

function errorOf(call: () => unknown): KpiError {
  try {
    call();
  } catch (error) {
    if (error instanceof KpiError) return error;
    throw error;
  }
  throw new Error('expected a KpiError');
}

describe('parseDateText', () => {
  test.each([
    ['2027-06-30', day(2027, 6, 30)],
    ['2027-6-3', day(2027, 6, 3)],
    ['2027/06/30', day(2027, 6, 30)],
    ['2027-06-30T00:00:00Z', day(2027, 6, 30)],
    ['30/06/2027', day(2027, 6, 30)],
    ['30.06.2027', day(2027, 6, 30)],
    ['30-06-2027', day(2027, 6, 30)],
    ['06/30/2027', day(2027, 6, 30)],
    ['30/06/27', day(2027, 6, 30)],
    ['04/04/2027', day(2027, 4, 4)],
    ['30 juin 2027', day(2027, 6, 30)],
    ['1er juillet 2027', day(2027, 7, 1)],
    ['le 14 février 2027', day(2027, 2, 14)],
    ['14 fevrier 2027', day(2027, 2, 14)],
    ['mardi 31 août 2027', day(2027, 8, 31)],
    ['15 déc. 2027', day(2027, 12, 15)],
    ['June 30, 2027', day(2027, 6, 30)],
    ['June 30th 2027', day(2027, 6, 30)],
    ['Wednesday, June 30, 2027', day(2027, 6, 30)],
    ['30 June 2027', day(2027, 6, 30)],
    ['Sept. 1, 2027', day(2027, 9, 1)],
    ['29/02/2028', day(2028, 2, 29)],
  ])('%j', (text, expected) => {
    expect(parseDateText(text, 'deadline')).toEqual(expected);
  });

  test('a date with two readings is an error naming both, unless told the order', () => {
    const error = errorOf(() => parseDateText('03/04/2027', 'deadline'));
    expect(error.key).toBe('ambiguousDate');
    expect(error.render('en')).toBe(
      'deadline: "03/04/2027" could be 2027-04-03 (day first) or 2027-03-04 (month first): write 2027-04-03 or 2027-03-04, or use a date cell',
    );
    expect(error.render('fr')).toContain('2027-04-03 (jour d’abord) ou 2027-03-04 (mois d’abord)');
    expect(parseDateText('03/04/2027', 'deadline', 'dayFirst')).toEqual(day(2027, 4, 3));
    expect(parseDateText('03/04/2027', 'deadline', 'monthFirst')).toEqual(day(2027, 3, 4));
    // The hint never overrides what the numbers make certain.
    expect(parseDateText('06/30/2027', 'deadline', 'dayFirst')).toEqual(day(2027, 6, 30));
  });

  test.each([
    ['31/02/2027', 'notARealDay'],
    ['29/02/2027', 'notARealDay'],
    ['2027-13-01', 'notARealDay'],
    ['31 avril 2027', 'notARealDay'],
    ['13/13/2027', 'notARealDay'],
    ['bientôt', 'notADate'],
    ['Q3 2027', 'notADate'],
    ['30 juni 2027', 'notADate'],
    ['2027', 'notADate'],
    ['', 'notADate'],
  ])('%j is refused (%s)', (text, key) => {
    expect(errorOf(() => parseDateText(text, 'start')).key).toBe(key);
  });
});

describe('parseDate', () => {
  test('a Date from another realm (as dist/Code.js sees Sheets values) is its local calendar day', () => {
    const foreign = vm.runInNewContext('new Date(2027, 5, 30)') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(parseDate(foreign, 'deadline')).toEqual(day(2027, 6, 30));
    expect(parseDate(new Date(2027, 5, 30, 23, 59), 'deadline')).toEqual(day(2027, 6, 30));
  });

  test('numbers, booleans and invalid Dates are not dates', () => {
    expect(errorOf(() => parseDate(46568, 'deadline')).params).toEqual({ arg: 'deadline', value: '46568' });
    expect(errorOf(() => parseDate(true, 'deadline')).key).toBe('notADate');
    expect(errorOf(() => parseDate(new Date(Number.NaN), 'deadline')).params.value).toBe('Invalid Date');
  });
});
