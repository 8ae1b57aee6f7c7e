import type { Arg, CellValue } from '../core/cells';
import { isDateObject } from '../core/calendarDate';

// Sheets hands a date cell to a custom function as a Date: the instant of that day's midnight in the
// SPREADSHEET's time zone (File > Settings). The script, though, reads Dates on the clock of the
// SCRIPT's zone (appsscript.json, Europe/Paris), and the core reads days with local getters
// (calendarDateOfLocal). For a spreadsheet in Asia/Tokyo, 2027-01-01 00:00 Tokyo is 2026-12-31 16:00 in
// Paris: read as is, the day would be one off. So each Date argument is re-expressed here as the same
// wall-clock time in the script's zone before the core sees it; a spreadsheet in the script's zone
// keeps its Dates unchanged.

/** A Date whose local getters show the wall clock `date` shows in the spreadsheet's zone. */
export type Rezone = (date: Date) => Date;

/** The spreadsheet's time zone, or undefined (no spreadsheet, no access): then the script's is used. */
export function spreadsheetTimeZone(
  spreadsheet: () => GoogleAppsScript.Spreadsheet.Spreadsheet,
): string | undefined {
  try {
    return spreadsheet().getSpreadsheetTimeZone() || undefined;
  } catch {
    return undefined;
  }
}

type Clock = readonly [
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
];

/**
 * Wall-clock parts through Intl: no service call, built once per call. Undefined when Intl does not
 * know the zone (Sheets also allows custom zones such as "GMT-07:00", which Intl refuses).
 */
function intlClock(timeZone: string): ((date: Date) => Clock) | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined;
  }
  return (date) => {
    const part: Record<string, number> = {};
    for (const p of format.formatToParts(date)) if (p.type !== 'literal') part[p.type] = +p.value;
    return [
      part.year ?? 0,
      part.month ?? 0,
      part.day ?? 0,
      part.hour ?? 0,
      part.minute ?? 0,
      part.second ?? 0,
    ];
  };
}

/** The same through Utilities.formatDate, which takes every zone Sheets does (one service call a Date). */
function utilitiesClock(timeZone: string): (date: Date) => Clock {
  return (date) => {
    const [y, mo, d, h, mi, s] = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd-HH-mm-ss')
      .split('-')
      .map(Number);
    return [y ?? 0, mo ?? 0, d ?? 0, h ?? 0, mi ?? 0, s ?? 0];
  };
}

/**
 * Re-expresses Dates from the spreadsheet's zone into the script's, or undefined when they need no
 * change (same zone, or the spreadsheet's zone is unknown). Each distinct instant is converted once.
 */
export function rezoneFrom(timeZone: string | undefined): Rezone | undefined {
  if (timeZone === undefined) return undefined;
  // The script's own zone (what local getters show): nothing to convert.
  if (timeZone === new Intl.DateTimeFormat().resolvedOptions().timeZone) return undefined;
  let clock = intlClock(timeZone);
  if (!clock) {
    // Utilities.formatDate refuses what Sheets itself would not hold; then the script's zone it is.
    try {
      utilitiesClock(timeZone)(new Date(0));
      clock = utilitiesClock(timeZone);
    } catch {
      return undefined;
    }
  }
  const read = clock;
  const done = new Map<number, Date>();
  return (date) => {
    const time = date.getTime();
    if (time !== time) return date; // an invalid Date stays one: the core says so
    let local = done.get(time);
    if (local === undefined) {
      const [y, mo, d, h, mi, s] = read(date);
      local = new Date(y, mo - 1, d, h, mi, s, ((time % 1000) + 1000) % 1000);
      // Years 0–99: the Date constructor reads them as 1900–1999.
      if (y < 100) local.setFullYear(y);
      done.set(time, local);
    }
    return local;
  };
}

function rezoneCell(value: CellValue, rezone: () => Rezone | undefined): CellValue {
  if (typeof value !== 'object' || !isDateObject(value)) return value;
  const to = rezone();
  return to ? to(value) : value;
}

/**
 * The argument with every Date re-expressed by `rezone` (asked for only when a Date is present: a call
 * without dates costs no service call). Rows without a Date are kept as they are, not copied.
 */
export function rezoneArg(arg: Arg, rezone: () => Rezone | undefined): Arg {
  if (!Array.isArray(arg)) return arg === undefined ? arg : rezoneCell(arg, rezone);
  let out: CellValue[][] | undefined;
  for (let r = 0; r < arg.length; r++) {
    const row = arg[r] as CellValue[];
    let copy: CellValue[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as CellValue;
      if (typeof v === 'object' && isDateObject(v)) {
        copy ??= row.slice();
        copy[c] = rezoneCell(v, rezone);
      }
    }
    if (copy) {
      out ??= arg.slice();
      out[r] = copy;
    }
  }
  return out ?? arg;
}
