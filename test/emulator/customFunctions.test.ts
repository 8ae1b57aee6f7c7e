import { createEmulator, customFunctionsFromCodeJs } from '../../dev/emulator';
import { loadCodeJs } from '../helpers/codeJs';

/** A small Code.js shaped like the built one: top-level functions, JSDoc kept for Sheets. */
const CODE_JS = `
/**
 * Doubles a number or every number of a range.
 * @param {number|Array<Array<number>>} x the input
 * @return {number|Array<Array<number>>} twice the input
 * @customfunction
 */
function DOUBLE(x) {
  if (Array.isArray(x)) return x.map(function (row) { return row.map(function (v) { return v * 2; }); });
  return x * 2;
}

/**
 * Refuses negative input.
 * @param {number} x
 * @return {number}
 * @customfunction
 */
function CHECKED(x) {
  if (x < 0) throw new Error('CHECKED: x must be positive, got ' + x + '.');
  return x;
}

/**
 * Describes what Sheets passed.
 * @param {*} x
 * @return {string}
 * @customfunction
 */
function KIND(x) {
  function kind(v) { return v instanceof Date ? 'date:' + v.toISOString().slice(0, 10) : typeof v + ':' + String(v); }
  return Array.isArray(x) ? x.map(function (row) { return row.map(kind).join('|'); }).join(';') : kind(x);
}

/**
 * The day after.
 * @param {Date} d
 * @return {Date}
 * @customfunction
 */
function NEXTDAY(d) { return new Date(d.getTime() + 86400000); }

/** Not a custom function: no tag. */
function helper_() { return 1; }

function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Build', 'build').addToUi();
}

function build() {
  var sheet = SpreadsheetApp.getActive().getActiveSheet();
  var rows = [];
  for (var r = 0; r < 10; r++) { var row = []; for (var c = 0; c < 10; c++) row.push(r * 10 + c); rows.push(row); }
  sheet.getRange(1, 1, 10, 10).setValues(rows);
  sheet.getRange(1, 1, 10, 10).setBackground('#eeeeee');
  return sheet.getRange(10, 10).getValue();
}
`;

