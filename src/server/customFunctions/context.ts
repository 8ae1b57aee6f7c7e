import { type CalendarDate, calendarDateOfLocal } from '../../core/calendarDate';
import { once } from '../../core/grid/once';
import { toSheetsError } from '../../core/grid/sheetsError';
import { type Lang, languageFromLocale } from '../../core/i18n';

// What a custom function learns from Apps Script, and only when it needs it: every service call is a
// round trip to Google, so the happy path makes none. Not re-exported from main.ts: nothing here is an
// entry point.

/** The spreadsheet's language; asked only when an error has to be shown, at most once per call. */
function spreadsheetLanguage(): Lang {
  try {
    return languageFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    // No spreadsheet (run from the editor) or no access: English, the fallback of every message.
    return 'en';
  }
}

/** Today in the script's time zone, for as_of; read once per call and only when as_of is blank. */
function today(): CalendarDate {
  return calendarDateOfLocal(new Date());
}

export interface CallContext {
  readonly lang: () => Lang;
  readonly today: () => CalendarDate;
}

/**
 * Runs one custom function call: gives the body lazy, memoized access to the language and today's date,
 * and turns any problem into an Error whose message is in the spreadsheet's language.
 */
export function runCustomFunction<R>(body: (context: CallContext) => R): R {
  const context: CallContext = { lang: once(spreadsheetLanguage), today: once(today) };
  try {
    return body(context);
  } catch (error) {
    throw toSheetsError(error, context.lang);
  }
}
