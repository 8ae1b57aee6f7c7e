import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type vm from 'node:vm';
import { runClassicScript } from '../../tools/codeJs/load';
import { BUILD_ERROR_FILE } from '../setup/buildOnce';

export const DIST = join(__dirname, '..', '..', 'dist');

/** A file of dist/ as the build left it; throws the build's own error when the build failed. */
export function readDist(file: string): string {
  if (existsSync(BUILD_ERROR_FILE))
    throw new Error(`The build failed:\n${readFileSync(BUILD_ERROR_FILE, 'utf8')}`);
  return readFileSync(join(DIST, file), 'utf8');
}

/**
 * Loads dist/Code.js the way Apps Script does (tools/codeJs/load.ts) with the given globals, and returns
 * its scope. For Code.js on the emulator, see emulatorCodeJs.ts.
 */
export function loadCodeJs(globals: Record<string, unknown>, code: string = readDist('Code.js')): vm.Context {
  return runClassicScript(code, globals);
}
