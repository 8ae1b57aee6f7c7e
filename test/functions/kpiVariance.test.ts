import { column, openSheet, thrownBy } from './harness';

describe('KPI_VARIANCE through dist/Code.js', () => {
  test('defaults: higher is better, percent of |target|', () => {
    const sheet = openSheet();
    expect(sheet.KPI_VARIANCE(110, 100)).toBeCloseTo(0.1, 12);
    expect(sheet.KPI_VARIANCE(90, 100)).toBeCloseTo(-0.1, 12);
    // A negative target: beating -100 with -90 is good news, and the sign says so.
    expect(sheet.KPI_VARIANCE(-90, -100)).toBeCloseTo(0.1, 12);
  });

  test('each output, for a lower-is-better KPI 20 % above target', () => {
    const sheet = openSheet();
    expect(sheet.KPI_VARIANCE(120, 100, 'lower', 'percent')).toBeCloseTo(-0.2, 12);
    expect(sheet.KPI_VARIANCE(120, 100, 'lower', 'absolute')).toBe(-20);
    expect(sheet.KPI_VARIANCE(120, 100, 'lower', 'attainment')).toBeCloseTo(0.8, 12);
    expect(sheet.KPI_VARIANCE(120, 100, 'lower', 'status')).toBe('off track');
    expect(sheet.KPI_VARIANCE(120, 100, 'lower', 'status', 0.25)).toBe('at risk');
  });

  test('percent KPIs arrive as fractions: "absolute" is the gap in points', () => {
    const sheet = openSheet();
    // A conversion rate of 2.5 % against 3 %: 0.5 point short, 16.7 % below target.
    expect(sheet.KPI_VARIANCE(0.025, 0.03, 'higher', 'absolute')).toBeCloseTo(-0.005, 12);
    expect(sheet.KPI_VARIANCE(0.025, 0.03)).toBeCloseTo(-1 / 6, 12);
    expect(sheet.KPI_VARIANCE('2,5 %', '3 %')).toBeCloseTo(-1 / 6, 12);
  });

  test('"target" direction: closer is better, on track within band, at risk within 2 bands', () => {
    const sheet = openSheet();
    const actual = column(100, 105, 110, 115, 120, 121, 80);
    expect(sheet.KPI_VARIANCE(actual, 100, 'cible', 'statut')).toEqual(
      column('on track', 'on track', 'on track', 'at risk', 'at risk', 'off track', 'at risk'),
    );
    expect(sheet.KPI_VARIANCE(95, 100, 'target', 'absolute')).toBe(-5);
    expect(sheet.KPI_VARIANCE(105, 100, 'target', 'percent')).toBeCloseTo(-0.05, 12);
  });

  test('status boundaries: equality is on track, -band is at risk, beyond is off track', () => {
    const sheet = openSheet();
    expect(
      sheet.KPI_VARIANCE(column(100, 90, 89.9, 1.1), column(100, 100, 100, 1), 'higher', 'status'),
    ).toEqual(column('on track', 'at risk', 'off track', 'on track'));
    // 1.1 vs 1 in "target" direction is exactly one band away (0.10000000000000009 in floating point).
    expect(sheet.KPI_VARIANCE(1.1, 1, 'target', 'status')).toBe('on track');
  });

  test('French and English option words, any case, accents optional', () => {
    const sheet = openSheet();
    for (const [direction, output] of [
      ['baisse', 'statut'],
      ['BAISSE', 'Statut'],
      ['down', 'STATUS'],
      ['lower', 'état'],
      ['lower', 'etat'],
    ])
      expect(sheet.KPI_VARIANCE(120, 100, direction, output)).toBe('off track');
    expect(sheet.KPI_VARIANCE(120, 100, 'hausse', 'atteinte')).toBeCloseTo(1.2, 12);
    expect(sheet.KPI_VARIANCE(120, 100, 'up', 'absolu')).toBe(20);
  });

  test('a column against a column gives a column; a single target broadcasts; blanks stay blank', () => {
    const sheet = openSheet();
    expect(sheet.KPI_VARIANCE(column(110, '', 90), column(100, 100, ''), 'higher', 'absolute')).toEqual(
      column(10, '', ''),
    );
    expect(sheet.KPI_VARIANCE(column(110, 120), 100, '', 'absolute')).toEqual(column(10, 20));
    expect(
      sheet.KPI_VARIANCE(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        2,
        undefined,
        'absolute',
      ),
    ).toEqual([
      [-1, 0, 1],
      [2, 3, 4],
    ]);
  });

  test('directions and bands may vary by row', () => {
    const sheet = openSheet();
    expect(
      sheet.KPI_VARIANCE(
        column(120, 120, 120),
        100,
        column('higher', 'lower', 'target'),
        'status',
        column(0.1, 0.1, 0.1),
      ),
    ).toEqual(column('on track', 'off track', 'at risk'));
  });

  test('numeric text as people type it', () => {
    const sheet = openSheet();
    expect(
      sheet.KPI_VARIANCE(column('12,5', '12.5', '1 234', '1\u202f234,5', '12 %'), 1, 'higher', 'absolute'),
    ).toEqual(column(11.5, 11.5, 1233, 1233.5, 0.12 - 1));
  });

  test('a blank or omitted optional argument means its default', () => {
    const sheet = openSheet();
    expect(sheet.KPI_VARIANCE(90, 100, '', '', '')).toBeCloseTo(-0.1, 12);
    expect(sheet.KPI_VARIANCE(90, 100, undefined, 'status', undefined)).toBe('at risk');
    expect(sheet.KPI_VARIANCE(90, 100, undefined, 'status', '')).toBe('at risk');
  });

  test('target 0: percent and attainment say what to do; absolute works; status follows the sign', () => {
    const sheet = openSheet();
    expect(thrownBy(() => sheet.KPI_VARIANCE(5, 0)).message).toBe(
      'target is 0, so a percentage is undefined: use output "absolute"',
    );
    expect(thrownBy(() => sheet.KPI_VARIANCE(5, 0, 'higher', 'attainment')).message).toMatch(/target is 0/);
    expect(sheet.KPI_VARIANCE(5, 0, 'lower', 'absolute')).toBe(-5);
    expect(sheet.KPI_VARIANCE(column(5, -5, 0), 0, 'higher', 'status')).toEqual(
      column('on track', 'off track', 'on track'),
    );
  });

  test('a bad cell in a range shows its own message; the other cells still compute', () => {
    const sheet = openSheet();
    expect(sheet.KPI_VARIANCE(column(110, '12abc', true, 90), 100, 'higher', 'absolute')).toEqual(
      column(
        10,
        '⚠ actual: "12abc" is not a number (write e.g. 12.5, 12,5, 1 234 or 12 %)',
        '⚠ actual: "TRUE" is not a number (write e.g. 12.5, 12,5, 1 234 or 12 %)',
        -10,
      ),
    );
  });

  test('unknown words and bad bands: an error listing the accepted words or the range', () => {
    const sheet = openSheet();
    const direction = thrownBy(() => sheet.KPI_VARIANCE(1, 2, 'sideways')).message;
    expect(direction).toMatch(/^direction: "sideways" is not an accepted word; use one of /);
    for (const word of ['higher', 'hausse', 'up', 'lower', 'baisse', 'down', 'target', 'cible'])
      expect(direction).toContain(`"${word}"`);
    const output = thrownBy(() => sheet.KPI_VARIANCE(1, 2, 'higher', 'ratio')).message;
    for (const word of ['percent', 'absolute', 'attainment', 'status']) expect(output).toContain(`"${word}"`);
    for (const band of [0, -0.1, 1.5, 'wide'])
      expect(thrownBy(() => sheet.KPI_VARIANCE(1, 2, 'higher', 'status', band)).message).toMatch(/^band: /);
    expect(sheet.KPI_VARIANCE(1, 2, 'higher', 'status', 1)).toBe('at risk');
  });

  test('mismatched shapes name both arguments and shapes', () => {
    const sheet = openSheet();
    const actual = column(...Array.from({ length: 10 }, (_, i) => i));
    const target = column(...Array.from({ length: 9 }, (_, i) => i));
    expect(thrownBy(() => sheet.KPI_VARIANCE(actual, target)).message).toBe(
      'actual is 10×1 but target is 9×1: give ranges of the same size, or a single cell',
    );
  });

  test('an omitted target is an error, not a silent blank', () => {
    const sheet = openSheet();
    expect(thrownBy(() => sheet.KPI_VARIANCE(5)).message).toBe(
      'target is missing: give a cell, a range or a value',
    );
  });
});
