/**
 * A day on the calendar, with no time and no time zone. Sheets hands dates to custom functions as
 * `Date` objects at local midnight of the script's time zone; KPI maths only ever needs the day, so
 * dates are reduced to this as soon as they arrive and compared by calendar, never by milliseconds.
 */
export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}
