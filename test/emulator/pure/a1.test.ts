import fc from 'fast-check';
import {
  MAX_COLUMNS,
  columnToLetters,
  formatRangeA1,
  lettersToColumn,
  parseA1,
  quoteSheetName,
  toA1,
} from '../../../dev/emulator/a1';

describe('columnToLetters / lettersToColumn', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
    [MAX_COLUMNS, 'ZZZ'],
  ])('%i is %s', (col, letters) => {
    expect(columnToLetters(col)).toBe(letters);
    expect(lettersToColumn(letters)).toBe(col);
  });

  it('accepts lower case letters', () => {
    expect(lettersToColumn('ab')).toBe(28);
  });

  it('rejects non-positive or fractional columns and non-letters, naming the argument', () => {
    expect(() => columnToLetters(0)).toThrow(/columnToLetters\(col\).*got 0/);
    expect(() => columnToLetters(1.5)).toThrow(RangeError);
    expect(() => lettersToColumn('A1')).toThrow(/lettersToColumn\(letters\).*"A1"/);
    expect(() => lettersToColumn('')).toThrow(RangeError);
  });

  it('round-trips every column up to ZZZ and beyond', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        (col) => lettersToColumn(columnToLetters(col)) === col,
      ),
    );
  });

  it('round-trips letters to columns', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{1,4}$/),
        (letters) => columnToLetters(lettersToColumn(letters)) === letters,
      ),
    );
  });
});

describe('toA1', () => {
  it('writes a single cell without a colon', () => {
    expect(toA1(1, 1)).toBe('A1');
    expect(toA1(10, 28)).toBe('AB10');
  });

  it('writes a block as its two corners', () => {
    expect(toA1(1, 1, 3, 3)).toBe('A1:C3');
    expect(toA1(2, 2, 1, 4)).toBe('B2:E2');
    expect(toA1(5, 1, 10, 1)).toBe('A5:A14');
  });

  it('rejects a zero or negative size, naming the argument', () => {
    expect(() => toA1(0, 1)).toThrow(/toA1\(row\)/);
    expect(() => toA1(1, 1, 0, 1)).toThrow(/toA1\(numRows\)/);
    expect(() => toA1(1, 1, 1, -2)).toThrow(/toA1\(numCols\)/);
  });

  it('round-trips through parseA1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (row, col, numRows, numCols) => {
          const ref = parseA1(toA1(row, col, numRows, numCols));
          expect(ref).toEqual({
            startRow: row,
            startColumn: col,
            endRow: row + numRows - 1,
            endColumn: col + numCols - 1,
          });
        },
      ),
    );
  });
});

