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
  for (const fn of globalFunctions(code)) {
    if (!fn.jsDoc || !/@customfunction\b/.test(fn.jsDoc)) continue;
    const impl = (context as Record<string, unknown>)[fn.name];
    if (typeof impl === 'function') out[fn.name.toUpperCase()] = impl as CustomFunction;
  }
  return out;
}
