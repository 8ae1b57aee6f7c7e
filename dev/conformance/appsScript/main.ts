// Entry points of dist-conformance/Code.js (npm run build:conformance): the menu, the two passes, and
// the custom functions the checks call. Built by scripts/lib/build.ts's bundleAppsScript, like
// dist/Code.js: every exported function becomes a global.
import type { CheckResult, Look, Services } from '../check';
import { CHECKS } from '../checks';
import { readResultsSheet, writeResultsSheet, type ConformanceReport } from '../resultsSheet';
import { mergeResults, readChecks, runChecks, type RunOptions } from '../runner';
import { showReport } from './dialog';

export * from './customFunctions';

declare const __KPI_KIT_VERSION__: string;

function services(): Services {
  return { SpreadsheetApp, PropertiesService, HtmlService, Session, Utilities };
}

function report(results: readonly CheckResult[]): ConformanceReport {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    suite: 'kpi-kit-conformance',
    version: __KPI_KIT_VERSION__,
    ranAt: new Date().toISOString(),
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    scriptTimeZone: Session.getScriptTimeZone(),
    results,
  };
}

/** Asks the person at the spreadsheet, with the cells in view; null when there is no one (editor run). */
function askPerson(look: Look): boolean | null {
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.getSheetByName(look.sheet)?.activate();
    SpreadsheetApp.flush();
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert('KPI Kit conformance', look.question, ui.ButtonSet.YES_NO_CANCEL);
    return answer === ui.Button.YES ? true : answer === ui.Button.NO ? false : null;
  } catch {
    return null;
  }
}

/** The add-on menu (AuthMode.NONE: nothing but the menu). */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('1. Run conformance checks', 'conformanceRunFromMenu')
    .addItem('2. Read results (after recalculation)', 'conformanceReadFromMenu')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

/**
 * First pass: runs every check (writing the cells of those Sheets must recalculate), writes the
 * Conformance sheet and returns the results: [{ id, ok, expected, actual, note }].
 */
export function runConformanceChecks(options?: RunOptions): CheckResult[] {
  const results = runChecks(services(), CHECKS, options ?? {});
  writeResultsSheet(services(), report(results));
  return results;
}

/**
 * Second pass, once Sheets has computed the cells the first pass wrote: reads them, merges them into
 * the Conformance sheet's results and returns the whole list.
 */
export function readConformanceResults(options?: RunOptions): CheckResult[] {
  const second = readChecks(services(), CHECKS, options ?? {});
  const first = readResultsSheet(services())?.results ?? [];
  const results = first.length > 0 ? mergeResults(first, second) : second;
  writeResultsSheet(services(), report(results));
  return results;
}

export function conformanceRunFromMenu(): void {
  showReport(report(runConformanceChecks({ look: askPerson })));
}

export function conformanceReadFromMenu(): void {
  showReport(report(readConformanceResults({ look: askPerson })));
}
