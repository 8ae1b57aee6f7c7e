import fc from 'fast-check';
import { calendarToSerial, dateToSerial, serialToCalendar, serialToDate } from '../../../dev/emulator/serial';

const HOUR = 1 / 24;

describe('calendarToSerial / serialToCalendar', () => {
  it.each([
    [1899, 12, 30, 0],
    [1899, 12, 31, 1],
    [1900, 1, 1, 2],
    [1900, 3, 1, 61], // no Excel 1900-02-29: Feb 1900 has 28 days
    [1970, 1, 1, 25569],
    [2000, 1, 1, 36526],
    [2024, 1, 1, 45292],
    [1899, 12, 29, -1],
    [1800, 1, 1, -36522],
  ])('%i-%i-%i is serial %i', (y, m, d, serial) => {
    expect(calendarToSerial(y, m, d)).toBe(serial);
    expect(serialToCalendar(serial)).toEqual({
      year: y,
      month: m,
      day: d,
      hours: 0,
      minutes: 0,
      seconds: 0,
      milliseconds: 0,
    });
  });

  it('does not shift years below 100 to the 1900s', () => {
    expect(serialToCalendar(calendarToSerial(50, 6, 15))).toMatchObject({ year: 50, month: 6, day: 15 });
  });

  it('rolls months and days over like DATE()', () => {
    expect(calendarToSerial(2024, 13, 1)).toBe(calendarToSerial(2025, 1, 1));
    expect(calendarToSerial(2024, 3, 0)).toBe(calendarToSerial(2024, 2, 29));
  });

  it('reads the fraction as the time of day', () => {
    expect(serialToCalendar(45292.75)).toEqual({
      year: 2024,
      month: 1,
      day: 1,
      hours: 18,
      minutes: 0,
      seconds: 0,
      milliseconds: 0,
    });
    expect(serialToCalendar(45292 + (13 * 3600 + 14 * 60 + 15.5) / 86400)).toMatchObject({
      hours: 13,
      minutes: 14,
      seconds: 15,
      milliseconds: 500,
    });
  });

  it('reads a negative fraction as a time on the previous day', () => {
    expect(serialToCalendar(-0.25)).toMatchObject({ year: 1899, month: 12, day: 29, hours: 18 });
    expect(serialToCalendar(-1.5)).toMatchObject({ year: 1899, month: 12, day: 28, hours: 12 });
  });

  it('rejects non-integer calendar parts and non-finite serials, naming the argument', () => {
    expect(() => calendarToSerial(2024, 1.5, 1)).toThrow(/calendarToSerial\(month\)/);
    expect(() => serialToCalendar(Number.NaN)).toThrow(/serialToCalendar\(serial\)/);
  });

  it('round-trips any whole-day serial through the calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_958_465 }), (serial) => {
        const { year, month, day } = serialToCalendar(serial);
        return calendarToSerial(year, month, day) === serial;
      }),
    );
  });
});

describe('dateToSerial', () => {
  it('uses the wall-clock time in the zone', () => {
    const instant = new Date('2024-01-01T12:00:00Z');
    expect(dateToSerial(instant, 'UTC')).toBe(45292.5);
    expect(dateToSerial(instant, 'Europe/Paris')).toBeCloseTo(45292.5 + HOUR, 10);
    expect(dateToSerial(instant, 'America/New_York')).toBeCloseTo(45292.5 - 5 * HOUR, 10);
    expect(dateToSerial(instant, 'Asia/Kolkata')).toBeCloseTo(45292.5 + 5.5 * HOUR, 10);
  });

  it('changes day across midnight in the zone', () => {
    const instant = new Date('2024-01-01T23:30:00Z');
    expect(Math.floor(dateToSerial(instant, 'Europe/Paris'))).toBe(45293);
    expect(Math.floor(dateToSerial(instant, 'UTC'))).toBe(45292);
  });

  it('follows Paris summer time on the DST days', () => {
    const march31 = calendarToSerial(2024, 3, 31);
    // 00:30 UTC is 01:30 CET; 01:30 UTC is 03:30 CEST (02:00–03:00 does not exist).
    expect(dateToSerial(new Date('2024-03-31T00:30:00Z'), 'Europe/Paris')).toBeCloseTo(
      march31 + 1.5 * HOUR,
      10,
    );
    expect(dateToSerial(new Date('2024-03-31T01:30:00Z'), 'Europe/Paris')).toBeCloseTo(
      march31 + 3.5 * HOUR,
      10,
    );
    const october27 = calendarToSerial(2024, 10, 27);
    // 00:30 UTC and 01:30 UTC both read 02:30 (CEST then CET).
    expect(dateToSerial(new Date('2024-10-27T00:30:00Z'), 'Europe/Paris')).toBeCloseTo(
      october27 + 2.5 * HOUR,
      10,
    );
    expect(dateToSerial(new Date('2024-10-27T01:30:00Z'), 'Europe/Paris')).toBeCloseTo(
      october27 + 2.5 * HOUR,
      10,
    );
  });

  it('handles dates before 1900 and before the epoch', () => {
    expect(dateToSerial(new Date('1899-12-29T18:00:00Z'), 'UTC')).toBe(-0.25);
    expect(dateToSerial(new Date('1800-01-01T00:00:00Z'), 'UTC')).toBe(-36522);
  });

  it('rejects an invalid Date and an unknown zone', () => {
    expect(() => dateToSerial(new Date('nope'), 'UTC')).toThrow(/invalid Date/);
    expect(() => dateToSerial(new Date(0), 'Mars/Olympus')).toThrow(/timeZone.*Mars\/Olympus/);
  });
});