describe('custom functions called from a cell', () => {
  function setup() {
    const emulator = createEmulator({ timeZone: 'UTC', customFunctions: { codeJs: CODE_JS } });
    const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
    return { emulator, sheet };
  }

  test('only @customfunction functions are registered', () => {
    const emulator = createEmulator();
    const fns = customFunctionsFromCodeJs(CODE_JS, emulator.globals);
    expect(Object.keys(fns).sort()).toEqual(['CHECKED', 'DOUBLE', 'KIND', 'NEXTDAY']);
  });

  test('a range argument arrives as a 2-D array and the 2-D result spills', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A3)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
    // Only the anchor holds the formula, as in Sheets.
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=DOUBLE(A1:A3)'], [''], ['']]);
    sheet.getRange('A2').setValue(20);
    expect(sheet.getRange('B2').getValue()).toBe(40);
  });

  test('the spill grows and shrinks with the result, as in Sheets', () => {
    const { sheet } = setup();
    // Written before its data: the first result is a single blank cell.
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A3)');
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
    sheet.getRange('C1').setFormula('=DOUBLE(FILTER(A1:A3,A1:A3>1))');
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[4], [6], ['']]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[10], [4], [6]]);
  });

  test('a spill blocked by data shows #REF! until there is room', () => {
    const emulator = createEmulator({
      customFunctions: { SEQ: (n: unknown) => Array.from({ length: Number(n) }, (_, i) => [i + 1]) },
    });
    const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1').setValue(2);
    sheet.getRange('B1').setFormula('=SEQ(A1)');
    sheet.getRange('B4').setValue('kept');
    expect(sheet.getRange('B1:B4').getValues().flat()).toEqual([1, 2, '', 'kept']);
    sheet.getRange('A1').setValue(4);
    expect(sheet.getRange('B1:B4').getValues().flat()).toEqual(['#REF!', '', '', 'kept']);
    sheet.getRange('A1').setValue(3);
    expect(sheet.getRange('B1:B4').getValues().flat()).toEqual([1, 2, 3, 'kept']);
  });

  test('a single cell arrives as a scalar', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(21);
    sheet.getRange('C1').setFormula('=DOUBLE(A1)');
    expect(sheet.getRange('C1').getValue()).toBe(42);
  });

  test('arguments as Sheets passes them: "" for blanks, Date for dates, 0.1 for 10%', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [new Date('2026-02-03T00:00:00Z'), 'text'],
      ['', '10%'],
    ]);
    sheet.getRange('D1').setFormula('=KIND(A1:B2)');
    expect(sheet.getRange('D1').getValue()).toBe('date:2026-02-03|string:text;string:|number:0.1');
    sheet.getRange('D2').setFormula('=KIND(A1)');
    expect(sheet.getRange('D2').getValue()).toBe('date:2026-02-03');
    sheet.getRange('D3').setFormula('=KIND(TRUE)');
    expect(sheet.getRange('D3').getValue()).toBe('boolean:true');
  });

  test('a returned Date is a date in the cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2026-02-28T00:00:00Z'));
    sheet.getRange('B1').setFormula('=NEXTDAY(A1)');
    expect(sheet.getRange('B1').getValue()).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(sheet.getRange('B1').getDisplayValue()).toBe('3/1/2026');
    sheet.getRange('C1').setFormula('=B1+0');
    expect(sheet.getRange('C1').setNumberFormat('0').getValue()).toBe(46082);
  });

  test('a thrown Error shows #ERROR! and keeps its message for the view', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1').setValue(-5);
    sheet.getRange('B1').setFormula('=CHECKED(A1)');
    expect(sheet.getRange('B1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('#ERROR!');
    expect(emulator.view(sheet).cell('B1').error).toBe('CHECKED: x must be positive, got -5.');
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B1').getValue()).toBe(5);
  });

  test('a custom function may read but not write, as in Sheets', () => {
    const emulator = createEmulator();
    const app = emulator.SpreadsheetApp;
    emulator.registerCustomFunctions({
      READER: () => app.getActiveSpreadsheet().getActiveSheet().getRange('A1').getValue(),
      WRITER: () => app.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(1),
    });
    const sheet = app.getActive().getActiveSheet();
    sheet.getRange('A1').setValue('hello');
    sheet.getRange('B1:B2').setFormulas([['=READER()'], ['=WRITER()']]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([['hello'], ['#ERROR!']]);
    // Each call from a cell is counted once (not the emulator's call that sizes the result).
    emulator.calls.reset();
    sheet.getRange('C1').setFormula('=READER()');
    expect(emulator.calls.count('Range.getValue')).toBe(1);
    expect(emulator.view(sheet).cell('B2').error).toBe('You do not have permission to call setValue');
    // Outside a custom function the same call is allowed.
    sheet.getRange('A1').setValue(2);
  });

  test('an error argument propagates without calling the function', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=1/0');
    sheet.getRange('B1').setFormula('=DOUBLE(A1)');
    expect(sheet.getRange('B1').getValue()).toBe('#DIV/0!');
  });

  test('functions registered after creation work in cells written before', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1:B1').setValues([[3, '=TRIPLE(A1)']]);
    expect(sheet.getRange('B1').getValue()).toBe('#NAME?');
    emulator.registerCustomFunctions({ TRIPLE: (x: unknown) => (x as number) * 3 });
    sheet.getRange('B1').setFormula('=TRIPLE(A1)');
    expect(sheet.getRange('B1').getValue()).toBe(9);
    expect(sheet.getRange('A1').getValue()).toBe(3);
  });
});

