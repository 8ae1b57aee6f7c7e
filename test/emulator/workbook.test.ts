import { createEmulator } from '../../dev/emulator';

function setup() {
  const emulator = createEmulator({ timeZone: 'UTC', today: '2026-03-15T12:00:00Z' });
  const ss = emulator.SpreadsheetApp.getActive();
  return { emulator, ss, sheet: ss.getActiveSheet() };
}

describe('spreadsheet and sheets', () => {
  test('insert, find, order, activate, rename and delete sheets', () => {
    const { ss } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    const objectives = ss.insertSheet('Objectives');
    expect(ss.getActiveSheet().getName()).toBe('Objectives');
    ss.insertSheet('Tracking', 0);
    ss.insertSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Tracking', 'Sheet1', 'Objectives', 'Sheet2']);
    expect(objectives.getIndex()).toBe(3);
    expect(ss.getSheetByName('objectives')?.getSheetId()).toBe(objectives.getSheetId());
    expect(ss.getSheetByName('Nope')).toBeNull();
    ss.setActiveSheet(objectives);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Objectives', 'Tracking', 'Sheet1', 'Sheet2']);
    expect(() => ss.insertSheet('tracking')).toThrow(
      'A sheet with the name "tracking" already exists. Please enter another name.',
    );
    expect(() => objectives.setName('Sheet1')).toThrow('A sheet with the name "Sheet1" already exists.');
    objectives.setName('Register');
    expect(ss.getSheetByName('Register')).not.toBeNull();
    for (const s of ss.getSheets().slice(1)) ss.deleteSheet(s);
    expect(() => ss.deleteSheet(objectives)).toThrow("You can't remove all the sheets in a document.");
  });

  test('formulas follow a renamed sheet and break on a deleted one', () => {
    const { ss, sheet } = setup();
    const data = ss.insertSheet('Data');
    data.getRange('A1').setValue(7);
    sheet.getRange('A1').setFormula('=Data!A1*2');
    data.setName('Raw data');
    expect(sheet.getRange('A1').getFormula()).toBe("='Raw data'!A1*2");
    expect(sheet.getRange('A1').getValue()).toBe(14);
    ss.deleteSheet(data);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });

  test('locale, time zone, id, name, url', () => {
    const { ss } = setup();
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    ss.setSpreadsheetLocale('fr_FR');
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
    expect(ss.getSpreadsheetTimeZone()).toBe('UTC');
    expect(ss.getId()).toBe('emulated-spreadsheet');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/emulated-spreadsheet/edit');
  });

  test('named ranges work in formulas and by name', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    ss.setNamedRange('Targets', sheet.getRange('A1:A3'));
    sheet.getRange('B1').setFormula('=SUM(Targets)');
    expect(sheet.getRange('B1').getValue()).toBe(6);
    expect(ss.getRangeByName('targets')?.getA1Notation()).toBe('A1:A3');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Targets']);
    ss.setNamedRange('Targets', sheet.getRange('A1:A2'));
    expect(sheet.getRange('B1').getValue()).toBe(3);
    ss.removeNamedRange('Targets');
    expect(ss.getRangeByName('Targets')).toBeNull();
    expect(() => ss.setNamedRange('A1', sheet.getRange('A1'))).toThrow(/invalid/);
  });

  test('developer metadata marks sheets and can be found', () => {
    const { ss, sheet } = setup();
    const built = ss.insertSheet('Scorecard');
    built.addDeveloperMetadata('kpikit', 'scorecard');
    ss.addDeveloperMetadata('kpikit.version', '1');
    expect(built.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), m.getVisibility()])).toEqual([
      ['kpikit', 'scorecard', 'DOCUMENT'],
    ]);
    expect(sheet.getDeveloperMetadata()).toEqual([]);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['kpikit.version']);
    const found = ss.createDeveloperMetadataFinder().withKey('kpikit').find();
    expect(found.map((m) => m.getLocation().getSheet()?.getName())).toEqual(['Scorecard']);
    found[0]?.remove();
    expect(built.getDeveloperMetadata()).toEqual([]);
  });

  test('toast and flush', () => {
    const { emulator, ss } = setup();
    ss.toast('Built', 'KPI Kit');
    emulator.SpreadsheetApp.flush();
    expect(emulator.toasts()).toEqual([{ message: 'Built', title: 'KPI Kit', timeoutSeconds: 5 }]);
  });
});

