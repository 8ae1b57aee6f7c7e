import fc from 'fast-check';
import { calendarToSerial } from '../../../dev/emulator/serial';
import { evaluateBooleanCondition as check } from '../../../dev/emulator/view/conditions';

describe('cell empty / not empty', () => {
  it.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    ['', true],
    [0, false],
    [false, false],
    [' ', false],
  ])('%p is empty: %p', (value, empty) => {
    expect(check('CELL_EMPTY', [], value)).toBe(empty);
    expect(check('CELL_NOT_EMPTY', [], value)).toBe(!empty);
  });
});

describe('number criteria', () => {
  it.each<[string, unknown[], number, boolean]>([
    ['NUMBER_GREATER_THAN', [5], 6, true],
    ['NUMBER_GREATER_THAN', [5], 5, false],
    ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [5], 5, true],
    ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [5], 4.99, false],
    ['NUMBER_LESS_THAN', [0], -1, true],
    ['NUMBER_LESS_THAN', [0], 0, false],
    ['NUMBER_LESS_THAN_OR_EQUAL_TO', [0], 0, true],
    ['NUMBER_LESS_THAN_OR_EQUAL_TO', [0], 0.01, false],
    ['NUMBER_EQUAL_TO', [0.3], 0.1 + 0.2, true],
    ['NUMBER_EQUAL_TO', [3], 3.0001, false],
    ['NUMBER_NOT_EQUAL_TO', [3], 4, true],
    ['NUMBER_NOT_EQUAL_TO', [3], 3, false],
    ['NUMBER_BETWEEN', [1, 10], 1, true],
    ['NUMBER_BETWEEN', [1, 10], 10, true],
    ['NUMBER_BETWEEN', [1, 10], 10.5, false],
    ['NUMBER_BETWEEN', [10, 1], 5, true],
    ['NUMBER_NOT_BETWEEN', [1, 10], 0, true],
    ['NUMBER_NOT_BETWEEN', [1, 10], 5, false],
    ['NUMBER_GREATER_THAN', ['5'], 6, true],
  ])('%s %j on %p is %p', (criteria, values, cell, expected) => {
    expect(check(criteria as never, values, cell)).toBe(expected);
  });

  it('never matches an empty cell, even with NOT criteria', () => {
    for (const criteria of [
      'NUMBER_LESS_THAN',
      'NUMBER_EQUAL_TO',
      'NUMBER_NOT_EQUAL_TO',
      'NUMBER_NOT_BETWEEN',
      'NUMBER_BETWEEN',
    ] as const) {
      expect(check(criteria, [5, 10], null)).toBe(false);
      expect(check(criteria, [5, 10], '')).toBe(false);
    }
  });

  it('does not compare text or booleans as numbers, except for "not equal to"', () => {
    expect(check('NUMBER_GREATER_THAN', [5], 'abc')).toBe(false);
    expect(check('NUMBER_GREATER_THAN', [5], '12')).toBe(false);
    expect(check('NUMBER_EQUAL_TO', [1], true)).toBe(false);
    expect(check('NUMBER_BETWEEN', [0, 10], 'abc')).toBe(false);
    expect(check('NUMBER_NOT_EQUAL_TO', [5], 'abc')).toBe(true);
  });

  it('computes formula criteria values with the evaluator', () => {
    const evaluate = (f: string): unknown => (f === '=B1' ? 10 : [[20]]);
    expect(check('NUMBER_GREATER_THAN', ['=B1'], 11, evaluate)).toBe(true);
    expect(check('NUMBER_LESS_THAN', ['=C1:C2'], 11, evaluate)).toBe(true);
    expect(() => check('NUMBER_GREATER_THAN', ['=B1'], 11)).toThrow(/formula: pass evaluateFormula/);
  });

  it('rejects a criterion value that is not a number', () => {
    expect(() => check('NUMBER_GREATER_THAN', ['abc'], 1)).toThrow(/"abc" must be a number/);
  });

  it('agrees with plain comparisons on integers', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), (cell, a, b) => {
        expect(check('NUMBER_GREATER_THAN', [a], cell)).toBe(cell > a);
        expect(check('NUMBER_LESS_THAN_OR_EQUAL_TO', [a], cell)).toBe(cell <= a);
        expect(check('NUMBER_EQUAL_TO', [a], cell)).toBe(cell === a);
        const inside = cell >= Math.min(a, b) && cell <= Math.max(a, b);
        expect(check('NUMBER_BETWEEN', [a, b], cell)).toBe(inside);
        expect(check('NUMBER_NOT_BETWEEN', [a, b], cell)).toBe(!inside);
      }),
    );
  });
});

