import { GLOBAL_NAME } from '../../scripts/lib/build';
import { classicScriptProblems } from '../../scripts/lib/bundleChecks';
import { globalFunctions, globalVariables } from '../../tools/codeJs/globals';
import { createStubs } from '../helpers/appsScriptStubs';
import { loadCodeJs, readDist } from '../helpers/codeJs';
import { EXPECTED_CUSTOM_FUNCTIONS, EXPECTED_FUNCTIONS } from './expectedEntryPoints';

const code = readDist('Code.js');
const functions = new Map(globalFunctions(code).map((f) => [f.name, f]));

describe('dist/Code.js as Apps Script sees it', () => {
  test('is a classic script: no export, import, require or top-level await', () => {
    expect(classicScriptProblems(code)).toEqual([]);
  });

  test('declares exactly the expected global functions, with their real parameter names', () => {
    const expected = { ...EXPECTED_FUNCTIONS, ...EXPECTED_CUSTOM_FUNCTIONS };
    expect(Object.fromEntries([...functions].map(([name, f]) => [name, f.params]))).toEqual(expected);
  });

  test('keeps everything else private inside one global', () => {
    expect(globalVariables(code)).toEqual([GLOBAL_NAME]);
  });

  test.each(Object.entries(EXPECTED_CUSTOM_FUNCTIONS))(
    '%s carries a complete @customfunction JSDoc',
    (name, params) => {
      const doc = functions.get(name)?.jsDoc ?? '';
      expect(doc).toMatch(/@customfunction/);
      expect(doc).toMatch(/@return/);
      for (const p of params) expect(doc).toMatch(new RegExp(`@param\\s+\\{[^}]+\\}\\s+${p}\\s+\\S`));
    },
  );

  test('non-custom functions do not claim to be custom functions', () => {
    for (const name of Object.keys(EXPECTED_FUNCTIONS))
      expect(functions.get(name)?.jsDoc ?? '').not.toMatch(/@customfunction/);
  });

  test('loading it touches no service (Sheets loads the whole script for every call)', () => {
    const stubs = createStubs({ authMode: 'NONE' });
    const scope = loadCodeJs(stubs.globals);
    expect(stubs.calls).toEqual([]);
    for (const name of Object.keys(EXPECTED_FUNCTIONS)) expect(typeof scope[name]).toBe('function');
  });
});

describe('onOpen / onInstall', () => {
  test('in AuthMode.NONE builds the menu without touching any other service', () => {
    const stubs = createStubs({ authMode: 'NONE' });
    const scope = loadCodeJs(stubs.globals);
    scope.onOpen({ authMode: 'NONE' });
    expect(stubs.menus).toHaveLength(1);
    expect(stubs.menus[0]).toMatchObject({
      addedToUi: true,
      items: [
        { label: 'Open KPI wizard', functionName: 'showSidebar' },
        { label: 'Build scorecard from this workbook', functionName: 'rebuildFromWorkbook' },
        { label: 'Insert KPI library sheet', functionName: 'insertKpiLibrarySheet' },
      ],
    });
    expect(new Set(stubs.calls)).toEqual(new Set(['ScriptApp.AuthMode', 'SpreadsheetApp.getUi']));
  });

  test('in AuthMode.LIMITED speaks the user language', () => {
    const fr = createStubs({ authMode: 'LIMITED', locale: 'fr_FR' });
    loadCodeJs(fr.globals).onOpen({ authMode: 'LIMITED' });
    expect(fr.menus[0]?.items).toEqual([
      { label: 'Ouvrir l’assistant KPI', functionName: 'showSidebar' },
      { label: 'Construire le tableau de bord depuis ce classeur', functionName: 'rebuildFromWorkbook' },
      { label: 'Insérer la feuille bibliothèque de KPI', functionName: 'insertKpiLibrarySheet' },
    ]);

    const en = createStubs({ authMode: 'LIMITED', locale: 'en_GB' });
    loadCodeJs(en.globals).onOpen({ authMode: 'LIMITED' });
    expect(en.menus[0]?.items[0]?.label).toBe('Open KPI wizard');
  });

  test('every menu item runs a global function that exists', () => {
    const stubs = createStubs({ authMode: 'FULL', locale: 'fr' });
    const scope = loadCodeJs(stubs.globals);
    scope.onOpen({ authMode: 'FULL' });
    for (const item of stubs.menus[0]?.items ?? []) expect(typeof scope[item.functionName]).toBe('function');
    expect(stubs.menus[0]?.items.length).toBeGreaterThan(0);
  });

  test('onInstall builds the same menu as onOpen', () => {
    const stubs = createStubs({ authMode: 'NONE' });
    loadCodeJs(stubs.globals).onInstall({ authMode: 'NONE' });
    expect(stubs.menus[0]?.items.map((i) => i.functionName)).toEqual([
      'showSidebar',
      'rebuildFromWorkbook',
      'insertKpiLibrarySheet',
    ]);
  });

  test('showSidebar opens dist/Sidebar.html titled KPI Kit', () => {
    const stubs = createStubs({ authMode: 'LIMITED', locale: 'fr' });
    loadCodeJs(stubs.globals).showSidebar();
    expect(stubs.sidebars).toEqual([expect.objectContaining({ file: 'Sidebar', title: 'KPI Kit' })]);
  });
});
