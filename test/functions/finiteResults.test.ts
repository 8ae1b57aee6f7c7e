import fc from 'fast-check';
import { type Sheet, column, openSheet, thrownBy } from './harness';

// Sheets cannot show NaN or Infinity. Whatever numbers reach a custom function (1e308, text of 400
// nines, Infinity from a script), every cell it answers is a finite number, a string (a word, a blank,
// or a ⚠ message) or a boolean (SMART_CHECK's detail), and a single-cell call that cannot answer throws
// an Error with a message. Through dist/Code.js, as Sheets runs it.
const en: Sheet = openSheet({ spreadsheetLocale: 'en_US' });
const fr: Sheet = openSheet({ spreadsheetLocale: 'fr_FR' });

const huge = fc.oneof(
  fc.double({ noNaN: false }),
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    5e-324,
    1e-300,
    Infinity,
    -Infinity,
    NaN,
  ),
  fc.integer({ min: 300, max: 2000 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 300, max: 400 }).map((n) => `-${'9'.repeat(n)},5`),
  fc.integer({ min: 300, max: 400 }).map((n) => `${'1'.repeat(n)} %`),
  fc.integer({ min: 1, max: 20 }).map((n) => `1${'0'.repeat(n * 15)}`),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(
    '',
    '0',
    '12,5',
    '2027-01-01',
    '2027-12-31',
    '1000-01-01',
    '9999-12-31',
    'sum',
    'baisse',
    'statut',
  ),
);
const hugeArg = fc.oneof(
  huge,
  fc.constant(undefined),
  fc.array(huge, { minLength: 2, maxLength: 6 }).map((cells) => column(...cells)),
);

/** Every cell the call answered is showable; a thrown answer is an Error with a message. */
function expectShowable(call: () => unknown, booleans = false): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect((error as Error).message.trim()).not.toBe('');
    return;
  }
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  for (const value of cells) {
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    else if (typeof value === 'boolean') expect(booleans).toBe(true);
    else expect(typeof value).toBe('string');
  }
}

test.each([
  'KPI_VARIANCE',
  'SMART_CHECK',
  'KPI_PACE',
  'KPI_FORECAST',
  'KPI_TRAJECTORY',
  'KPI_NEEDED',
] as const)('%s never answers NaN or Infinity, whatever numbers it gets', (name) => {
  fc.assert(
    fc.property(fc.array(hugeArg, { minLength: 1, maxLength: 7 }), (args) => {
      expectShowable(() => en[name](...args), name === 'SMART_CHECK');
    }),
    { numRuns: 400 },
  );
});

test('KPI_VARIANCE of a text of 400 nines names the argument, the value and the fix (FR, EN)', () => {
  const nines = '9'.repeat(400);
  expect(thrownBy(() => en.KPI_VARIANCE(nines, 1)).message).toBe(
    `actual: "${'9'.repeat(39)}…" is too large for a spreadsheet number (at most about 1.8E+308): check the cell, or write it in thousands or millions`,
  );
  expect(thrownBy(() => fr.KPI_VARIANCE(1, nines)).message).toBe(
    `target : « ${'9'.repeat(39)}… » est trop grand pour un nombre de tableur (1,8E+308 environ au plus) : vérifiez la cellule, ou écrivez-le en milliers ou en millions`,
  );
  // In a range the bad cell says it and the others still compute.
  expect(en.KPI_VARIANCE(column(110, nines, 90), 100)).toEqual([
    [0.1],
    [expect.stringMatching(/^⚠ actual: "9{39}…" is too large/)],
    [-0.1],
  ]);
});

test('a variance that overflows is an error naming the numbers, not Infinity', () => {
  expect(thrownBy(() => en.KPI_VARIANCE(1e308, -1e308, 'higher', 'absolute')).message).toBe(
    'the result does not fit in a spreadsheet number (actual 1e+308, target -1e+308): use smaller numbers, e.g. in thousands or millions',
  );
  expect(thrownBy(() => fr.KPI_VARIANCE(1e308, 1e-300)).message).toBe(
    'le résultat ne tient pas dans un nombre de tableur (actual 1e+308, target 1e-300) : utilisez des nombres plus petits, par ex. en milliers ou en millions',
  );
});

test('KPI_PACE with extreme values or spans answers a finite pace or an error', () => {
  expect(
    thrownBy(() => en.KPI_PACE(1e308, -1e308, 1e-300, '2027-01-01', '2027-12-31', '2027-07-01')).message,
  ).toMatch(
    /^the result does not fit in a spreadsheet number \(actual 1e\+308, baseline -1e\+308, target 1e-300\)/,
  );
  // A span of 9,000 years is still a finite pace.
  const pace = en.KPI_PACE(50, 0, 100, '1000-01-01', '9999-12-31', '5499-12-31') as number;
  expect(Number.isFinite(pace)).toBe(true);
  expect(pace).toBeCloseTo(1, 3);
  expect(
    thrownBy(() => en.KPI_PACE(1e308, 0, 1e-10, '1000-01-01', '9999-12-31', '1000-01-02')).message,
  ).toMatch(/^the result does not fit/);
});

test('KPI_FORECAST of values too large for a trend says so, in FR and EN', () => {
  expect(thrownBy(() => en.KPI_FORECAST(column(1.5e308, 1.6e308, 1.7e308), 12)).message).toBe(
    'values: the trend of these values does not fit in a spreadsheet number: use smaller numbers, e.g. in thousands or millions',
  );
  expect(thrownBy(() => fr.KPI_FORECAST(column(10, 20, 30), 1e308)).message).toBe(
    'le résultat ne tient pas dans un nombre de tableur (deadline 1e+308) : utilisez des nombres plus petits, par ex. en milliers ou en millions',
  );
  expect(thrownBy(() => en.KPI_FORECAST(column(1, 2, 3), column(1, 2, Infinity), 4)).message).toMatch(
    /^dates #3: "Infinity" is too large/,
  );
});
