import { createEmulator, type Emulator } from '../../../dev/emulator';
import { readDist } from '../../helpers/codeJs';

const ENTRY_POINTS = [
  'buildWorkbook',
  'rebuildFromWorkbook',
  'insertKpiLibrarySheet',
  'loadPlanFromWorkbook',
  'onOpen',
] as const;

/**
 * The real dist/Code.js, run with the emulator's services as its only globals. Unlike
 * test/helpers/codeJs.ts's bare vm context, it runs in this realm: the emulator hands arrays to
 * HyperFormula, which tests them with `instanceof Array`, and arrays made in another vm realm fail that
 * test ("Unable to parse value"). The script is still evaluated as one classic script whose top-level
 * function declarations are the entry points, and the bundle tests check it is a valid classic script.
 */
type EntryPoints = Record<(typeof ENTRY_POINTS)[number], (...args: unknown[]) => unknown>;

function loadCodeJsHere(globals: Record<string, unknown>): EntryPoints {
  const names = Object.keys(globals);
  const factory = new Function(...names, `${readDist('Code.js')}\nreturn { ${ENTRY_POINTS.join(', ')} };`);
  return factory(...names.map((n) => globals[n])) as EntryPoints;
}

/** Methods that change the spreadsheet: a build that must write nothing calls none of them. */
export const WRITE_METHOD =
  /\.(set\w*|insert\w*|clear\w*|delete\w*|add\w*|hide\w*|show\w*|protect|remove\w*|move\w*|append\w*)$/;

/** Calls that build objects inside the script (rule and validation builders), not round trips to Sheets. */
export const LOCAL_CALL =
  /^(DataValidationBuilder|ConditionalFormatRuleBuilder|ConditionalFormatRule|BooleanCondition|GradientCondition|DataValidation)\.|^SpreadsheetApp\.new/;

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
  const scope = loadCodeJsHere(em.globals);
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
