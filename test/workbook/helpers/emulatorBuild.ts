import { createEmulator, type Emulator } from '../../../dev/emulator';
import { loadCodeJs } from '../../helpers/codeJs';

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

export function openSession(options: Parameters<typeof createEmulator>[0] = {}): Session {
  const em = createEmulator({
    locale: 'fr_FR',
    userLocale: 'fr_FR',
    today: '2027-07-15T10:00:00Z',
    ...options,
  });
  // The real dist/Code.js in a bare vm context whose only globals are the emulator's services.
  const scope = loadCodeJs(em.globals) as unknown as EntryPoints;
  return { em, scope, ss: em.SpreadsheetApp.getActiveSpreadsheet() };
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
