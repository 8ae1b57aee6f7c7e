import { createEmulator } from '../../dev/emulator';

function sheetOf(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator({ today: '2026-03-15T10:00:00Z', ...options });
  return { emulator, sheet: emulator.SpreadsheetApp.getActive().getActiveSheet() };
}

describe('values, formulas and display values', () => {
  test('a block of values and formulas round trips', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:C2').setValues([
      [10, 'text', true],
      ['=A1*2', '=B1&"!"', '=NOT(C1)'],
    ]);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      [10, 'text', true],
      [20, 'text!', false],
    ]);
    expect(sheet.getRange('A1:C2').getFormulas()).toEqual([
      ['', '', ''],
      ['=A1*2', '=B1&"!"', '=NOT(C1)'],
    ]);
    expect(sheet.getRange('A2').getFormula()).toBe('=A1*2');
  });

  test('formulas recompute when their inputs change', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:A2').setValues([[1], ['=A1+1']]);
    sheet.getRange('A1').setValue(41);
    expect(sheet.getRange('A2').getValue()).toBe(42);
  });

  test('blanks read as "" and errors as the text Sheets shows', () => {
    const { sheet } = sheetOf();
    sheet
      .getRange('A1:F1')
      .setFormulas([['=1/0', '=MATCH(9,{1,2},0)', '=NOSUCHFN(1)', '=1+"a"', '=SUM(', '=A1']]);
    expect(sheet.getRange('A1:G1').getValues()).toEqual([
      ['#DIV/0!', '#N/A', '#NAME?', '#VALUE!', '#ERROR!', '#DIV/0!', ''],
    ]);
    expect(sheet.getRange('A1:G1').getDisplayValues()).toEqual([
      ['#DIV/0!', '#N/A', '#NAME?', '#VALUE!', '#ERROR!', '#DIV/0!', ''],
    ]);
  });

  test('a circular reference reads as #REF!', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:A2').setFormulas([['=A2'], ['=A1']]);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });

  test('an apostrophe keeps a leading "=" as text', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:A3').setValues([["'=SUM(1,2)"], ['=SUM(1,2)'], ["'+33 6 12"]]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['=SUM(1,2)'], [3], ['+33 6 12']]);
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([[''], ['=SUM(1,2)'], ['']]);
  });

  test('typed input starting with + or - is a formula only when it reads as one', () => {
    const { sheet } = sheetOf();
    const inputs = ['+1+2', '-A1', '-SUM(1,2)', '-abc', '- note', '+33 6 12', '@alice', '-5', "'+1+2"];
    sheet.getRange(1, 2, inputs.length, 1).setValues(inputs.map((i) => [i]));
    expect(sheet.getRange(1, 2, inputs.length, 1).getFormulas().flat()).toEqual([
      '=+1+2',
      '=-A1',
      '=-SUM(1,2)',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(sheet.getRange(1, 2, inputs.length, 1).getValues().flat()).toEqual([
      3,
      0,
      -3,
      '-abc',
      '- note',
      '+33 6 12',
      '@alice',
      -5,
      '+1+2',
    ]);
  });

  test('typed text is parsed like input: booleans, percents, currencies, times', () => {
    const { sheet } = sheetOf({ timeZone: 'UTC' });
    const inputs = ['TRUE', '50%', '12.5%', '$12.50', '12:30'];
    sheet.getRange(1, 1, inputs.length, 1).setValues(inputs.map((i) => [i]));
    const range = sheet.getRange(1, 1, inputs.length, 1);
    expect(range.getValues().flat()).toEqual([true, 0.5, 0.125, 12.5, new Date('1899-12-30T12:30:00Z')]);
    expect(range.getDisplayValues().flat()).toEqual(['TRUE', '50%', '12.50%', '$12.50', '12:30:00 PM']);
    expect(range.getNumberFormats().flat()).toEqual([
      '0.###############',
      '0%',
      '0.00%',
      '"$"#,##0.00',
      'h:mm:ss AM/PM',
    ]);
  });

  test('a cell formatted as plain text keeps digits as text', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1').setNumberFormat('@').setValue('00123');
    sheet.getRange('A2').setValue('00123');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['00123'], [123]]);
  });

  test('number formats drive the display', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:C1').setValues([[0.1234, 1234.5, -3]]);
    sheet.getRange('A1:C1').setNumberFormats([['0.0%', '#,##0.00', '0;(0)']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['12.3%', '1,234.50', '(3)']]);
    expect(sheet.getRange('A1:C1').getNumberFormats()).toEqual([['0.0%', '#,##0.00', '0;(0)']]);
    expect(sheet.getRange('D1').getNumberFormat()).toBe('0.###############');
  });

  test('French locale display', () => {
    const { sheet } = sheetOf({ locale: 'fr_FR' });
    sheet.getRange('A1').setValue(1234.5).setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1\u202f234,50');
  });

  test('isBlank, clearContent and clear', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:B1');
    expect(r.isBlank()).toBe(true);
    r.setValues([[1, '=A1']]).setBackground('#ff0000');
    expect(r.isBlank()).toBe(false);
    r.clearContent();
    expect(r.isBlank()).toBe(true);
    expect(r.getBackground()).toBe('#ff0000');
    r.clear();
    expect(r.getBackground()).toBe('#ffffff');
  });
});

