import type { Emulator, EmulatorOptions } from '../../../dev/emulator';
import { codeJsOnEmulator } from '../../helpers/emulatorCodeJs';

type EntryPoints = Record<
  'buildWorkbook' | 'rebuildFromWorkbook' | 'insertKpiLibrarySheet' | 'loadPlanFromWorkbook' | 'onOpen',
  (...args: unknown[]) => unknown
>;

/** Methods that change the spreadsheet: a build that must write nothing calls none of them. */
export const WRITE_METHOD =
  /\.(set\w*|insert\w*|clear\w*|delete\w*|add\w*|hide\w*|show\w*|protect|remove\w*|move\w*|append\w*)$/;

/** Calls that build objects inside the script (rule and validation builders), not round trips to Sheets. */
export const LOCAL_CALL =
  /^(DataValidationBuilder|ConditionalFormatRuleBuilder|ConditionalFormatRule|BooleanCondition|GradientCondition|DataValidation|EmbeddedChartBuilder)\.|^SpreadsheetApp\.new|^Sheet\.newChart$/;

export interface Session {
  readonly em: Emulator;
  /** The real dist/Code.js, loaded against the emulator's globals as Apps Script would. */
  readonly scope: EntryPoints;
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export function openSession(options: EmulatorOptions = {}): Session {
  // No custom functions in the sheets: the builder writes native formulas only, and registering them
  // costs each of the hundreds of sessions the property tests open a fresh load of Code.js.
  const { emulator: em, scope } = codeJsOnEmulator({
    locale: 'fr_FR',
    userLocale: 'fr_FR',
    customFunctions: {},
    ...options,
  });
  return { em, scope: scope as unknown as EntryPoints, ss: em.SpreadsheetApp.getActiveSpreadsheet() };
}

export function writeCalls(em: Emulator): string[] {
  return Object.keys(em.calls.byMethod()).filter((key) => WRITE_METHOD.test(key));
}

export function roundTrips(em: Emulator): number {
  return Object.entries(em.calls.byMethod())
    .filter(([key]) => !LOCAL_CALL.test(key))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Values of a sheet as getValues() sees them (uncounted: the test's own reads). */
export function valuesOf(em: Emulator, name: string): unknown[][] {
  return em.view(name).rows.map((row) => row.map((cell) => cell.value));
}
