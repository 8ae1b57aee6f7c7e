/**
 * Sheets date serial numbers: whole days since 1899-12-30 (serial 0), the time of day as the fraction.
 *
 * Assumptions about real Sheets (to check against a real spreadsheet):
 * - Day 0 is 1899-12-30, so 1900-01-01 is 2 and 1970-01-01 is 25569; Sheets has no Excel 1900-02-29 bug.
 * - The calendar is the proleptic Gregorian one (as JavaScript's Date), also before 1582.
 * - A serial is a wall-clock date-time with no time zone; a Date converts in the spreadsheet's time
 *   zone (what `setValue(date)` / `getValue()` do in Apps Script). DST is resolved like a JavaScript
 *   local Date: a wall-clock time skipped by a spring-forward jump moves forward by the jump (Paris
 *   02:30 on the last Sunday of March is 03:30 CEST), and a repeated fall-back time means its first
 *   occurrence (the summer-time one). Historic offsets (e.g. Paris LMT +00:09:21 before 1911) come from
 *   the IANA data that Intl uses.
 * - Negative serials continue the same timeline backwards: the day is floor(serial) and the time is the
 *   positive remainder, so -0.25 is 1899-12-29 18:00 and -1 is 1899-12-29.
 * - Serials are resolved to the millisecond (round half away from zero); Sheets shows at most
 *   milliseconds in a format anyway.
 * - `calendarToSerial` rolls months and days over like Sheets' DATE(): (2024, 13, 1) is 2025-01-01 and
 *   (2024, 3, 0) is 2024-02-29.
 */

import { UNIX_EPOCH_SERIAL } from '../../src/core/calendarDate';

/** Serial of 1970-01-01, the Unix epoch: the add-on's own constant, so the two cannot drift apart. */
export { UNIX_EPOCH_SERIAL };

export const MS_PER_DAY = 86_400_000;

export type CalendarDateTime = {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
};

function assertInteger(name: string, value: number): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${String(value)}.`);
}

function assertFiniteSerial(name: string, serial: number): void {
  if (!Number.isFinite(serial))
    throw new RangeError(`${name} must be a finite number, got ${String(serial)}.`);
}

/** Milliseconds since the Unix epoch of a UTC calendar date-time; years 0..99 are not shifted to 19xx. */
function utcMs(y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  date.setUTCHours(h, min, s, ms);
  return date.getTime();
}

/** Serial of a calendar date (no time); rolls over like DATE(). */
export function calendarToSerial(year: number, month: number, day: number): number {
  assertInteger('calendarToSerial(year)', year);
  assertInteger('calendarToSerial(month)', month);
  assertInteger('calendarToSerial(day)', day);
  return Math.round(utcMs(year, month, day) / MS_PER_DAY) + UNIX_EPOCH_SERIAL;
}

function serialToMs(serial: number): number {
  // Half away from zero, to the millisecond.
  const raw = (serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY;
  return Math.sign(raw) * Math.round(Math.abs(raw));
}

/** Calendar date and wall-clock time of a serial (days floor, time the positive remainder). */
export function serialToCalendar(serial: number): CalendarDateTime {
  assertFiniteSerial('serialToCalendar(serial)', serial);
  const d = new Date(serialToMs(serial));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
    milliseconds: d.getUTCMilliseconds(),
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`timeZone must be an IANA time zone such as "Europe/Paris", got "${timeZone}".`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** What a wall clock in `timeZone` reads at an instant; `year` is astronomical (1 BC is 0). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export function wallClock(instantMs: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const yearOfEra = get('year');
  return {
    year: era === 'BC' || era === 'B' ? 1 - yearOfEra : yearOfEra,
    month: get('month'),
    day: get('day'),
    // Some engines write midnight as 24 even with h23.
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** Wall-clock time of an instant in a zone, as UTC milliseconds of that wall clock. */
export function wallClockMs(instantMs: number, timeZone: string): number {
  const w = wallClock(instantMs, timeZone);
  const ms = ((instantMs % 1000) + 1000) % 1000;
  return utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second, ms);
}

/** Serial of the wall-clock time a Date shows in `timeZone`. */
export function dateToSerial(date: Date, timeZone: string): number {
  const t = date.getTime();
  if (Number.isNaN(t)) throw new RangeError('dateToSerial(date) got an invalid Date.');
  return wallClockMs(t, timeZone) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The Date whose wall clock in `timeZone` reads the serial (see DST rules at the top). */
export function serialToDate(serial: number, timeZone: string): Date {
  assertFiniteSerial('serialToDate(serial)', serial);
  const wall = serialToMs(serial);
  // The zone's offset is wall - instant. Try the offsets in force just before and after the wall
  // time read as UTC; keep the earliest instant whose wall clock matches (the first of a repeated
  // hour). No match means the wall time falls in a DST gap: use the offset from before the jump,
  // which lands after the gap, as JavaScript does for local times.
  const offsetBefore = wallClockMs(wall - MS_PER_DAY, timeZone) - (wall - MS_PER_DAY);
  const offsetAfter = wallClockMs(wall + MS_PER_DAY, timeZone) - (wall + MS_PER_DAY);
  const candidates = [wall - offsetBefore, wall - offsetAfter].sort((a, b) => a - b);
  for (const instant of candidates) {
    if (wallClockMs(instant, timeZone) === wall) return new Date(instant);
  }
  return new Date(wall - offsetBefore);
}
