/**
 * Custom functions from the built dist/Code.js: load it as Apps Script does (a classic script in a
 * fresh global scope holding the given globals) and keep every top-level function whose JSDoc says
 * @customfunction.
 */
import { globalFunctions } from '../../tools/codeJs/globals';
import { runClassicScript } from '../../tools/codeJs/load';

export type CustomFunction = (...args: unknown[]) => unknown;

export function customFunctionsFromCodeJs(
  code: string,
  globals: Record<string, unknown>,
): Record<string, CustomFunction> {
  const context = runClassicScript(code, globals);
  const out: Record<string, CustomFunction> = {};
  for (const name of customFunctionNames(code)) {
    const impl = (context as Record<string, unknown>)[name];
    if (typeof impl === 'function') out[name.toUpperCase()] = impl as CustomFunction;
  }
  return out;
}

// Reading the declarations parses the whole script (about a second for dist/Code.js), and tests create
// hundreds of emulators over the same script: the names are read once per script text.
const namesByCode = new Map<string, readonly string[]>();

function customFunctionNames(code: string): readonly string[] {
  let names = namesByCode.get(code);
  if (!names) {
    names = globalFunctions(code)
      .filter((fn) => fn.jsDoc && /@customfunction\b/.test(fn.jsDoc))
      .map((fn) => fn.name);
    namesByCode.set(code, names);
  }
  return names;
}
