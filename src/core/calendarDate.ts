/**
 * A day on the calendar, with no time and no time zone. Sheets hands dates to custom functions as
 * `Date` objects at midnight of the spreadsheet's time zone; the server's adapters re-express them on
 * the script's clock (src/server/spreadsheetZone.ts), so the day a cell shows is the
 * day local getters read. KPI maths only ever needs the day, so dates are reduced to this as soon as
 * they arrive and compared by calendar, never by milliseconds.
 */
export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * The calendar date for these numbers, or undefined when the day does not exist (31 April, 29/02/2027).
 * Years are 1000–9999: Date.UTC reads 0–99 as 1900–1999, and no KPI deadline lives outside that span.
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 (negative before). Differences of day numbers are calendar days, immune to
 * daylight-saving changes, which is why KPI maths counts days this way and never subtracts Dates.
 */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** The calendar date `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** The day that `date` shows on a clock in the running script's time zone (Sheets: the script's zone). */
export function calendarDateOfLocal(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** 2027-06-30: unambiguous in every language, so messages use it. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `YYYY-MM-DD` to a calendar date, or undefined when the text is not a date that exists: the format is
 * checked, then the day against its month, so 2027-02-30 and 2027-13-01 are refused (Date would roll
 * them over to March and to the next year without a word).
 */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** True for a Date from any realm: dist/Code.js runs in another realm than Sheets' values in tests. */
export function isDateObject(value: unknown): value is Date {
  return (
    typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]'
  );
}

/**
 * The Sheets date serial of 1970-01-01: Sheets counts days from 1899-12-30, day numbers count them
 * from 1970-01-01, and this is the distance between the two.
 */
export const UNIX_EPOCH_SERIAL = 25_569;

/** A YYYY-MM-DD date as a Sheets date serial: a number, so no time zone can shift the day. */
export function dateSerial(iso: string): number {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`dateSerial: "${iso}" is not a YYYY-MM-DD date that exists.`);
  return dayNumber(date) + UNIX_EPOCH_SERIAL;
}

/** A Sheets date serial as the YYYY-MM-DD of its day (the time of day, if any, rounded away). */
export function serialToIso(serial: number): string {
  const d = new Date(Math.round(serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return d.toISOString().slice(0, 10);
}