describe('sheet structure', () => {
  test('inserting rows shifts values, formulas and formats', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], ['=SUM(A1:A2)']]);
    sheet.getRange('A2').setBackground('#ff0000').setNote('two');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getRange('A5').getFormula()).toBe('=SUM(A1:A4)');
    expect(sheet.getRange('A4').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('A4').getNote()).toBe('two');
    sheet.insertRowAfter(5);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
    sheet.deleteColumn(2);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(() => sheet.deleteRows(1000, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertRowsAfter(5000, 1)).toThrow('Those rows are out of bounds.');
  });

  test('rule ranges, merges and named ranges move with inserted and deleted rows', () => {
    const { emulator, ss, sheet } = setup();
    const app = emulator.SpreadsheetApp;
    sheet.getRange('A2:A4').setValues([[1], [2], [3]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(2)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A2:A4')])
        .build(),
    ]);
    ss.setNamedRange('Values', sheet.getRange('A2:A4'));
    sheet.getRange('C2:D2').merge();
    sheet.insertRowsBefore(1, 2);
    expect(
      sheet
        .getConditionalFormatRules()[0]
        ?.getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A4:A6']);
    expect(ss.getRangeByName('Values')?.getA1Notation()).toBe('A4:A6');
    expect(sheet.getRange('C4').isPartOfMerge()).toBe(true);
    expect(emulator.view(sheet).cell('A6').background).toBe('#ff0000');
    sheet.deleteRows(5, 1);
    expect(
      sheet
        .getConditionalFormatRules()[0]
        ?.getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A4:A5']);
    expect(ss.getRangeByName('Values')?.getA1Notation()).toBe('A4:A5');
  });

  test('frozen rows and columns, widths, heights, tab colour, hide and show', () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    sheet.setColumnWidth(1, 240).setColumnWidths(2, 3, 90).setRowHeight(1, 40);
    expect([
      sheet.getColumnWidth(1),
      sheet.getColumnWidth(4),
      sheet.getColumnWidth(5),
      sheet.getRowHeight(1),
    ]).toEqual([240, 90, 100, 40]);
    sheet.setTabColor('green');
    expect(sheet.getTabColor()).toBe('#008000');
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    ss.insertSheet('Other');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  test('clear and clearContents', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(1).setBackground('#00ff00');
    sheet.clearContents();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getBackground()).toBe('#00ff00');
    sheet.getRange('A1').setValue(1);
    sheet.clear();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['', '#ffffff']);
  });

  test('row banding colours cells without a background of their own', () => {
    const { emulator, sheet } = setup();
    const banding = sheet
      .getRange('A1:B5')
      .applyRowBanding(emulator.SpreadsheetApp.BandingTheme.LIGHT_GREY, true, false);
    banding.setSecondRowColor('#e8f0fe');
    sheet.getRange('B3').setBackground('#ff0000');
    const view = emulator.view(sheet);
    expect(['A1', 'A2', 'A3', 'B3', 'A4'].map((a1) => view.cell(a1).background)).toEqual([
      '#bdbdbd',
      '#ffffff',
      '#e8f0fe',
      '#ff0000',
      '#ffffff',
    ]);
    expect(sheet.getBandings().map((b) => b.getRange().getA1Notation())).toEqual(['A1:B5']);
    expect(() => sheet.getRange('B2:C3').applyRowBanding()).toThrow(/already has alternating colours/);
    expect(sheet.getRange('A1').getBandings()).toHaveLength(1);
    banding.remove();
    expect(sheet.getBandings()).toEqual([]);
  });

  test('getRangeList and appendRow', () => {
    const { sheet } = setup();
    sheet.getRangeList(['A1', 'C3:D3']).setValue('x').setFontWeight('bold');
    expect(sheet.getRange('A1:D3').getValues()[2]).toEqual(['', '', 'x', 'x']);
    expect(sheet.getRange('D3').getFontWeight()).toBe('bold');
    sheet.appendRow(['next', 2]);
    expect(sheet.getRange('A4:B4').getValues()).toEqual([['next', 2]]);
  });
});

