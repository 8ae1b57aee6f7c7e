import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { BUILD_ERROR_FILE } from '../setup/buildOnce';

export const DIST = join(__dirname, '..', '..', 'dist');

/** A file of dist/ as the build left it; throws the build's own error when the build failed. */
export function readDist(file: string): string {
  if (existsSync(BUILD_ERROR_FILE))
    throw new Error(`The build failed:\n${readFileSync(BUILD_ERROR_FILE, 'utf8')}`);
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
