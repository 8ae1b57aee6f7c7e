import { column, openSheet, thrownBy } from './harness';

// 2027-01-01 to 2027-12-31 is 364 days; 2027-07-02 is day 182, half way.
describe('KPI_TRAJECTORY through dist/Code.js', () => {
  const sheet = openSheet();
  const fr = openSheet({ spreadsheetLocale: 'fr_FR' });
  const start = sheet.date(2027, 1, 1);
  const deadline = sheet.date(2027, 12, 31);
  const halfWay = sheet.date(2027, 7, 2);

  test('a level moves in a straight line from its baseline to its target', () => {
    expect(sheet.KPI_TRAJECTORY(20, 30, start, deadline, halfWay)).toBeCloseTo(25, 12);
    // Lower is better: the line goes down.
    expect(sheet.KPI_TRAJECTORY(40, 32, start, deadline, halfWay)).toBeCloseTo(36, 12);
    expect(sheet.KPI_TRAJECTORY(20, 30, start, deadline, start)).toBe(20);
    expect(sheet.KPI_TRAJECTORY(20, 30, start, deadline, deadline)).toBe(30);
  });

  test('before the start it is the baseline, after the deadline the target', () => {
    expect(sheet.KPI_TRAJECTORY(20, 30, start, deadline, sheet.date(2026, 6, 1))).toBe(20);
    expect(sheet.KPI_TRAJECTORY(20, 30, start, deadline, sheet.date(2028, 6, 1))).toBe(30);
  });

  test('"sum": the cumulative total due, from 0 whatever the baseline', () => {
    expect(sheet.KPI_TRAJECTORY(500, 1200, start, deadline, halfWay, 'sum')).toBeCloseTo(600, 12);
    expect(fr.KPI_TRAJECTORY('', 1200, start, deadline, halfWay, 'somme')).toBeCloseTo(600, 12);
  });

  test('without a baseline, a level is judged against its target all along', () => {
    expect(sheet.KPI_TRAJECTORY('', 30, start, deadline, halfWay)).toBe(30);
  });

  test('milestones bend the line: most of the sales due in the fourth quarter', () => {
    const milestones = [
      [sheet.date(2027, 9, 30), 3000],
      ['', ''],
    ];
    // 2027-09-30 is day 272: half of it (day 136, 2027-05-17) is due 1500.
    expect(
      sheet.KPI_TRAJECTORY(0, 12000, start, deadline, sheet.date(2027, 5, 17), 'sum', milestones),
    ).toBeCloseTo(1500, 9);
    // Then 9000 more over the 92 days to the deadline: 46 days in, 3000 + 4500.
    expect(
      sheet.KPI_TRAJECTORY(0, 12000, start, deadline, sheet.date(2027, 11, 15), 'sum', milestones),
    ).toBeCloseTo(7500, 9);
  });

  test('one result per cell of a range of dates', () => {
    const result = sheet.KPI_TRAJECTORY(0, 100, start, deadline, column(start, halfWay, deadline));
    expect(result).toEqual([[0], [50], [100]]);
  });

  test('bad milestones name the argument, the value and the fix, in French and English', () => {
    const late = [[sheet.date(2028, 3, 1), 10]];
    expect(thrownBy(() => sheet.KPI_TRAJECTORY(0, 100, start, deadline, halfWay, 'last', late)).message).toBe(
      'milestones: 2028-03-01 must be after start (2027-01-01), before deadline (2027-12-31) and after the previous milestone; sort the milestones by date',
    );
    expect(
      thrownBy(() => fr.KPI_TRAJECTORY(0, 100, start, deadline, halfWay, 'last', [[1, 2, 3]])).message,
    ).toBe(
      'milestones\u00a0: donnez une plage de 2 colonnes (date, valeur), une ligne par jalon\u202f; reçu 1×3',
    );
  });
});

describe('KPI_NEEDED through dist/Code.js', () => {
  const sheet = openSheet();
  const fr = openSheet({ spreadsheetLocale: 'fr_FR' });

  test('a total: what is left, shared over the periods left', () => {
    expect(sheet.KPI_NEEDED(4800, 12000, 6, 'higher', 'sum')).toBe(1200);
  });

  test('a level: the change per period still needed, negative for a fall', () => {
    expect(sheet.KPI_NEEDED(0.2, 0.26, 3)).toBeCloseTo(0.02, 12);
    expect(fr.KPI_NEEDED(40, 32, 4, 'baisse')).toBe(-2);
  });

  test('blank when the target is secured, reached, or the deadline has passed', () => {
    expect(sheet.KPI_NEEDED(13000, 12000, 6, 'higher', 'sum')).toBe('');
    expect(sheet.KPI_NEEDED(30, 32, 4, 'lower')).toBe('');
    expect(sheet.KPI_NEEDED(50, 50, 4, 'target')).toBe('');
    expect(sheet.KPI_NEEDED(100, 12000, 0, 'higher', 'sum')).toBe('');
  });

  test('a budget (lower, sum) is never secured: what may still be spent per period', () => {
    expect(sheet.KPI_NEEDED(6000, 10000, 4, 'lower', 'sum')).toBe(1000);
    expect(sheet.KPI_NEEDED(11000, 10000, 4, 'lower', 'sum')).toBe(-250);
  });

  test('a negative count of periods names the argument and the fix', () => {
    expect(thrownBy(() => sheet.KPI_NEEDED(1, 2, -1)).message).toBe(
      'periods_left: -1 must be 0 or more (the tracking periods left before the deadline)',
    );
  });
});
