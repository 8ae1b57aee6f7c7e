import { column, openSheet, thrownBy } from './harness';

/** Sheets' serial number of a date (days since 1899-12-30), as its native FORECAST sees date cells. */
function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** INTERCEPT + SLOPE × x, from the textbook sums, independently of the add-on's code. */
function sheetsForecast(x: number, ys: number[], xs: number[]): number {
  const n = xs.length;
  const sx = xs.reduce((a, b) => a + b, 0);
  const sy = ys.reduce((a, b) => a + b, 0);
  const sxy = xs.reduce((a, xi, i) => a + xi * (ys[i] as number), 0);
  const sxx = xs.reduce((a, xi) => a + xi * xi, 0);
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return (sy - slope * sx) / n + slope * x;
}

describe('KPI_FORECAST through dist/Code.js', () => {
  test('without dates, x is the position in the range and deadline a period number', () => {
    const sheet = openSheet();
    const values = [120, 135, 150, '', 172, 190];
    const xs = [1, 2, 3, 5, 6];
    const ys = [120, 135, 150, 172, 190];
    expect(sheet.KPI_FORECAST(column(...values), '', 12)).toBeCloseTo(sheetsForecast(12, ys, xs), 9);
    expect(sheet.KPI_FORECAST(column(...values), undefined, 12)).toBeCloseTo(sheetsForecast(12, ys, xs), 9);
    // Two arguments: the single value after the range is the deadline.
    expect(sheet.KPI_FORECAST(column(...values), 12)).toBeCloseTo(sheetsForecast(12, ys, xs), 9);
    // A row of values reads left to right.
    expect(sheet.KPI_FORECAST([values], undefined, 12)).toBeCloseTo(sheetsForecast(12, ys, xs), 9);
  });

  test('with dates, it matches Sheets FORECAST over the date serial numbers', () => {
    const sheet = openSheet();
    const days: [number, number, number][] = [
      [2027, 1, 31],
      [2027, 2, 28],
      [2027, 3, 31],
      [2027, 4, 30],
      [2027, 5, 31],
    ];
    const ys = [1200, 1310, 1290, 1460, 1522];
    const dates = column(...days.map(([y, m, d]) => sheet.date(y, m, d)));
    const expected = sheetsForecast(
      serial(2027, 12, 31),
      ys,
      days.map(([y, m, d]) => serial(y, m, d)),
    );
    expect(sheet.KPI_FORECAST(column(...ys), dates, sheet.date(2027, 12, 31))).toBeCloseTo(expected, 6);
    expect(sheet.KPI_FORECAST(column(...ys), dates, '2027-12-31')).toBeCloseTo(expected, 6);
    expect(sheet.KPI_FORECAST(column(...ys), dates, '31 décembre 2027')).toBeCloseTo(expected, 6);
  });

  test('values not entered yet are skipped, with their dates', () => {
    const sheet = openSheet();
    const dates = column(
      sheet.date(2027, 1, 1),
      sheet.date(2027, 1, 2),
      sheet.date(2027, 1, 3),
      sheet.date(2027, 1, 4),
    );
    expect(sheet.KPI_FORECAST(column(10, 20, '', ''), dates, '2027-01-11')).toBeCloseTo(110, 9);
  });

  test('a range of deadlines gives a projection per cell, blanks staying blank', () => {
    const sheet = openSheet();
    expect(sheet.KPI_FORECAST(column(1, 2, 3), undefined, [[4, '', 10]])).toEqual([[4, '', 10]]);
  });

  test('numeric period labels in dates are used as x', () => {
    const sheet = openSheet();
    expect(sheet.KPI_FORECAST(column(10, 30), column(1, 3), 5)).toBeCloseTo(50, 9);
  });

  test('clear messages: too few values, one date only, a missing date, mixed dates, a date without dates', () => {
    const sheet = openSheet();
    expect(thrownBy(() => sheet.KPI_FORECAST(column(5, '', ''), undefined, 12)).message).toBe(
      'values: 1 value(s) entered; a trend needs at least 2',
    );
    const sameDay = column(sheet.date(2027, 1, 1), sheet.date(2027, 1, 1));
    expect(thrownBy(() => sheet.KPI_FORECAST(column(1, 2), sameDay, '2027-02-01')).message).toMatch(
      /^dates: every value/,
    );
    expect(
      thrownBy(() => sheet.KPI_FORECAST(column(1, 2), column(sheet.date(2027, 1, 1), ''), '2027-02-01'))
        .message,
    ).toBe('dates: cell 2 is blank but values holds 2 there');
    expect(
      thrownBy(() => sheet.KPI_FORECAST(column(1, 2), column(sheet.date(2027, 1, 1), 3), 5)).message,
    ).toMatch(/^dates: mixes numbers and dates/);
    expect(
      thrownBy(() => sheet.KPI_FORECAST(column(1, 2), undefined, sheet.date(2027, 1, 1))).message,
    ).toMatch(/^deadline: 2027-01-01 is a date but no dates were given/);
    expect(thrownBy(() => sheet.KPI_FORECAST(column(1, 'n/a'), undefined, 3)).message).toMatch(
      /^values #2: "n\/a" is not a number/,
    );
    expect(thrownBy(() => sheet.KPI_FORECAST(column(1, 2), column(1, 2, 3), 3)).message).toBe(
      'values is 2×1 but dates is 3×1: give ranges of the same size, or a single cell',
    );
    expect(thrownBy(() => sheet.KPI_FORECAST(column(1, 2))).message).toBe(
      'deadline is missing: give a cell, a range or a value',
    );
    expect(thrownBy(() => sheet.KPI_FORECAST()).message).toBe(
      'values is missing: give a cell, a range or a value',
    );
  });
});
