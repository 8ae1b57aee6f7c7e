/**
 * Runs a built Code.js the way Apps Script does: as a classic script in a fresh global scope that holds
 * only the given globals (no require, no module, no process), and returns that scope. The one loader of
 * the tests, the playground and the emulator's custom functions.
 */
import vm from 'node:vm';

export function runClassicScript(code: string, globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  return context;
}