describe('Sheets-only and missing functions', () => {
  test('SPARKLINE shows a placeholder; AVERAGEIFS, INTERCEPT, FORECAST, TREND, LOOKUP compute', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1:B4').setValues([
      [1, 10],
      [2, 20],
      [3, 30],
      [4, 40],
    ]);
    sheet
      .getRange('D1:D6')
      .setFormulas([
        ['=SPARKLINE(B1:B4)'],
        ['=AVERAGEIFS(B1:B4,A1:A4,">1")'],
        ['=INTERCEPT(B1:B4,A1:A4)'],
        ['=FORECAST(6,B1:B4,A1:A4)'],
        ['=LOOKUP(2.5,A1:A4,B1:B4)'],
        ['=SLOPE(B1:B4,A1:A4)'],
      ]);
    expect(sheet.getRange('D1:D6').getValues()).toEqual([['(sparkline)'], [30], [0], [60], [20], [10]]);
    sheet.getRange('E1').setFormula('=TREND(B1:B4,A1:A4,A1:A2)');
    expect(sheet.getRange('E1:E2').getValues()).toEqual([[10], [20]]);
  });

  test('SUMPRODUCT evaluates range arithmetic; values are not rounded', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1:B3').setValues([
      [1, 5],
      [-2, 6],
      [3, 7],
    ]);
    sheet
      .getRange('D1:D3')
      .setFormulas([['=SUMPRODUCT((A1:A3>0)*B1:B3)'], ['=ARRAYFORMULA(MAX(A1:A3-B1:B3))'], ['=0.1+0.2']]);
    expect(sheet.getRange('D1:D3').getValues().flat()).toEqual([12, -4, 0.1 + 0.2]);
  });

  test('native functions the scorecard uses exist', () => {
    const emulator = createEmulator({ today: '2026-03-15T12:00:00Z', timeZone: 'UTC' });
    const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1:B3').setValues([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const formulas = [
      '=IFS(B1>2,"big",TRUE,"small")',
      '=IFERROR(1/0,"none")',
      '=INDEX(B1:B3,MATCH("b",A1:A3,0))',
      '=XLOOKUP("c",A1:A3,B1:B3)',
      '=SUMIFS(B1:B3,A1:A3,"<>a")',
      '=COUNTIFS(B1:B3,">=2")',
      '=SUMPRODUCT(B1:B3,B1:B3)',
      '=SIGN(-3)*ABS(-3)',
      '=DAYS(DATE(2026,3,15),DATE(2026,3,1))',
      '=EDATE(DATE(2026,1,31),1)=DATE(2026,2,28)',
      '=ISNUMBER(B1)',
      '=COUNTA(A1:B3)+COUNT(A1:B3)',
      '=TEXT(0.256,"0.0%")',
      '=ROWS(FILTER(B1:B3,B1:B3>1))',
      '=ISBLANK(C1)',
      '=TODAY()=DATE(2026,3,15)',
    ];
    sheet.getRange(1, 4, formulas.length, 1).setFormulas(formulas.map((f) => [f]));
    expect(sheet.getRange(1, 4, formulas.length, 1).getValues().flat()).toEqual([
      'small',
      'none',
      2,
      3,
      5,
      2,
      14,
      -3,
      14,
      true,
      true,
      9,
      '25.6%',
      2,
      true,
      true,
    ]);
  });
});

describe('dist/Code.js against the emulator', () => {
  test('calls made from inside Code.js are counted', () => {
    const emulator = createEmulator();
    const context = loadCodeJs(emulator.globals, CODE_JS) as unknown as { build(): number; onOpen(): void };
    emulator.calls.reset();
    expect(context.build()).toBe(99);
    expect(emulator.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 3,
      'Range.setValues': 1,
      'Range.setBackground': 1,
      'Range.getValue': 1,
    });
    expect(emulator.calls.total).toBe(8);
  });

  test('new Date() and Date.now() in Code.js read the emulator clock; Dates stay instanceof Date', () => {
    const emulator = createEmulator({ today: '2027-07-15T10:00:00Z', timeZone: 'UTC' });
    const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1').setValue(new Date('2027-01-01T00:00:00Z'));
    const context = loadCodeJs(
      emulator.globals,
      'function probe() { var v = SpreadsheetApp.getActive().getActiveSheet().getRange("A1").getValue();' +
        ' return [new Date().toISOString(), Date.now(), v instanceof Date, new Date(0) instanceof Date]; }',
    ) as unknown as { probe(): unknown[] };
    expect(context.probe()).toEqual([
      '2027-07-15T10:00:00.000Z',
      Date.parse('2027-07-15T10:00:00Z'),
      true,
      true,
    ]);
    emulator.setToday('2027-08-01T00:00:00Z');
    expect(context.probe()[0]).toBe('2027-08-01T00:00:00.000Z');
  });

  test('onOpen in AuthMode.NONE only builds the menu', () => {
    const emulator = createEmulator({ authMode: 'NONE' });
    const context = loadCodeJs(emulator.globals, CODE_JS) as unknown as { onOpen(): void; build(): number };
    context.onOpen();
    expect(emulator.ui.menus[0]?.items).toEqual([{ caption: 'Build', functionName: 'build' }]);
    expect(() => context.build()).toThrow(/AuthMode.NONE/);
  });
});