describe('call accounting', () => {
  test('a 10×10 write with setValues is one Range.setValues', () => {
    const { emulator, sheet } = setup();
    emulator.calls.reset();
    const rows = Array.from({ length: 10 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    sheet.getRange(1, 1, 10, 10).setValues(rows);
    expect(emulator.calls.count('Range.setValues')).toBe(1);
    expect(emulator.calls.byMethod()).toEqual({ 'Sheet.getRange': 1, 'Range.setValues': 1 });
    expect(emulator.calls.total).toBe(2);
  });

  test('cell-by-cell writes cost one call each; builders count too; reset starts over', () => {
    const { emulator, sheet } = setup();
    emulator.calls.reset();
    for (let r = 1; r <= 5; r++) sheet.getRange(r, 1).setValue(r);
    expect(emulator.calls.count('Range.setValue')).toBe(5);
    emulator.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('A1')])
      .build();
    expect(emulator.calls.count('ConditionalFormatRuleBuilder.whenCellEmpty')).toBe(1);
    expect(emulator.calls.count('SpreadsheetApp.newConditionalFormatRule')).toBe(1);
    emulator.calls.reset();
    expect(emulator.calls.total).toBe(0);
  });

  test('view() and snapshot() are not counted', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1').setValue(1);
    emulator.calls.reset();
    emulator.view(sheet);
    emulator.snapshot();
    expect(emulator.calls.total).toBe(0);
  });
});

describe('snapshot', () => {
  test('the whole workbook as plain JSON', () => {
    const { emulator, ss, sheet } = setup();
    const app = emulator.SpreadsheetApp;
    sheet.getRange('A1:B2').setValues([
      ['KPI', 'Value'],
      ['Leads', '=2*21'],
    ]);
    sheet.getRange('B2').setNumberFormat('#,##0').setBackground('#eeeeee').setNote('CRM');
    sheet.getRange('C2').setValue(new Date('2026-03-01T00:00:00Z'));
    sheet.getRange('A1:B1').merge();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 200);
    sheet
      .getRange('B2')
      .setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('B2:B9')])
        .build(),
    ]);
    sheet.protect().setWarningOnly(true).setDescription('formulas');
    sheet.addDeveloperMetadata('kpikit', 'register');
    ss.setNamedRange('Leads', sheet.getRange('B2'));
    const snap = emulator.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap).toMatchObject({
      locale: 'en_US',
      timeZone: 'UTC',
      activeSheet: 'Sheet1',
      namedRanges: { Leads: 'Sheet1!B2' },
    });
    const s = snap.sheets[0];
    expect(s).toMatchObject({
      name: 'Sheet1',
      frozenRows: 1,
      columnWidths: { A: 200 },
      merges: ['A1:B1'],
      protections: [{ type: 'SHEET', range: null, description: 'formulas', warningOnly: true }],
      developerMetadata: [{ key: 'kpikit', value: 'register', visibility: 'DOCUMENT' }],
      conditionalFormatRules: [
        { ranges: ['B2:B9'], boolean: { criteria: 'NUMBER_LESS_THAN', values: [0], background: '#ff0000' } },
      ],
    });
    expect(s?.cells).toMatchObject({
      A1: { value: 'KPI', display: 'KPI' },
      A2: { value: 'Leads' },
      B2: {
        value: 42,
        formula: '=2*21',
        display: '42',
        numberFormat: '#,##0',
        background: '#eeeeee',
        note: 'CRM',
        validation: { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [0], allowInvalid: true },
      },
      C2: { value: '2026-03-01T00:00:00.000Z', display: '3/1/2026', numberFormat: 'M/d/yyyy' },
    });
    expect(Object.keys(s?.cells ?? {})).toEqual(['A1', 'A2', 'B2', 'C2']);
  });
});
