// dist/Code.js loaded the way Apps Script loads it (tools/codeJs/load.ts), with the entry points the
// playground's google.script.run bridge may call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type vm from 'node:vm';
import { runClassicScript } from '../../tools/codeJs/load';

export const DIST = join(__dirname, '..', '..', 'dist');

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

export interface LoadedScript {
  readonly scope: vm.Context;
  /**
   * The global functions Code.js declares (not the services it was given), without the private ones
   * (a trailing `_`, which Apps Script hides from google.script.run and the menu too).
   */
  readonly entryPoints: ReadonlySet<string>;
}

export function loadCodeJs(globals: Record<string, unknown>, code: string): LoadedScript {
  const scope = runClassicScript(code, globals);
  const entryPoints = new Set(
    Object.keys(scope).filter(
      (name) => !(name in globals) && typeof scope[name] === 'function' && !name.endsWith('_'),
    ),
  );
  return { scope, entryPoints };
}
