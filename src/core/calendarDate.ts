/**
 * A day on the calendar, with no time and no time zone. Sheets hands dates to custom functions as
 * `Date` objects at midnight of the spreadsheet's time zone; the server's adapters re-express them on
 * the script's clock (src/server/customFunctions/spreadsheetZone.ts), so the day a cell shows is the
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

function daysInMonth(year: number, month: number): number {
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

/** The day that `date` shows on a clock in the running script's time zone (Sheets: the script's zone). */
export function calendarDateOfLocal(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** 2027-06-30: unambiguous in every language, so messages use it. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
