import { createEmulator, customFunctionsFromCodeJs } from '../../dev/emulator';
import { DIST, loadCodeJs, readDist } from '../helpers/codeJs';

// The built add-on against the emulator: the same dist/Code.js Apps Script runs. Assertions stay on
// what the emulator guarantees (registration, menus, sidebars, call counts), not on the KPI maths,
// which has its own tests.

type Entry = (...args: unknown[]) => unknown;

describe('dist/Code.js on the emulator', () => {
  test('every @customfunction of the build is callable from a cell', () => {
    const code = readDist('Code.js');
    const names = Object.keys(customFunctionsFromCodeJs(code, createEmulator().globals)).sort();
    expect(names).toEqual(expect.arrayContaining(['KPI_VARIANCE', 'SMART_CHECK']));
    const emulator = createEmulator({ customFunctions: { codeJs: code } });
    const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1:B1').setValues([[80, 100]]);
    sheet.getRange('C1').setFormula('=KPI_VARIANCE(A1,B1)');
    sheet.getRange('C2').setFormula('=SMART_CHECK("Grow leads by 20% by June")');
    expect(sheet.getRange('C1:C2').getValues().flat()).not.toContain('#NAME?');
  });

  test('onOpen in AuthMode.NONE builds the English menu only', () => {
    const emulator = createEmulator({ authMode: 'NONE', userLocale: 'fr' });
    const scope = loadCodeJs(emulator.globals) as unknown as Record<string, Entry>;
    scope.onOpen?.({ authMode: 'NONE' });
    expect(emulator.ui.menus).toHaveLength(1);
    expect(emulator.ui.menus[0]?.items).toContainEqual({
      caption: 'Open KPI wizard',
      functionName: 'showSidebar',
    });
    expect(
      Object.keys(emulator.calls.byMethod()).every((k) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k)),
    ).toBe(true);
  });

  test('in LIMITED mode the menu follows the user locale and the sidebar opens', () => {
    const emulator = createEmulator({ authMode: 'LIMITED', userLocale: 'fr', htmlDir: DIST });
    const scope = loadCodeJs(emulator.globals) as unknown as Record<string, Entry>;
    scope.onOpen?.({ authMode: 'LIMITED' });
    expect(emulator.ui.menus[0]?.items).toContainEqual({
      caption: 'Ouvrir l’assistant KPI',
      functionName: 'showSidebar',
    });
    scope.showSidebar?.();
    expect(emulator.ui.sidebars).toHaveLength(1);
    expect(emulator.ui.sidebars[0]?.title).toBe('KPI Kit');
    expect(emulator.ui.sidebars[0]?.content).toContain('<');
  });
});
