import { createEmulator } from '../../dev/emulator';

function setup() {
  const emulator = createEmulator({ sheets: ['Data', 'Other sheet'] });
  const ss = emulator.SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName('Data');
  if (!sheet) throw new Error('no Data sheet');
  return { emulator, ss, sheet };
}

describe('getRange overloads', () => {
  test('row, column[, numRows[, numColumns]]', () => {
    const { sheet } = setup();
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    const r = sheet.getRange(2, 3, 4, 2);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 2]);
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([5, 4]);
    expect(r.getA1Notation()).toBe('C2:D5');
  });

  test.each([
    ['A1', 1, 1, 1, 1],
    ['b2:d4', 2, 2, 3, 3],
    ['C3:A1', 1, 1, 3, 3],
    ['$A$1:$B$2', 1, 1, 2, 2],
    ['A:A', 1, 1, 1000, 1],
    ['B:C', 1, 2, 1000, 2],
    ['2:2', 2, 1, 1, 26],
    ['2:4', 2, 1, 3, 26],
    ['B2:D', 2, 2, 999, 3],
  ])('A1 "%s"', (a1, row, col, numRows, numCols) => {
    const { sheet } = setup();
    const r = sheet.getRange(a1);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([
      row,
      col,
      numRows,
      numCols,
    ]);
  });

  test('whole columns and rows keep their A1 form', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A:A').getA1Notation()).toBe('A:A');
    expect(sheet.getRange('2:3').getA1Notation()).toBe('2:3');
  });

  test('a sheet-qualified A1 reaches the named sheet', () => {
    const { sheet, ss } = setup();
    const r = sheet.getRange("'Other sheet'!B2");
    expect(r.getSheet().getName()).toBe('Other sheet');
    ss.setActiveSheet(sheet);
    expect(ss.getRange('Data!A1:B2').getSheet().getName()).toBe('Data');
    expect(ss.getRange('C3').getSheet().getName()).toBe('Data');
  });

  test('getDataRange covers A1 to the last row and column with content', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValue('x');
    sheet.getRange('B7').setFormula('=1+1');
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });

  test('offset and getCell move within the sheet', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
  });

  test('merge, isPartOfMerge and breakApart', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['title', 'lost', 'lost']]);
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['title', '', '']]);
    expect(
      sheet
        .getRange('A1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1']);
    sheet.getRange('A1:C1').breakApart();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(false);
  });
});

describe('errors from ranges, as Apps Script gives them', () => {
  test.each(['', 'A0', 'A', '1', 'A1:B2:C3', 'ZZZZ1', 'Nope!A1', 'AA1', 'A1001'])(
    '"%s" is Range not found',
    (a1) => {
      const { sheet } = setup();
      expect(() => sheet.getRange(a1)).toThrow('Range not found');
    },
  );

  test('errors print like Apps Script exceptions', () => {
    const { sheet } = setup();
    let caught: unknown;
    try {
      sheet.getRange('not a range');
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).toBe('Exception: Range not found');
  });

  test('1-based indexes and sizes', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  test('past the sheet end', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.getRange(999, 1, 3)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.getRange(1, 27)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.getRange('A1').offset(-1, 0)).toThrow('The starting row of the range is too small.');
  });

  test('writing an array of the wrong shape', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:C3');
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => range.setBackgrounds([['red']])).toThrow('The data has 1 but the range has 3.');
    expect(range.getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  test('arguments of the wrong type, with the signature message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B1').setValues([1, 2] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => sheet.getRange(undefined as unknown as number, 1)).toThrow(
      "The parameters (null,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  test('an unknown member fails loudly', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1') as unknown as Record<string, () => unknown>;
    expect(() => range.getRichTextValue?.()).toThrow('Range.getRichTextValue is not emulated');
    expect(() => (sheet as unknown as Record<string, () => unknown>).getImages?.()).toThrow(
      'Sheet.getImages is not emulated',
    );
  });

  test('emulated objects compare and print by what they are', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1')).toEqual(sheet.getRange(1, 1));
    expect(sheet.getRange('A1')).not.toEqual(sheet.getRange('B1'));
    expect(Object.keys(sheet.getRange('B2:C3'))).toEqual(['emulated']);
    expect(JSON.stringify({ range: sheet.getRange('B2:C3'), sheet })).toBe(
      '{"range":{"emulated":"Range Data!B2:C3"},"sheet":{"emulated":"Sheet Data"}}',
    );
    let message = '';
    try {
      expect(sheet.getRange('A1')).toEqual(sheet.getRange('A2'));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Range Data!A2');
  });

  test('a deleted sheet refuses further use', () => {
    const { ss } = setup();
    const other = ss.getSheetByName('Other sheet');
    if (!other) throw new Error('missing');
    ss.deleteSheet(other);
    expect(() => other.getRange('A1')).toThrow('The sheet has been deleted.');
  });
});
