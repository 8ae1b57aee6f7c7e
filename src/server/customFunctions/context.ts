import { type CalendarDate, calendarDateOfLocal } from '../../core/calendarDate';
import { once } from '../../core/rangeArgs/once';
import { toSheetsError } from '../../core/rangeArgs/sheetsError';
import type { Arg } from '../../core/cells';
import { type Lang, languageFromLocale } from '../../core/i18n';
import { type Rezone, rezoneArg, rezoneFrom, spreadsheetTimeZone } from '../spreadsheetZone';

// What a custom function learns from Apps Script, and only when it needs it: every service call is a
// round trip to Google, so the happy path makes none. Not re-exported from main.ts: nothing here is an
// entry point.

type Spreadsheet = () => GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet's language; asked only when an error has to be shown, at most once per call. */
function spreadsheetLanguage(spreadsheet: Spreadsheet): Lang {
  try {
    return languageFromLocale(spreadsheet().getSpreadsheetLocale());
  } catch {
    // No spreadsheet (run from the editor) or no access: English, the fallback of every message.
    return 'en';
  }
}

export interface CallContext {
  readonly lang: () => Lang;
  /** Today in the spreadsheet's time zone (the day TODAY() shows there), for as_of. */
  readonly today: () => CalendarDate;
  /**
   * The argument with its Dates read in the spreadsheet's time zone (spreadsheetZone.ts): pass every
   * argument through it before the core reads days from it.
   */
  readonly dates: (arg: Arg) => Arg;
}

/**
 * Runs one custom function call: gives the body lazy, memoized access to the language, the
 * spreadsheet's time zone (asked at most once, and only when a Date argument or today is needed) and
 * today's date, and turns any problem into an Error whose message is in the spreadsheet's language.
 */
export function runCustomFunction<R>(body: (context: CallContext) => R): R {
  // One getActiveSpreadsheet round trip serves both the language and the time zone.
  const spreadsheet = once(() => SpreadsheetApp.getActiveSpreadsheet());
  const rezone = once((): Rezone | undefined => rezoneFrom(spreadsheetTimeZone(spreadsheet)));
  const today = once((): CalendarDate => {
    const now = new Date();
    return calendarDateOfLocal(rezone()?.(now) ?? now);
  });
  const context: CallContext = {
    lang: once(() => spreadsheetLanguage(spreadsheet)),
    today,
    dates: (arg) => rezoneArg(arg, rezone),
  };
  try {
    return body(context);
  } catch (error) {
    throw toSheetsError(error, context.lang);
  }
}