describe('serialToDate', () => {
  it('gives the instant whose wall clock in the zone reads the serial', () => {
    expect(serialToDate(45292.5, 'UTC').toISOString()).toBe('2024-01-01T12:00:00.000Z');
    expect(serialToDate(45292.5, 'Europe/Paris').toISOString()).toBe('2024-01-01T11:00:00.000Z');
    expect(serialToDate(45292.5, 'America/New_York').toISOString()).toBe('2024-01-01T17:00:00.000Z');
  });

  it('moves a time skipped by the spring-forward jump forward by an hour', () => {
    const skipped = calendarToSerial(2024, 3, 31) + 2.5 * HOUR;
    expect(serialToDate(skipped, 'Europe/Paris').toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('takes the first (summer-time) occurrence of a repeated fall-back time', () => {
    const repeated = calendarToSerial(2024, 10, 27) + 2.5 * HOUR;
    expect(serialToDate(repeated, 'Europe/Paris').toISOString()).toBe('2024-10-27T00:30:00.000Z');
  });

  it('handles the hours around the DST switches in Paris', () => {
    const march31 = calendarToSerial(2024, 3, 31);
    expect(serialToDate(march31 + 1.5 * HOUR, 'Europe/Paris').toISOString()).toBe('2024-03-31T00:30:00.000Z');
    expect(serialToDate(march31 + 3.5 * HOUR, 'Europe/Paris').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    const october27 = calendarToSerial(2024, 10, 27);
    expect(serialToDate(october27 + 3.5 * HOUR, 'Europe/Paris').toISOString()).toBe(
      '2024-10-27T02:30:00.000Z',
    );
  });

  it('handles negative serials', () => {
    expect(serialToDate(-0.25, 'UTC').toISOString()).toBe('1899-12-29T18:00:00.000Z');
    expect(serialToDate(-36522, 'UTC').toISOString()).toBe('1800-01-01T00:00:00.000Z');
  });

  it('round-trips any serial through a Date in several zones (to the millisecond)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -36522 * 86_400_000, max: 73050 * 86_400_000 }),
        fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
        (msOfSerial, zone) => {
          const serial = msOfSerial / 86_400_000;
          const back = dateToSerial(serialToDate(serial, zone), zone);
          const skippedByDst = Math.abs(back - serial) * 86_400_000 > 0.5;
          if (skippedByDst) {
            // Only a wall time inside a DST gap moves, and then forward by the gap (≤ 1 h).
            expect(back).toBeGreaterThan(serial);
            expect(back - serial).toBeLessThanOrEqual(HOUR + 1e-9);
          } else {
            expect(Math.abs(back - serial) * 86_400_000).toBeLessThan(0.5);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips any instant through a serial in several zones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata'),
        (ms, zone) => {
          const back = serialToDate(dateToSerial(new Date(ms), zone), zone).getTime();
          // A repeated fall-back hour maps to its first occurrence, an hour earlier.
          expect(back === ms || back === ms - 3_600_000).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
