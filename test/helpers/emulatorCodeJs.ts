import type vm from 'node:vm';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../dev/emulator';
import { loadCodeJs, readDist } from './codeJs';

/**
 * The tests' clock when they do not set one: mid-March 2027, inside the example plans' year, so a
 * workbook built from them has past and future periods. A test that depends on another day passes
 * `today` and says why.
 */
export const TEST_TODAY = '2027-03-15T10:00:00Z';

export interface CodeJsOnEmulator {
  readonly emulator: Emulator;
  /** The scope of the real dist/Code.js, loaded as Apps Script loads it against the emulator's services. */
  readonly scope: vm.Context;
}

/**
 * The real dist/Code.js running against the offline Sheets emulator: its entry points in `scope`, and its
 * custom functions registered in the spreadsheet, as Sheets has them wherever the add-on is installed.
 * The one way tests put Code.js on the emulator; options go to createEmulator, `today` defaults to
 * TEST_TODAY (`customFunctions: {}` leaves the sheets without the custom functions).
 */
export function codeJsOnEmulator(options: EmulatorOptions = {}): CodeJsOnEmulator {
  const codeJs = readDist('Code.js');
  const emulator = createEmulator({ today: TEST_TODAY, customFunctions: { codeJs }, ...options });
  return { emulator, scope: loadCodeJs(emulator.globals, codeJs) };
}