describe('text criteria', () => {
  it.each<[string, string, unknown, boolean]>([
    ['TEXT_CONTAINS', 'late', 'Running LATE', true],
    ['TEXT_CONTAINS', 'late', 'on time', false],
    ['TEXT_DOES_NOT_CONTAIN', 'late', 'on time', true],
    ['TEXT_DOES_NOT_CONTAIN', 'LATE', 'late', false],
    ['TEXT_STARTS_WITH', 'ok', 'OK – on track', true],
    ['TEXT_STARTS_WITH', 'track', 'on track', false],
    ['TEXT_ENDS_WITH', 'TRACK', 'on track', true],
    ['TEXT_EQUAL_TO', 'Done', 'done', true],
    ['TEXT_EQUAL_TO', 'Done', 'Done!', false],
    ['TEXT_CONTAINS', '1', 12, true],
    ['TEXT_EQUAL_TO', 'true', true, true],
    ['TEXT_CONTAINS', 'é', 'Écart élevé', true],
  ])('%s %j on %p is %p', (criteria, needle, cell, expected) => {
    expect(check(criteria as never, [needle], cell)).toBe(expected);
  });

  it('reads a criterion value starting with "=" as a formula, as the Sheets UI does', () => {
    expect(check('TEXT_CONTAINS', ['=B1'], 'a late delivery', () => 'LATE')).toBe(true);
    expect(() => check('TEXT_CONTAINS', ['=B1'], 'x')).toThrow(/formula: pass evaluateFormula/);
  });

  it('reads an empty cell as empty text', () => {
    expect(check('TEXT_DOES_NOT_CONTAIN', ['x'], null)).toBe(true);
    expect(check('TEXT_CONTAINS', ['x'], '')).toBe(false);
    expect(check('TEXT_EQUAL_TO', [''], null)).toBe(true);
  });

  it('is case-insensitive for any text', () => {
    // A needle starting with "=" would be a formula.
    const needles = fc.string().filter((s) => !s.startsWith('='));
    fc.assert(
      fc.property(fc.string(), needles, (hay, needle) => {
        expect(check('TEXT_CONTAINS', [needle.toUpperCase()], hay.toLowerCase())).toBe(
          hay.toLowerCase().includes(needle.toUpperCase().toLowerCase()),
        );
      }),
    );
  });
});

describe('date criteria', () => {
  const d = (y: number, m: number, day: number): number => calendarToSerial(y, m, day);

  it('compares whole days of serials and Dates', () => {
    expect(check('DATE_BEFORE', [d(2024, 6, 1)], d(2024, 5, 31) + 0.9)).toBe(true);
    expect(check('DATE_BEFORE', [d(2024, 6, 1)], d(2024, 6, 1) + 0.1)).toBe(false);
    expect(check('DATE_AFTER', [new Date(Date.UTC(2024, 5, 1))], d(2024, 6, 2))).toBe(true);
    expect(check('DATE_EQUAL_TO', [d(2024, 6, 1)], d(2024, 6, 1) + 0.75)).toBe(true);
    expect(check('DATE_EQUAL_TO', ['2024-06-01'], new Date(Date.UTC(2024, 5, 1, 15)))).toBe(true);
    expect(check('DATE_ON_OR_BEFORE', [d(2024, 6, 1)], d(2024, 6, 1))).toBe(true);
    expect(check('DATE_ON_OR_AFTER', [d(2024, 6, 1)], d(2024, 5, 31))).toBe(false);
    expect(check('DATE_BETWEEN', [d(2024, 6, 30), d(2024, 6, 1)], d(2024, 6, 15))).toBe(true);
    expect(check('DATE_NOT_BETWEEN', [d(2024, 6, 1), d(2024, 6, 30)], d(2024, 7, 1))).toBe(true);
  });

  it('reads a Date in the spreadsheet time zone', () => {
    const lateEvening = new Date('2024-05-31T22:30:00Z'); // 00:30 on 1 June in Paris
    expect(
      check('DATE_EQUAL_TO', [d(2024, 6, 1)], lateEvening, undefined, { timeZone: 'Europe/Paris' }),
    ).toBe(true);
    expect(check('DATE_EQUAL_TO', [d(2024, 6, 1)], lateEvening, undefined, { timeZone: 'UTC' })).toBe(false);
  });

  it('never matches text or empty cells', () => {
    expect(check('DATE_BEFORE', [d(2024, 6, 1)], 'yesterday')).toBe(false);
    expect(check('DATE_NOT_BETWEEN', [d(2024, 6, 1), d(2024, 6, 2)], null)).toBe(false);
    expect(check('DATE_IS_VALID_DATE', [], 'abc')).toBe(false);
    expect(check('DATE_IS_VALID_DATE', [], new Date())).toBe(true);
  });

  it('resolves relative dates against options.today', () => {
    const today = d(2024, 3, 31);
    const opts = { today };
    expect(check('DATE_EQUAL_TO_RELATIVE', ['TODAY'], today + 0.5, undefined, opts)).toBe(true);
    expect(check('DATE_EQUAL_TO_RELATIVE', ['TOMORROW'], d(2024, 4, 1), undefined, opts)).toBe(true);
    expect(check('DATE_EQUAL_TO_RELATIVE', ['YESTERDAY'], d(2024, 3, 30), undefined, opts)).toBe(true);
    expect(check('DATE_BEFORE_RELATIVE', ['TODAY'], d(2024, 3, 30), undefined, opts)).toBe(true);
    expect(check('DATE_AFTER_RELATIVE', ['TODAY'], d(2024, 3, 30), undefined, opts)).toBe(false);
    expect(check('DATE_EQUAL_TO_RELATIVE', ['PAST_WEEK'], d(2024, 3, 24), undefined, opts)).toBe(true);
    expect(check('DATE_EQUAL_TO_RELATIVE', ['PAST_WEEK'], d(2024, 3, 23), undefined, opts)).toBe(false);
    // One month before 31 March is 29 February (clamped to the month's last day).
    expect(check('DATE_EQUAL_TO_RELATIVE', ['PAST_MONTH'], d(2024, 2, 29), undefined, opts)).toBe(true);
    expect(check('DATE_EQUAL_TO_RELATIVE', ['PAST_MONTH'], d(2024, 2, 28), undefined, opts)).toBe(false);
    expect(check('DATE_BEFORE_RELATIVE', ['PAST_YEAR'], d(2023, 3, 30), undefined, opts)).toBe(true);
    expect(check('DATE_EQUAL_TO_RELATIVE', ['PAST_YEAR'], d(2023, 3, 31), undefined, opts)).toBe(true);
  });

  it('explains what a relative date needs', () => {
    expect(() => check('DATE_BEFORE_RELATIVE', ['TODAY'], 1)).toThrow(/needs options\.today/);
    expect(() => check('DATE_BEFORE_RELATIVE', ['NEXT_WEEK'], 1, undefined, { today: 1 })).toThrow(
      /one of TODAY/,
    );
  });
});