describe('dates', () => {
  test('a Date written becomes a serial with a date format and reads back as the same Date', () => {
    const { sheet } = sheetOf({ timeZone: 'Europe/Paris' });
    const date = new Date('2026-01-31T00:00:00+01:00');
    sheet.getRange('A1').setValue(date);
    expect(sheet.getRange('A1').getValue()).toEqual(date);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1/31/2026');
    sheet.getRange('B1').setFormula('=A1+1');
    sheet.getRange('C1').setFormula('=DAYS(B1,A1)');
    expect(sheet.getRange('C1').getValue()).toBe(1);
    sheet.getRange('D1').setValue(date).setNumberFormat('0');
    expect(sheet.getRange('D1').getValue()).toBe(46053);
  });

  test('a Date with a time keeps its time', () => {
    const { sheet } = sheetOf({ timeZone: 'UTC' });
    const date = new Date('2026-01-31T13:30:00Z');
    sheet.getRange('A1').setValue(date);
    expect(sheet.getRange('A1').getValue()).toEqual(date);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1/31/2026 13:30:00');
  });

  test('date strings and date formulas are dates', () => {
    const { sheet } = sheetOf({ timeZone: 'UTC' });
    sheet.getRange('A1:A3').setValues([['2026-02-01'], ['=DATE(2026,3,1)'], ['=EOMONTH(A2,0)']]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([
      [new Date('2026-02-01T00:00:00Z')],
      [new Date('2026-03-01T00:00:00Z')],
    ]);
    expect(sheet.getRange('A3').setNumberFormat('yyyy-mm-dd').getDisplayValue()).toBe('2026-03-31');
  });

  test('TODAY() follows the emulator clock and setToday', () => {
    const { emulator, sheet } = sheetOf({ timeZone: 'Europe/Paris', today: '2026-03-15T23:30:00Z' });
    sheet.getRange('A1').setFormula('=TODAY()');
    // 23:30 UTC is already the 16th in Paris.
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-03-16T00:00:00+01:00'));
    emulator.setToday('2026-06-01T08:00:00Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('6/1/2026');
  });

  test('French date entry is day first', () => {
    const { sheet } = sheetOf({ locale: 'fr_FR', timeZone: 'UTC' });
    sheet.getRange('A1').setValue('03/02/2026');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-02-03T00:00:00Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('03/02/2026');
  });
});

describe('formats, notes and fonts', () => {
  test('backgrounds, font colours, weights, alignment, wraps and notes round trip', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange('A1:B1');
    r.setBackgrounds([['red', '#00FF00']])
      .setFontColors([['#0000ff', null]])
      .setFontWeights([['bold', null]])
      .setFontStyle('italic')
      .setHorizontalAlignments([['center', 'right']])
      .setVerticalAlignment('middle')
      .setWraps([[true, false]])
      .setNotes([['from CRM', '']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#00ff00']]);
    expect(r.getFontColorObject().asRgbColor().asHexString()).toBe('#0000ff');
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getFontStyles()).toEqual([['italic', 'italic']]);
    expect(r.getHorizontalAlignments()).toEqual([['center', 'right']]);
    expect(r.getVerticalAlignment()).toBe('middle');
    expect(r.getWraps()).toEqual([[true, false]]);
    expect(r.getNotes()).toEqual([['from CRM', '']]);
    r.setBackground(null);
    expect(r.getBackground()).toBe('#ffffff');
  });

  test('an invalid colour or weight names the value', () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange('A1').setBackground('reddish')).toThrow(/reddish/);
    expect(() => sheet.getRange('A1').setFontWeight('heavy' as 'bold')).toThrow(/heavy/);
  });
});
