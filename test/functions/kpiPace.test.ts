import { column, openSheet, thrownBy } from './harness';

// 2027-01-01 to 2027-12-31 is 364 days; 2027-07-02 is day 182, half way.
describe('KPI_PACE through dist/Code.js', () => {
  test('on a straight line from baseline to target, half way, half the progress is a pace of 1', () => {
    const sheet = openSheet();
    const [start, deadline, halfWay] = [
      sheet.date(2027, 1, 1),
      sheet.date(2027, 12, 31),
      sheet.date(2027, 7, 2),
    ];
    expect(sheet.KPI_PACE(50, 0, 100, start, deadline, halfWay)).toBeCloseTo(1, 12);
    expect(sheet.KPI_PACE(75, 0, 100, start, deadline, halfWay)).toBeCloseTo(1.5, 12);
    // A KPI to lower (cost per lead from 40 to 32): 36 half way is on pace, 38 is behind.
    expect(sheet.KPI_PACE(36, 40, 32, start, deadline, halfWay)).toBeCloseTo(1, 12);
    expect(sheet.KPI_PACE(38, 40, 32, start, deadline, halfWay)).toBeCloseTo(0.5, 12);
  });

  test('"sum": a total to accumulate from 0, baseline unused', () => {
    const sheet = openSheet();
    const [start, deadline, halfWay] = [
      sheet.date(2027, 1, 1),
      sheet.date(2027, 12, 31),
      sheet.date(2027, 7, 2),
    ];
    expect(sheet.KPI_PACE(700, 0, 1200, start, deadline, halfWay, 'sum')).toBeCloseTo(700 / 600, 12);
    expect(sheet.KPI_PACE(700, '', 1200, start, deadline, halfWay, 'somme')).toBeCloseTo(700 / 600, 12);
    expect(sheet.KPI_PACE(700, undefined, 1200, start, deadline, halfWay, 'Cumul')).toBeCloseTo(
      700 / 600,
      12,
    );
  });

  test('"average" paces like "last"; after the deadline the elapsed fraction stays 1', () => {
    const sheet = openSheet();
    const [start, deadline] = [sheet.date(2027, 1, 1), sheet.date(2027, 12, 31)];
    expect(sheet.KPI_PACE(50, 0, 100, start, deadline, sheet.date(2027, 7, 2), 'moyenne')).toBeCloseTo(1, 12);
    expect(sheet.KPI_PACE(80, 0, 100, start, deadline, sheet.date(2028, 3, 1))).toBeCloseTo(0.8, 12);
  });

  test('dates as text: ISO, French and English, day-first and month-first when unambiguous', () => {
    const sheet = openSheet();
    for (const [start, deadline, asOf] of [
      ['2027-01-01', '2027-12-31', '2027-07-02'],
      ['1er janvier 2027', '31 décembre 2027', '2 juillet 2027'],
      ['January 1, 2027', 'December 31st, 2027', 'Friday, July 2, 2027'],
      ['01/01/2027', '31/12/2027', '2027-07-02'],
      ['01/01/2027', '12/31/2027', '2027-07-02'],
    ])
      expect(sheet.KPI_PACE(50, 0, 100, start, deadline, asOf)).toBeCloseTo(1, 12);
  });

  test("as_of defaults to today (in the script time zone when the spreadsheet's is not at hand)", () => {
    const sheet = openSheet();
    const now = new Date();
    const around = (days: number): Date =>
      sheet.date(now.getFullYear(), now.getMonth() + 1, now.getDate() + days);
    expect(sheet.KPI_PACE(50, 0, 100, around(-10), around(10))).toBeCloseTo(1, 12);
    expect(sheet.KPI_PACE(50, 0, 100, around(-10), around(10), '')).toBeCloseTo(1, 12);
    // Date cells and today are read in the spreadsheet's zone: one lookup a call (refused here).
    expect(sheet.stubs.calls).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSpreadsheetTimeZone',
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSpreadsheetTimeZone',
    ]);
  });

  test('a range of KPIs in one call, blanks staying blank and a bad row showing its message', () => {
    const sheet = openSheet();
    const result = sheet.KPI_PACE(
      column(50, '', 36, 10),
      column(0, 0, 40, 5),
      column(100, 100, 32, 5),
      sheet.date(2027, 1, 1),
      sheet.date(2027, 12, 31),
      sheet.date(2027, 7, 2),
    ) as unknown[][];
    expect(result.map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(result[0]?.[0]).toBeCloseTo(1, 12);
    expect(result[1]?.[0]).toBe('');
    expect(result[2]?.[0]).toBeCloseTo(1, 12);
    expect(result[3]?.[0]).toBe(
      '⚠ baseline and target are both 5: there is no progress to pace (for a total to accumulate, use aggregation "sum")',
    );
  });

  test('clear messages for a period not started, no time elapsed, a bad period, a total of 0', () => {
    const sheet = openSheet();
    const [start, deadline] = [sheet.date(2027, 1, 1), sheet.date(2027, 12, 31)];
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 100, start, deadline, sheet.date(2026, 12, 31))).message).toBe(
      'not started yet: as_of (2026-12-31) is before start (2027-01-01)',
    );
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 100, start, deadline, start)).message).toBe(
      'as_of is the start day (2027-01-01): no time has elapsed, so there is no pace yet',
    );
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 100, deadline, start, '2027-06-01')).message).toBe(
      'deadline (2027-01-01) must come after start (2027-12-31)',
    );
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 0, start, deadline, '2027-06-01', 'sum')).message).toBe(
      'target is 0: a total of 0 cannot be paced with aggregation "sum"',
    );
    expect(thrownBy(() => sheet.KPI_PACE(1, undefined, 100, start, deadline, '2027-06-01')).message).toBe(
      'baseline is missing: give a cell, a range or a value',
    );
  });

  test('dates that cannot be read, or read two ways, say so', () => {
    const sheet = openSheet();
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 100, '03/04/2027', '2027-12-31', '2027-06-01')).message).toBe(
      'start: "03/04/2027" could be 2027-04-03 (day first) or 2027-03-04 (month first): write 2027-04-03 or 2027-03-04, or use a date cell',
    );
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 100, '2027-01-01', 'soon', '2027-06-01')).message).toMatch(
      /^deadline: "soon" is not a date/,
    );
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 100, '2027-01-01', '31/02/2027', '2027-01-02')).message).toBe(
      'deadline: "31/02/2027" is not a day of the calendar',
    );
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 100, '2027-01-01', '2027-12-31', 3)).message).toMatch(
      /^as_of: "3" is not a date/,
    );
    expect(thrownBy(() => sheet.KPI_PACE(1, 0, 100, '2027-01-01', '2027-12-31', '', 'max')).message).toMatch(
      /^aggregation: "max" is not an accepted word; use one of "last"/,
    );
  });
});
