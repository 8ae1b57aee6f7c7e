import { canonicalEntry } from '../../dev/playground/typedInput';

describe('canonicalEntry: French-typed numbers as Sheets reads them in a fr_FR spreadsheet', () => {
  test.each([
    ['0,019', '0.019'],
    ['2,5 %', '2.5%'],
    ['2,5%', '2.5%'],
    ['-12,75', '-12.75'],
    ['1 200', '1200'],
    ['1 200,50 €', '1200.50'],
    ['25 %', '25%'],
  ])('%s → %s', (typed, canonical) => {
    expect(canonicalEntry(typed, 'fr_FR')).toBe(canonical);
  });

  test.each(['1200', 'Équipe 2,5', '2027-01-31', '=A1*2', '1,2,3', '+33 6 12'])(
    '%s is left as typed',
    (typed) => {
      expect(canonicalEntry(typed, 'fr_FR')).toBe(typed);
    },
  );

  test('an English spreadsheet reads "0,019" its own way', () => {
    expect(canonicalEntry('0,019', 'en_US')).toBe('0,019');
  });
});
