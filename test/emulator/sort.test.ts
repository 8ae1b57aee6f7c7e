import { createEmulator } from '../../dev/emulator';

function setup() {
  const emulator = createEmulator({ sheets: ['Data'] });
  const sheet = emulator.SpreadsheetApp.getActive().getSheetByName('Data')!;
  return { emulator, sheet };
}

describe('Range.sort', () => {
  test('rows move whole: value, formula (its row references follow), note and format', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1:B3').setValues([
      ['c', 3],
      ['a', 1],
      ['b', 2],
    ]);
    sheet.getRange('C1').setFormula('=B1*10');
    sheet.getRange('A1').setNote('was first').setFontWeight('bold');
    sheet.getRange('A1:C3').sort(1);
    expect(sheet.getRange('A1:B3').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(sheet.getRange('C3').getFormula()).toBe('=B3*10');
    const cell = emulator.view('Data').cell('A3');
    expect([cell.value, cell.note, cell.bold, emulator.view('Data').cell('C3').value]).toEqual([
      'c',
      'was first',
      true,
      30,
    ]);
    expect(emulator.view('Data').cell('A1').note).toBe('');
  });

  test('descending, by a column inside the range; numbers before text; empty cells last either way', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B4').setValues([
      ['x', ''],
      ['y', 'text'],
      ['z', 5],
      ['w', 20],
    ]);
    sheet.getRange('A1:B4').sort({ column: 2, ascending: false });
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['y', 'w', 'z', 'x']);
    sheet.getRange('A1:B4').sort([{ column: 2, ascending: true }]);
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['z', 'w', 'y', 'x']);
  });

  test('a sort column outside the range is refused like Apps Script', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('B1:C3').sort(1)).toThrow(/sort column are out of range/);
  });
});
