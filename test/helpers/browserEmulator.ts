import type vm from 'node:vm';
import { type Emulator, createEmulator } from '../../dev/emulator';
import { loadCodeJs, readDist } from './codeJs';

/**
 * The real back end for the browser tests: dist/Code.js loaded like Apps Script against the offline
 * Sheets emulator (workbook, document properties with Sheets' quotas, locks), in FULL auth mode as when
 * the user opens the sidebar from the add-on menu.
 */
export function emulatorBackend(options: { locale: 'fr_FR' | 'en_US' | 'en_GB'; today?: string }): {
  emulator: Emulator;
  scope: vm.Context;
} {
  const codeJs = readDist('Code.js');
  const emulator = createEmulator({
    locale: options.locale,
    userLocale: options.locale,
    today: options.today ?? '2027-03-15T10:00:00Z',
    authMode: 'FULL',
    customFunctions: { codeJs },
  });
  return { emulator, scope: loadCodeJs(emulator.globals, codeJs) };
}