describe('custom formulas', () => {
  const rule = (result: unknown): boolean => check('CUSTOM_FORMULA', ['=$B2>C2'], 'anything', () => result);

  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    [1, true],
    [-0.5, true],
    [0, false],
    ['TRUE', false],
    ['text', false],
    ['', false],
    [null, false],
    ['#DIV/0!', false],
    [{ type: 'ERROR', value: '#N/A' }, false],
    [Number.NaN, false],
    [[[true, false]], true],
    [[[0]], false],
    [new Date(), true],
  ])('a formula giving %p is met: %p', (result, expected) => {
    expect(rule(result)).toBe(expected);
  });

  it('passes the formula to the evaluator', () => {
    const seen: string[] = [];
    check('CUSTOM_FORMULA', ['=B3>C3'], null, (f) => {
      seen.push(f);
      return true;
    });
    expect(seen).toEqual(['=B3>C3']);
  });

  it('explains what it needs', () => {
    expect(() => check('CUSTOM_FORMULA', ['=A1>0'], 1)).toThrow(/needs evaluateFormula/);
    expect(() => check('CUSTOM_FORMULA', [42], 1, () => true)).toThrow(/formula string, got 42/);
  });
});

describe('data validation criteria', () => {
  it('checks list and range membership exactly', () => {
    expect(check('VALUE_IN_LIST', [['Yes', 'No'], true], 'Yes')).toBe(true);
    expect(check('VALUE_IN_LIST', [['Yes', 'No'], true], 'yes')).toBe(false);
    expect(check('VALUE_IN_LIST', [['1', '2']], 2)).toBe(true);
    expect(check('VALUE_IN_LIST', [['Yes']], '')).toBe(false);
    expect(check('VALUE_IN_RANGE', [[['a'], ['b']]], 'b')).toBe(true);
    expect(check('VALUE_IN_RANGE', [{ getValues: () => [['a', 'c']] }], 'c')).toBe(true);
    expect(() => check('VALUE_IN_RANGE', ['A1:A3'], 'a')).toThrow(/getValues/);
  });

  it('checks checkboxes', () => {
    expect(check('CHECKBOX', [], true)).toBe(true);
    expect(check('CHECKBOX', [], 'TRUE')).toBe(false);
    expect(check('CHECKBOX', ['yes', 'no'], 'no')).toBe(true);
    expect(check('CHECKBOX', ['yes', 'no'], true)).toBe(false);
  });

  it('checks e-mails and URLs loosely', () => {
    expect(check('TEXT_IS_VALID_EMAIL', [], 'ana@example.fr')).toBe(true);
    expect(check('TEXT_IS_VALID_EMAIL', [], 'ana@example')).toBe(false);
    expect(check('TEXT_IS_VALID_URL', [], 'https://example.com/a?b=c')).toBe(true);
    expect(check('TEXT_IS_VALID_URL', [], 'www.example.com')).toBe(true);
    expect(check('TEXT_IS_VALID_URL', [], 'not a url')).toBe(false);
  });

  it('rejects an unknown criterion, naming it', () => {
    expect(() => check('NUMBER_ODD' as never, [], 1)).toThrow(/"NUMBER_ODD"/);
  });
});
