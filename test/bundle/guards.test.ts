// Proves the bundle checks would catch each mistake that breaks an add-on in production, by feeding
// them a deliberately broken copy of the real dist/Code.js.
import { classicScriptProblems } from '../../scripts/lib/bundleChecks';
import { globalFunctions } from '../../tools/codeJs/globals';
import { entryPointProblems, readEntryPoints } from '../../scripts/lib/entrypoints';
import { createStubs } from '../helpers/appsScriptStubs';
import { loadCodeJs, readDist } from '../helpers/codeJs';

const code = readDist('Code.js');

test('an ES module export sneaking into Code.js is caught', () => {
  expect(classicScriptProblems(`${code}\nexport { onOpen };`)).toEqual([
    expect.stringMatching(/not a classic script/),
  ]);
});

test('a require() call in Code.js is caught', () => {
  expect(classicScriptProblems(`${code}\nvar fs = require('fs');`)).toEqual([
    expect.stringMatching(/require\(\)/),
  ]);
});

test('a top-level await is caught', () => {
  expect(classicScriptProblems(`${code}\nawait Promise.resolve();`)).not.toEqual([]);
});

test('a custom function that loses its @customfunction JSDoc is caught', () => {
  const stripped = code.replace(/\/\*\*(?:(?!\*\/)[\s\S])*?\*\/\s*(?=function KPI_VARIANCE\()/, '');
  expect(stripped).not.toBe(code);
  const fn = globalFunctions(stripped).find((f) => f.name === 'KPI_VARIANCE');
  expect(fn?.jsDoc ?? '').not.toMatch(/@customfunction/);
});

test('onOpen touching a service in AuthMode.NONE is caught by the stubs', () => {
  const broken = code.replace(
    /function onOpen\(e\) \{/,
    'function onOpen(e) {\n  PropertiesService.getDocumentProperties();',
  );
  expect(broken).not.toBe(code);
  const stubs = createStubs({ authMode: 'NONE' });
  expect(() => loadCodeJs(stubs.globals, broken).onOpen({ authMode: 'NONE' })).toThrow(/AuthMode\.NONE/);
});

test('a service call at load time is caught', () => {
  const stubs = createStubs({ authMode: 'NONE' });
  expect(() => loadCodeJs(stubs.globals, `var locale_ = Session.getActiveUserLocale();\n${code}`)).toThrow(
    /AuthMode\.NONE/,
  );
});

describe('entry point rules, checked at build time', () => {
  const files: Record<string, string> = {};
  const read = (p: string) => {
    const text = files[p];
    if (text === undefined) throw new Error(`no file ${p}`);
    return text;
  };
  const entries = (source: string) => {
    files['/src/main.ts'] = "export * from './fns';";
    files['/src/fns.ts'] = source;
    return readEntryPoints('/src/main.ts', read);
  };

  test('a complete custom function passes', () => {
    const e = entries(`/**
 * Doubles a value.
 * @param {number} value The value.
 * @return Twice the value.
 * @customfunction
 */
export function DOUBLE(value: number) { return value * 2; }`);
    expect(e).toEqual([expect.objectContaining({ name: 'DOUBLE', params: ['value'], customFunction: true })]);
    expect(entryPointProblems(e)).toEqual([]);
  });

  test('an upper-case function without @customfunction is refused', () => {
    expect(
      entryPointProblems(entries('/** Doubles. */\nexport function DOUBLE(value: number) { return value; }')),
    ).toEqual([expect.stringMatching(/without a @customfunction/)]);
  });

  test('@param tags that drift from the parameters are refused', () => {
    const problems = entryPointProblems(
      entries(`/**
 * Adds.
 * @param {number} a First.
 * @return Sum.
 * @customfunction
 */
export function ADD(a: number, b: number) { return a + b; }`),
    );
    expect(problems).toEqual([expect.stringMatching(/@param tags \(a\) must match the parameters \(a, b\)/)]);
  });

  test('missing @return and description are refused', () => {
    const problems = entryPointProblems(
      entries(
        '/**\n * @param {number} a A.\n * @customfunction\n */\nexport function ONE(a: number) { return a; }',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/missing @return/),
      expect.stringMatching(/one-line description/),
    ]);
  });

  test('an exported constant is refused: it would never become a global', () => {
    expect(() => entries('export const X = 1;')).toThrow(/not a function declaration/);
  });

  test('a private (trailing underscore) export is refused', () => {
    expect(entryPointProblems(entries('export function helper_() {}'))).toEqual([
      expect.stringMatching(/private/),
    ]);
  });
});
