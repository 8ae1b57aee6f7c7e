import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_GLOBAL } from '../../scripts/lib/buildConformance';
import { classicScriptProblems } from '../../scripts/lib/bundleChecks';
import { globalFunctions, globalVariables } from '../../tools/codeJs/globals';
import { createStubs } from '../helpers/appsScriptStubs';
import { loadCodeJs } from '../helpers/codeJs';
import { buildConformanceForTest, type ConformanceBuild } from './build';

let built: ConformanceBuild;
beforeAll(async () => {
  built = await buildConformanceForTest();
});

describe('dist-conformance/ as Apps Script loads it', () => {
  test('holds the manifest, Code.js and the data file, and nothing else', () => {
    expect(readdirSync(built.dir).sort()).toEqual(['Code.js', 'ConformanceData.html', 'appsscript.json']);
    const manifest = JSON.parse(readFileSync(join(built.dir, 'appsscript.json'), 'utf8'));
    const addOn = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8'));
    // The checks must see what KPI Kit sees: same zone, same two scopes.
    expect(manifest).toEqual(addOn);
  });

  test('is a classic script whose globals are the entry points and one private IIFE', () => {
    expect(classicScriptProblems(built.code)).toEqual([]);
    expect(globalVariables(built.code)).toEqual([CONFORMANCE_GLOBAL]);
    expect(Object.fromEntries(globalFunctions(built.code).map((f) => [f.name, f.params]))).toEqual({
      CONFORMANCE_DATE: ['value'],
      CONFORMANCE_ECHO: ['value'],
      CONFORMANCE_RAW: [],
      onOpen: [],
      onInstall: [],
      runConformanceChecks: ['options'],
      readConformanceResults: ['options'],
      conformanceRunFromMenu: [],
      conformanceReadFromMenu: [],
    });
  });

  test('the custom functions carry the JSDoc Sheets needs', () => {
    for (const f of globalFunctions(built.code).filter((g) => g.name.startsWith('CONFORMANCE_')))
      expect(f.jsDoc).toMatch(/@customfunction[\s\S]*\*\//);
  });

  test('loading touches no service, and onOpen in AuthMode.NONE only builds the add-on menu', () => {
    const stubs = createStubs({ authMode: 'NONE' });
    const scope = loadCodeJs(stubs.globals, built.code);
    expect(stubs.calls).toEqual([]);
    scope.onOpen({ authMode: 'NONE' });
    expect(stubs.menus).toEqual([
      {
        kind: 'addon',
        addedToUi: true,
        items: [
          { label: '1. Run conformance checks', functionName: 'conformanceRunFromMenu' },
          { label: '2. Read results (after recalculation)', functionName: 'conformanceReadFromMenu' },
        ],
      },
    ]);
    for (const item of stubs.menus[0]?.items ?? []) expect(typeof scope[item.functionName]).toBe('function');
  });
});
