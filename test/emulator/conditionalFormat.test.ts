import { createEmulator } from '../../dev/emulator';

function setup() {
  const emulator = createEmulator({ sheets: ['Scorecard', 'Data'] });
  const app = emulator.SpreadsheetApp;
  const sheet = app.getActive().getSheetByName('Scorecard');
  if (!sheet) throw new Error('missing sheet');
  return { emulator, app, sheet };
}

describe('conditional formatting as the user sees it', () => {
  test('formula rules shift relative references per cell; the first matching rule wins', () => {
    const { emulator, app, sheet } = setup();
    // B: actual, C: target.
    sheet.getRange('B2:C5').setValues([
      [5, 10],
      [-1, 0],
      [12, 10],
      [10, 10],
    ]);
    const range = sheet.getRange('B2:B10');
    const negative = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2<0')
      .setBackground('#ea4335')
      .setRanges([range])
      .build();
    const above = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=B2>C2')
      .setBackground('#34a853')
      .setFontColor('#ffffff')
      .setRanges([range])
      .build();
    const below = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=B2<C2')
      .setBackground('#fbbc04')
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([negative, above, below]);

    const view = emulator.view(sheet);
    // B3 = -1 is both negative and below target: the first rule wins.
    expect(view.cell('B3')).toMatchObject({ background: '#ea4335', rule: 0 });
    expect(view.cell('B2')).toMatchObject({ background: '#fbbc04', rule: 2 });
    expect(view.cell('B4')).toMatchObject({ background: '#34a853', fontColor: '#ffffff', rule: 1 });
    expect(view.cell('B5')).toMatchObject({ background: '#ffffff', rule: null });
    // Outside the rule's range nothing applies.
    expect(view.cell('C3').background).toBe('#ffffff');
  });

  test('B2:B10 with =$C2<0 and =B2>C2: anchored column, relative row and column', () => {
    const { emulator, app, sheet } = setup();
    sheet.getRange('B2:C4').setValues([
      [3, -1],
      [3, 1],
      [0, 1],
    ]);
    const range = sheet.getRange('B2:B10');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$C2<0')
        .setBackground('#cc0000')
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=B2>C2')
        .setBackground('#00cc00')
        .setRanges([range])
        .build(),
    ]);
    const view = emulator.view(sheet);
    // B2: C2 < 0 and B2 > C2 both hold; the first rule wins. B3 only > C3; B4 neither.
    expect([view.cell('B2').background, view.cell('B3').background, view.cell('B4').background]).toEqual([
      '#cc0000',
      '#00cc00',
      '#ffffff',
    ]);
  });

  test('ROW() and COLUMN() in a rule formula are those of each cell', () => {
    const { emulator, app, sheet } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=ISEVEN(ROW())')
        .setBackground('#eeeeee')
        .setRanges([sheet.getRange('A1:B4')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=COLUMN()=1')
        .setBackground('#111111')
        .setRanges([sheet.getRange('A1:B4')])
        .build(),
    ]);
    const view = emulator.view(sheet);
    expect(['A1', 'B1', 'A2', 'B2', 'B3'].map((a1) => view.cell(a1).background)).toEqual([
      '#111111',
      '#ffffff',
      '#eeeeee',
      '#eeeeee',
      '#ffffff',
    ]);
  });

  test('colours follow the data when it changes', () => {
    const { emulator, app, sheet } = setup();
    sheet.getRange('A1').setValue(1);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setBackground('red')
        .setRanges([sheet.getRange('A1')])
        .build(),
    ]);
    expect(emulator.view(sheet).cell('A1').background).toBe('#ffffff');
    sheet.getRange('A1').setValue(-1);
    expect(emulator.view(sheet).cell('A1').background).toBe('#ff0000');
  });

  test('number, text and emptiness conditions', () => {
    const { emulator, app, sheet } = setup();
    sheet.getRange('A1:A4').setValues([[5], ['on track'], [''], [50]]);
    const r = sheet.getRange('A1:A4');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenNumberBetween(1, 10).setBackground('#111111').setRanges([r]).build(),
      app
        .newConditionalFormatRule()
        .whenTextContains('TRACK')
        .setBackground('#222222')
        .setRanges([r])
        .build(),
      app.newConditionalFormatRule().whenCellEmpty().setBackground('#333333').setRanges([r]).build(),
    ]);
    const view = emulator.view(sheet);
    expect(view.rows.slice(0, 4).map((row) => row[0]?.background)).toEqual([
      '#111111',
      '#222222',
      '#333333',
      '#ffffff',
    ]);
  });

  test('a colour scale interpolates between its points', () => {
    const { emulator, app, sheet } = setup();
    sheet.getRange('A1:A3').setValues([[0], [50], [100]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue('#ff0000', app.InterpolationType.NUMBER, '0')
        .setGradientMaxpointWithValue('#00ff00', app.InterpolationType.NUMBER, '100')
        .setRanges([sheet.getRange('A1:A3')])
        .build(),
    ]);
    const view = emulator.view(sheet);
    expect(view.cell('A1').background).toBe('#ff0000');
    expect(view.cell('A2').background).toBe('#808000');
    expect(view.cell('A3').background).toBe('#00ff00');
  });

  test('a three-point scale with a midpoint and min/max from the data', () => {
    const { emulator, app, sheet } = setup();
    sheet.getRange('A1:A3').setValues([[10], [20], [40]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .setGradientMinpoint('#ffffff')
        .setGradientMidpointWithValue('#000000', app.InterpolationType.NUMBER, '20')
        .setGradientMaxpoint('#ffffff')
        .setRanges([sheet.getRange('A1:A3')])
        .build(),
    ]);
    const view = emulator.view(sheet);
    expect([view.cell('A1').background, view.cell('A2').background, view.cell('A3').background]).toEqual([
      '#ffffff',
      '#000000',
      '#ffffff',
    ]);
  });

  test('a rule formula referencing another sheet never matches and is reported', () => {
    const { emulator, app, sheet } = setup();
    sheet.getRange('A1').setValue(1);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=Data!A1=0')
        .setBackground('red')
        .setRanges([sheet.getRange('A1')])
        .build(),
    ]);
    const view = emulator.view(sheet);
    expect(view.cell('A1').background).toBe('#ffffff');
    expect(view.warnings.join('\n')).toMatch(/another sheet/);
  });

  test('a rule formula with an unknown function or a syntax error is reported', () => {
    const { emulator, app, sheet } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=NOSUCH(A1)')
        .setBackground('red')
        .setRanges([sheet.getRange('A1:A2')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=A1>')
        .setBackground('red')
        .setRanges([sheet.getRange('B1')])
        .build(),
    ]);
    const view = emulator.view(sheet);
    expect(view.cell('A2').background).toBe('#ffffff');
    view.cell('B1');
    expect(view.warnings).toEqual([
      'Rule 0 formula =NOSUCH(A1) gives #NAME? (first at A2).',
      'Rule 1 formula =A1> gives #ERROR! (first at B1).',
    ]);
  });

  test('read, merge, write keeps existing rules (getters round trip)', () => {
    const { app, sheet } = setup();
    const mine = app
      .newConditionalFormatRule()
      .whenTextEqualTo('x')
      .setBold(true)
      .setRanges([sheet.getRange('D1:D5')])
      .build();
    sheet.setConditionalFormatRules([mine]);
    const rules = sheet.getConditionalFormatRules();
    const added = app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(3)
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('A1')])
      .build();
    sheet.setConditionalFormatRules([...rules, added]);
    const after = sheet.getConditionalFormatRules();
    expect(after).toHaveLength(2);
    const first = after[0]?.getBooleanCondition();
    expect(first?.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_EQUAL_TO);
    expect(first?.getCriteriaValues()).toEqual(['x']);
    expect(first?.getBold()).toBe(true);
    expect(after[0]?.getRanges().map((r) => r.getA1Notation())).toEqual(['D1:D5']);
    expect(after[1]?.getBooleanCondition()?.getBackground()).toBe('#ff0000');
    const copy = after[1]?.copy().whenNumberLessThan(0).build();
    expect(copy?.getBooleanCondition()?.getCriteriaType()).toBe('NUMBER_LESS_THAN');
    expect(after[1]?.getBooleanCondition()?.getCriteriaType()).toBe('NUMBER_GREATER_THAN');
  });

  test('gradient getters', () => {
    const { app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#ff0000', app.InterpolationType.PERCENT, '10')
      .setGradientMaxpoint('#00ff00')
      .setRanges([sheet.getRange('A1:A3')])
      .build();
    const g = rule.getGradientCondition();
    expect(g?.getMinType()).toBe(app.InterpolationType.PERCENT);
    expect(g?.getMinValue()).toBe('10');
    expect(g?.getMaxType()).toBe(app.InterpolationType.MAX);
    expect(rule.getBooleanCondition()).toBeNull();
  });

  test('rules on another sheet or without a condition are refused', () => {
    const { app, sheet, emulator } = setup();
    const data = emulator.SpreadsheetApp.getActive().getSheetByName('Data');
    if (!data) throw new Error('missing');
    const elsewhere = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('red')
      .setRanges([data.getRange('A1')])
      .build();
    expect(() => sheet.setConditionalFormatRules([elsewhere])).toThrow(/sheet it is set on/);
  });
});

