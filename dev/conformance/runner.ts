import type { Check, CheckContext, CheckResult, Looker, Outcome, Services } from './check';

export interface RunOptions {
  /** Checks not to run, with the reason reported in their note (the emulator's pending list). */
  readonly skip?: Readonly<Record<string, string>>;
  /** Who answers the questions only eyes can answer; default: nobody (null). */
  readonly look?: Looker;
}

/** The scratch sheet of a check: its own, so that a failure leaves nothing behind in another. */
export function scratchName(check: Check): string {
  return `conformance ${check.id}`;
}

/** Deep equality as JSON: what the results file will compare. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function message(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String((error as { message: unknown }).message)
    : String(error);
}

function result(check: Check, outcome: Outcome): CheckResult {
  const notes = [
    outcome.undecided ?? '',
    outcome.note ?? '',
    check.guess ? `emulator's answer is a guess: ${check.guess}` : '',
  ];
  return {
    id: check.id,
    ok: outcome.undecided ? null : same(outcome.expected, outcome.actual),
    expected: outcome.expected,
    actual: outcome.actual,
    note: notes.filter((n) => n !== '').join('; '),
  };
}

function failed(check: Check, error: unknown): CheckResult {
  return {
    id: check.id,
    ok: false,
    expected: null,
    actual: `threw: ${message(error)}`,
    note: check.guess ?? '',
  };
}

function context(services: Services, sheet: GoogleAppsScript.Spreadsheet.Sheet, look: Looker): CheckContext {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  return {
    services,
    spreadsheet,
    sheet,
    locale,
    english: /^en/i.test(locale),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    scriptTimeZone: services.Session.getScriptTimeZone(),
    look,
  };
}

/** A fresh scratch sheet (an old one left by an interrupted run is replaced). */
function freshSheet(services: Services, check: Check): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const old = spreadsheet.getSheetByName(scratchName(check));
  if (old) spreadsheet.deleteSheet(old);
  return spreadsheet.insertSheet(scratchName(check));
}

function removeSheet(services: Services, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  try {
    services.SpreadsheetApp.getActiveSpreadsheet().deleteSheet(sheet);
  } catch {
    // Already gone (a check may delete it); nothing else to clean.
  }
}

const nobody: Looker = () => null;

/**
 * First pass: runs every one-step check in its own scratch sheet (removed afterwards) and writes the
 * cells of the two-step checks, whose results say they wait for readChecks.
 */
export function runChecks(
  services: Services,
  checks: readonly Check[],
  options: RunOptions = {},
): CheckResult[] {
  return checks.map((check) => {
    const skipped = options.skip?.[check.id];
    if (skipped !== undefined)
      return { id: check.id, ok: null, expected: null, actual: null, note: `skipped: ${skipped}` };
    let sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined;
    try {
      sheet = freshSheet(services, check);
      const ctx = context(services, sheet, options.look ?? nobody);
      if (check.run) return result(check, check.run(ctx));
      check.write?.(ctx);
      const written = sheet;
      sheet = undefined;
      return {
        id: check.id,
        ok: null,
        expected: null,
        actual: null,
        note: `waiting: cells written in "${written.getName()}"; use "Read results" once Sheets has computed them`,
      };
    } catch (error) {
      return failed(check, error);
    } finally {
      if (sheet) removeSheet(services, sheet);
    }
  });
}

/** Second pass: reads the two-step checks' cells (computed by Sheets since) and removes their sheets. */
export function readChecks(
  services: Services,
  checks: readonly Check[],
  options: RunOptions = {},
): CheckResult[] {
  return checks
    .filter((check) => check.read && options.skip?.[check.id] === undefined)
    .map((check) => {
      const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(scratchName(check));
      if (!sheet)
        return {
          id: check.id,
          ok: null,
          expected: null,
          actual: null,
          note: `no sheet "${scratchName(check)}": run the checks first`,
        };
      try {
        return result(
          check,
          (check.read as NonNullable<Check['read']>)(context(services, sheet, options.look ?? nobody)),
        );
      } catch (error) {
        return failed(check, error);
      } finally {
        removeSheet(services, sheet);
      }
    });
}

/** The results of both passes as one list: a read result replaces the first pass's "waiting". */
export function mergeResults(first: readonly CheckResult[], second: readonly CheckResult[]): CheckResult[] {
  const read = new Map(second.map((r) => [r.id, r]));
  return first.map((r) => read.get(r.id) ?? r);
}