describe('parseA1', () => {
  it.each<[string, object]>([
    ['A1', { startRow: 1, endRow: 1, startColumn: 1, endColumn: 1 }],
    ['a1', { startRow: 1, endRow: 1, startColumn: 1, endColumn: 1 }],
    ['b2:d4', { startRow: 2, endRow: 4, startColumn: 2, endColumn: 4 }],
    ['$A$1:$B$2', { startRow: 1, endRow: 2, startColumn: 1, endColumn: 2 }],
    ['A$1:$B2', { startRow: 1, endRow: 2, startColumn: 1, endColumn: 2 }],
    ['A01', { startRow: 1, endRow: 1, startColumn: 1, endColumn: 1 }],
    ['A:A', { startColumn: 1, endColumn: 1 }],
    ['A:C', { startColumn: 1, endColumn: 3 }],
    ['$A:$C', { startColumn: 1, endColumn: 3 }],
    ['2:2', { startRow: 2, endRow: 2 }],
    ['2:5', { startRow: 2, endRow: 5 }],
    ['B2:D', { startRow: 2, startColumn: 2, endColumn: 4 }],
    ['D:B2', { startRow: 2, startColumn: 2, endColumn: 4 }],
    ['B2:5', { startRow: 2, endRow: 5, startColumn: 2 }],
    ['C3:A1', { startRow: 1, endRow: 3, startColumn: 1, endColumn: 3 }],
    ['A3:C1', { startRow: 1, endRow: 3, startColumn: 1, endColumn: 3 }],
    ['C:A', { startColumn: 1, endColumn: 3 }],
    ['5:2', { startRow: 2, endRow: 5 }],
    ['ZZZ1', { startRow: 1, endRow: 1, startColumn: MAX_COLUMNS, endColumn: MAX_COLUMNS }],
    ['XFE1', { startRow: 1, endRow: 1, startColumn: 16385, endColumn: 16385 }],
    ['Sheet1!A1', { sheetName: 'Sheet1', startRow: 1, endRow: 1, startColumn: 1, endColumn: 1 }],
    ["'My sheet'!A1:B2", { sheetName: 'My sheet', startRow: 1, endRow: 2, startColumn: 1, endColumn: 2 }],
    ["'It''s'!A1", { sheetName: "It's", startRow: 1, endRow: 1, startColumn: 1, endColumn: 1 }],
    ["'A!B'!A:A", { sheetName: 'A!B', startColumn: 1, endColumn: 1 }],
    ['Données!2:2', { sheetName: 'Données', startRow: 2, endRow: 2 }],
  ])('%s', (a1, expected) => {
    expect(parseA1(a1)).toEqual(expected);
  });

  it.each([
    '',
    'A0',
    'A00',
    '1A',
    'A1:',
    ':A1',
    'A',
    '2',
    'A:2',
    '2:A',
    'A1:B2:C3',
    'AAAA1',
    'A1B',
    '$',
    'A$',
    'A$$1',
    ' A1',
    'A1 ',
    '!A1',
    "'Unclosed!A1",
    "'Sheet'A1",
    "''!A1",
    'Sheet1!',
    'A10000001',
  ])('%j is "Range not found"', (a1) => {
    expect(() => parseA1(a1)).toThrow(new Error('Range not found'));
  });
});

describe('quoteSheetName', () => {
  it.each([
    ['Sheet1', 'Sheet1'],
    ['Données', 'Données'],
    ['_x', '_x'],
    ['My sheet', "'My sheet'"],
    ["It's", "'It''s'"],
    ['A1', "'A1'"],
    ['ab12', "'ab12'"],
    ['R1C1', "'R1C1'"],
    ['RC', "'RC'"],
    ['TRUE', "'TRUE'"],
    ['2024', "'2024'"],
    ['KPI-2024', "'KPI-2024'"],
    ['', "''"],
  ])('%j → %s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe('formatRangeA1', () => {
  it.each([
    'A1',
    'A1:C3',
    'A:A',
    'B:D',
    '2:2',
    '3:7',
    'B2:D',
    'B2:5',
    'Sheet1!A1',
    "'My sheet'!A1:B2",
    "'It''s'!A1",
    "'A!B'!A:C",
  ])('formats %s back to itself', (a1) => {
    expect(formatRangeA1(parseA1(a1))).toBe(a1);
  });

  it('normalises case, anchors and reversed corners', () => {
    expect(formatRangeA1(parseA1('$c$3:a1'))).toBe('A1:C3');
    expect(formatRangeA1(parseA1('D:B2'))).toBe('B2:D');
  });

  it('writes a bare sheet reference when there are no bounds', () => {
    expect(formatRangeA1({ sheetName: 'My sheet' })).toBe("'My sheet'");
  });

  it('round-trips any sheet name and block through parseA1', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: MAX_COLUMNS }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: MAX_COLUMNS }),
        (sheetName, r1, c1, r2, c2) => {
          const ref = {
            sheetName,
            startRow: Math.min(r1, r2),
            endRow: Math.max(r1, r2),
            startColumn: Math.min(c1, c2),
            endColumn: Math.max(c1, c2),
          };
          expect(parseA1(formatRangeA1(ref))).toEqual(ref);
        },
      ),
    );
  });
});

describe('parseA1 robustness', () => {
  it('either parses or throws "Range not found" for any string of A1 characters', () => {
    const unit = fc.constantFrom(..."aAzZ019$:!' _".split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (a1) => {
        let ref;
        try {
          ref = parseA1(a1);
        } catch (e) {
          expect(e).toEqual(new Error('Range not found'));
          return;
        }
        // Whatever parses formats to a string that parses to the same reference.
        expect(parseA1(formatRangeA1(ref))).toEqual(ref);
      }),
      { numRuns: 3000 },
    );
  });
});
