// dist/Code.js loaded the way Apps Script loads it: a classic script in a fresh global scope holding
// only the services it is given (no require, no process). The playground's own copy of the loader, so
// that dev/ never imports from test/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

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
  const scope = vm.createContext({ ...globals });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(scope);
  const entryPoints = new Set(
    Object.keys(scope).filter(
      (name) => !(name in globals) && typeof scope[name] === 'function' && !name.endsWith('_'),
    ),
  );
  return { scope, entryPoints };
}
