import type { CalendarDate } from './calendarDate';

/**
 * The calendar day a Date cell shows in its spreadsheet. Sheets hands a date cell over as the instant
 * of its midnight in the spreadsheet's time zone, which may not be the script's: the server, which can
 * ask the spreadsheet, supplies the reading (src/server/spreadsheetZone.ts); pure code takes it as an
 * argument, defaulting to the script's clock.
 */
export type DayOf = (date: Date) => CalendarDate;
