import { createEmulator } from '../../dev/emulator';

function setup() {
  const emulator = createEmulator({ sheets: ['Data'] });
  const sheet = emulator.SpreadsheetApp.getActive().getSheetByName('Data');
  if (!sheet) throw new Error('no Data sheet');
  return { emulator, sheet };
}

describe('hidden rows and columns', () => {
  test('hideRows/hideColumns with and without a count are recorded and read back', () => {
    const { emulator, sheet } = setup();
    sheet.hideRows(3);
    sheet.hideRows(10, 3);
    sheet.hideColumns(2);
    sheet.hideColumns(5, 2);
    expect([2, 3, 4, 10, 12, 13].map((r) => sheet.isRowHiddenByUser(r))).toEqual([
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
    expect([1, 2, 5, 6, 7].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    const view = emulator.view('Data');
    expect(view.hiddenRows).toEqual([3, 10, 11, 12]);
    expect(view.hiddenColumns).toEqual([2, 5, 6]);
    const snap = emulator.snapshot().sheets[0];
    expect(snap?.hiddenRows).toEqual([3, 10, 11, 12]);
    expect(snap?.hiddenColumns).toEqual(['B', 'E', 'F']);
  });

  test('showRows/showColumns undo part of a hidden block', () => {
    const { emulator, sheet } = setup();
    sheet.hideRows(2, 4);
    sheet.showRows(3, 2);
    sheet.hideColumns(1, 3);
    sheet.showColumns(1);
    const view = emulator.view('Data');
    expect(view.hiddenRows).toEqual([2, 5]);
    expect(view.hiddenColumns).toEqual([2, 3]);
  });

  test('hideRow/hideColumn/unhideRow/unhideColumn take the rows or columns of a range', () => {
    const { emulator, sheet } = setup();
    sheet.hideRow(sheet.getRange('A4:C6'));
    sheet.hideColumn(sheet.getRange('C1:D2'));
    sheet.unhideRow(sheet.getRange('B5'));
    sheet.unhideColumn(sheet.getRange('D9'));
    expect(emulator.view('Data').hiddenRows).toEqual([4, 6]);
    expect(emulator.view('Data').hiddenColumns).toEqual([3]);
  });

  test('hidden rows and columns move with inserted and deleted rows and columns', () => {
    const { emulator, sheet } = setup();
    sheet.hideRows(5, 2);
    sheet.hideColumns(4);
    sheet.insertRowsBefore(2, 3);
    sheet.deleteRow(8);
    sheet.insertColumnBefore(1);
    expect(emulator.view('Data').hiddenRows).toEqual([8]);
    expect(emulator.view('Data').hiddenColumns).toEqual([5]);
  });

  test('out-of-bounds rows or columns are refused and change nothing', () => {
    const { emulator, sheet } = setup();
    expect(() => sheet.hideRows(0)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.hideRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.hideColumns(26, 2)).toThrow('Those columns are out of bounds.');
    expect(emulator.view('Data').hiddenRows).toEqual([]);
    expect(emulator.view('Data').hiddenColumns).toEqual([]);
  });

  test('each call is counted', () => {
    const { emulator, sheet } = setup();
    emulator.calls.reset();
    sheet.hideRows(1, 2);
    sheet.hideRows(4);
    sheet.showColumns(1, 3);
    sheet.isRowHiddenByUser(1);
    expect(emulator.calls.byMethod()).toEqual({
      'Sheet.hideRows': 2,
      'Sheet.showColumns': 1,
      'Sheet.isRowHiddenByUser': 1,
    });
  });
});
