import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(__dirname, '..', '..', 'dist');

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/**
 * Loads dist/Code.js the way Apps Script does: as a classic script in a fresh global scope that holds
 * only the given globals (no require, no module, no process), and returns that scope.
 */
export function loadCodeJs(globals: Record<string, unknown>, code: string = readDist('Code.js')): vm.Context {
  const context = vm.createContext({ ...globals });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  return context;
}
