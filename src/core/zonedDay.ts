import { type CalendarDate, calendarDateOfLocal } from './calendarDate';

/** The calendar day a Date shows, read on one time zone's clock. */
export type DayOf = (date: Date) => CalendarDate;

/**
 * The day a Date cell shows in a spreadsheet whose time zone is `timeZone`: Sheets hands a date cell
 * over as the instant of its midnight there, and the script's own zone (the manifest's) may be another.
 * One Intl formatter per call site, no service call; an unknown zone falls back to the script's clock.
 */
export function dayInZone(timeZone: string | undefined): DayOf {
  if (!timeZone) return calendarDateOfLocal;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    return calendarDateOfLocal;
  }
  return (date) => {
    const parts = format.formatToParts(date);
    const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    return { year: get('year'), month: get('month'), day: get('day') };
  };
}
