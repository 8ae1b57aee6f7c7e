import fc from 'fast-check';
import {
  countTrackingPeriods,
  historyPeriods,
  isoWeek,
  trackingPeriods,
} from '../../../src/core/plan/periods';
import { dayNumber } from '../../../src/core/calendarDate';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayNumber({ year: y, month: m, day: d });
};

describe('monthly', () => {
  test('labels in French and English, stable keys, first and last days', () => {
    const fr = trackingPeriods({ start: '2027-01-15', end: '2027-12-31', frequency: 'monthly' }, 'fr');
    expect(fr.map((p) => p.label)).toEqual([
      'janv. 2027',
      'févr. 2027',
      'mars 2027',
      'avr. 2027',
      'mai 2027',
      'juin 2027',
      'juil. 2027',
      'août 2027',
      'sept. 2027',
      'oct. 2027',
      'nov. 2027',
      'déc. 2027',
    ]);
    expect(fr[1]).toEqual({ key: '2027-02', label: 'févr. 2027', start: '2027-02-01', end: '2027-02-28' });
    const en = trackingPeriods({ start: '2027-11-30', end: '2028-02-01', frequency: 'monthly' }, 'en');
    expect(en.map((p) => `${p.key} ${p.label}`)).toEqual([
      '2027-11 Nov 2027',
      '2027-12 Dec 2027',
      '2028-01 Jan 2028',
      '2028-02 Feb 2028',
    ]);
    expect(en[3]?.end).toBe('2028-02-29');
  });
});

describe('quarterly', () => {
  test('T1/Q1 labels, whole quarters overlapping the plan', () => {
    const fr = trackingPeriods({ start: '2027-02-15', end: '2028-01-31', frequency: 'quarterly' }, 'fr');
    expect(fr.map((p) => `${p.key} ${p.label} ${p.start}..${p.end}`)).toEqual([
      '2027-Q1 T1 2027 2027-01-01..2027-03-31',
      '2027-Q2 T2 2027 2027-04-01..2027-06-30',
      '2027-Q3 T3 2027 2027-07-01..2027-09-30',
      '2027-Q4 T4 2027 2027-10-01..2027-12-31',
      '2028-Q1 T1 2028 2028-01-01..2028-03-31',
    ]);
    expect(
      trackingPeriods({ start: '2027-01-01', end: '2027-01-01', frequency: 'quarterly' }, 'en')[0]?.label,
    ).toBe('Q1 2027');
  });
});

describe('weekly (ISO 8601: Monday start, week of the Thursday)', () => {
  test('2027 starts in week 53 of 2026 and has 52 weeks of its own', () => {
    const weeks = trackingPeriods({ start: '2027-01-01', end: '2027-12-31', frequency: 'weekly' }, 'fr');
    expect(weeks[0]).toEqual({ key: '2026-W53', label: 'S53 2026', start: '2026-12-28', end: '2027-01-03' });
    expect(weeks[1]).toEqual({ key: '2027-W01', label: 'S01 2027', start: '2027-01-04', end: '2027-01-10' });
    expect(weeks).toHaveLength(53);
    expect(weeks.at(-1)?.key).toBe('2027-W52');
    const en = trackingPeriods({ start: '2027-01-04', end: '2028-01-02', frequency: 'weekly' }, 'en');
    expect(en).toHaveLength(52);
    expect(en[0]?.label).toBe('W01 2027');
  });

  test('every period starts on a Monday, lasts 7 days and follows the previous one', () => {
    const weeks = trackingPeriods({ start: '2024-12-25', end: '2030-01-05', frequency: 'weekly' }, 'en');
    weeks.forEach((w, i) => {
      expect((day(w.start) + 3) % 7).toBe(0); // 1970-01-05 was a Monday: day 4
      expect(day(w.end) - day(w.start)).toBe(6);
      if (i > 0) expect(day(w.start)).toBe(day(weeks[i - 1]!.end) + 1);
    });
    expect(new Set(weeks.map((w) => w.key)).size).toBe(weeks.length);
  });

  test('known ISO weeks', () => {
    expect(isoWeek(day('2021-01-03'))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(day('2024-12-30'))).toEqual({ year: 2025, week: 1 });
    expect(isoWeek(day('2027-07-15'))).toEqual({ year: 2027, week: 28 });
  });
});

test('keys do not depend on where the plan starts', () => {
  const a = trackingPeriods({ start: '2027-01-01', end: '2027-06-30', frequency: 'monthly' }, 'fr');
  const b = trackingPeriods({ start: '2027-03-10', end: '2027-09-30', frequency: 'monthly' }, 'en');
  expect(b.map((p) => p.key).slice(0, 4)).toEqual(a.map((p) => p.key).slice(2));
});

test('countTrackingPeriods agrees with the list it does not build, for every frequency', () => {
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const from = day('1995-01-01');
  fc.assert(
    fc.property(
      fc.integer({ min: from, max: from + 20_000 }),
      fc.integer({ min: -10, max: 3_000 }),
      fc.constantFrom('weekly', 'monthly', 'quarterly' as const),
      (start, length, frequency) => {
        const period = { start: iso(start), end: iso(start + length), frequency };
        expect(countTrackingPeriods(period)).toBe(trackingPeriods(period, 'en').length);
      },
    ),
  );
});

describe('history periods (the year before the start)', () => {
  const keys = (ps: readonly { key: string }[]) => ps.map((p) => p.key);

  test('none unless the plan asks for them', () => {
    expect(historyPeriods({ start: '2027-07-01', end: '2028-06-30', frequency: 'monthly' }, 'fr')).toEqual(
      [],
    );
    expect(
      historyPeriods({ start: '2027-07-01', end: '2028-06-30', frequency: 'monthly', history: false }, 'fr'),
    ).toEqual([]);
  });

  test('monthly: the twelve months before a July start, with the usual keys and labels', () => {
    const ps = historyPeriods(
      { start: '2027-07-15', end: '2028-06-30', frequency: 'monthly', history: true },
      'fr',
    );
    expect(keys(ps)).toEqual(
      trackingPeriods({ start: '2026-07-01', end: '2027-06-30', frequency: 'monthly' }, 'fr').map(
        (p) => p.key,
      ),
    );
    expect(ps[0]).toEqual({ key: '2026-07', label: 'juil. 2026', start: '2026-07-01', end: '2026-07-31' });
  });

  test('quarterly from 29 February: four quarters, the leap day falling back to the 28th', () => {
    const ps = historyPeriods(
      { start: '2028-02-29', end: '2028-12-31', frequency: 'quarterly', history: true },
      'en',
    );
    expect(keys(ps)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    expect(ps[0]!.label).toBe('Q1 2027');
  });

  test('weekly: the week straddling the start is the plan’s, never repeated in history', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const start = new Date(Date.UTC(2024, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
        const period = { start, end: start, frequency: 'weekly' as const };
        const own = keys(trackingPeriods(period, 'fr'));
        const history = keys(historyPeriods({ ...period, history: true }, 'fr'));
        expect(history.filter((k) => own.includes(k))).toEqual([]);
        expect(history.length).toBeGreaterThanOrEqual(51);
        expect(history.length).toBeLessThanOrEqual(53);
        // Contiguous with the plan: the last history week is the one right before the plan's first.
        const ownFirst = trackingPeriods(period, 'fr')[0]!;
        const last = historyPeriods({ ...period, history: true }, 'fr').at(-1)!;
        expect(Date.parse(ownFirst.start) - Date.parse(last.end)).toBe(86400000);
      }),
    );
  });
});