describe('data validation', () => {
  test('builder round trip: list, range, numbers, dates, checkbox', () => {
    const { app, sheet } = setup();
    const list = app
      .newDataValidation()
      .requireValueInList(['up', 'down'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick one')
      .build();
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['up', 'down'], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(list.getHelpText()).toBe('Pick one');

    sheet.getRange('A2:A5').setDataValidation(list);
    const read = sheet.getRange('A3').getDataValidation();
    expect(read?.getCriteriaValues()).toEqual([['up', 'down'], true]);
    expect(sheet.getRange('B3').getDataValidation()).toBeNull();
    expect(
      sheet
        .getRange('A1:A2')
        .getDataValidations()
        .map((row) => row[0] === null),
    ).toEqual([true, false]);

    const numbers = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    expect(numbers.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(numbers.getAllowInvalid()).toBe(true);
    const between = app.newDataValidation().requireNumberBetween(1, 5).build();
    expect(between.getCriteriaValues()).toEqual([1, 5]);
    const date = app.newDataValidation().requireDate().build();
    expect(date.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    const after = app.newDataValidation().requireDateAfter(new Date('2026-01-01')).build();
    expect(after.getCriteriaValues()).toEqual([new Date('2026-01-01')]);
    const checkbox = app.newDataValidation().requireCheckbox().build();
    expect(checkbox.getCriteriaType()).toBe('CHECKBOX');
    const inRange = app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z3')).build();
    const [source, dropdown] = inRange.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(source.getA1Notation()).toBe('Z1:Z3');
    expect(dropdown).toBe(true);
    const changed = list.copy().setHelpText('Other').build();
    expect([changed.getHelpText(), list.getHelpText()]).toEqual(['Other', 'Pick one']);
    expect(() => app.newDataValidation().build()).toThrow(/criteria/);
  });

  test('the view flags values that fail validation (scripts may still write them)', () => {
    const { app, sheet, emulator } = setup();
    sheet.getRange('Z1:Z2').setValues([['up'], ['down']]);
    sheet
      .getRange('A1:A3')
      .setDataValidation(
        app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build(),
      );
    sheet
      .getRange('B1:B2')
      .setDataValidation(app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z2')).build());
    sheet.getRange('A1:B3').setValues([
      [5, 'up'],
      [-1, 'sideways'],
      ['', ''],
    ]);
    const view = emulator.view(sheet);
    expect([view.cell('A1').invalid, view.cell('A2').invalid, view.cell('A3').invalid]).toEqual([
      false,
      true,
      false,
    ]);
    expect([view.cell('B1').invalid, view.cell('B2').invalid]).toEqual([false, true]);
  });

  test('the view shows validation presence', () => {
    const { app, sheet, emulator } = setup();
    sheet
      .getRange('A1')
      .setDataValidation(
        app.newDataValidation().requireNumberGreaterThan(0).setHelpText('Numbers only').build(),
      );
    expect(emulator.view(sheet).cell('A1').validation).toMatchObject({
      criteria: 'NUMBER_GREATER_THAN',
      values: [0],
      helpText: 'Numbers only',
    });
    sheet.getRange('A1').clearDataValidations();
    expect(emulator.view(sheet).cell('A1').validation).toBeNull();
  });
});

describe('protections', () => {
  test('a warning-only sheet protection with a description', () => {
    const { app, sheet } = setup();
    const protection = sheet.protect().setDescription('KPI Kit formulas').setWarningOnly(true);
    expect(protection.isWarningOnly()).toBe(true);
    const listed = sheet.getProtections(app.ProtectionType.SHEET);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.getDescription()).toBe('KPI Kit formulas');
    expect(sheet.protect().getDescription()).toBe('KPI Kit formulas');
    listed[0]?.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  test('a sheet protection can leave ranges editable', () => {
    const { sheet, emulator } = setup();
    sheet
      .protect()
      .setWarningOnly(true)
      .setUnprotectedRanges([sheet.getRange('B2:B9')]);
    expect(
      sheet
        .protect()
        .getUnprotectedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2:B9']);
    expect(emulator.snapshot().sheets[0]?.protections).toEqual([
      { type: 'SHEET', range: null, description: '', warningOnly: true, unprotected: ['B2:B9'] },
    ]);
  });

  test('range protections are listed separately', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:B2').protect().setDescription('header');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    const ranges = sheet.getProtections(app.ProtectionType.RANGE);
    expect(ranges.map((p) => p.getRange().getA1Notation())).toEqual(['A1:B2']);
  });
});
