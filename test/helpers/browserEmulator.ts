import type vm from 'node:vm';
import type { Emulator } from '../../dev/emulator';
import { codeJsOnEmulator } from './emulatorCodeJs';

/**
 * The real back end for the browser tests: dist/Code.js loaded like Apps Script against the offline
 * Sheets emulator (workbook, document properties with Sheets' quotas, locks), in FULL auth mode as when
 * the user opens the sidebar from the add-on menu.
 */
export function emulatorBackend(options: { locale: 'fr_FR' | 'en_US' | 'en_GB'; today?: string }): {
  emulator: Emulator;
  scope: vm.Context;
} {
  return codeJsOnEmulator({
    locale: options.locale,
    userLocale: options.locale,
    authMode: 'FULL',
    ...(options.today ? { today: options.today } : {}),
  });
}
