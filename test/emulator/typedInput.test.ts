import { createEmulator } from '../../dev/emulator';
import { parseLocaleInput, type TypedValue } from '../../dev/emulator/typedInput';

function sheetOf(locale: string) {
  const emulator = createEmulator({ locale, timeZone: 'UTC', today: '2026-03-15T10:00:00Z' });
  return { emulator, sheet: emulator.SpreadsheetApp.getActive().getActiveSheet() };
}

describe('strings written with setValue(s) read as typed in the spreadsheet locale', () => {
  test('fr_FR: decimal comma, space and narrow no-break space thousands, spaced percent, VRAI/FAUX', () => {
    const { sheet } = sheetOf('fr_FR');
    sheet
      .getRange('A1:G1')
      .setValues([['0,019', '1 234,5', '1\u202f234,5', '2,5 %', '-3,25', 'VRAI', 'faux']]);
    expect(sheet.getRange('A1:G1').getValues()).toEqual([[0.019, 1234.5, 1234.5, 0.025, -3.25, true, false]]);
    expect(sheet.getRange('D1').getNumberFormat()).toBe('0.00%');
    sheet.getRange('A2').setValue('25 %');
    expect(sheet.getRange('A2').getValue()).toBe(0.25);
    expect(sheet.getRange('A2').getNumberFormat()).toBe('0%');
  });

  test('fr_FR: a day-first date is a date serial with a date format', () => {
    const { sheet } = sheetOf('fr_FR');
    sheet.getRange('A1').setValue('30/06/2027');
    const value = sheet.getRange('A1').getValue();
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe('2027-06-30T00:00:00.000Z');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/MM/yyyy');
    sheet.getRange('A2').setFormula('=A1+1');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('01/07/2027');
  });

  test('en_US: comma thousands, percent, month-first date, TRUE', () => {
    const { sheet } = sheetOf('en_US');
    sheet.getRange('A1:E1').setValues([['1,234.5', '2.5%', '6/30/2027', 'TRUE', '12,345']]);
    const [[a, b, c, d, e]] = sheet.getRange('A1:E1').getValues() as unknown[][] as [unknown[]];
    expect([a, b, d, e]).toEqual([1234.5, 0.025, true, 12345]);
    expect((c as Date).toISOString()).toBe('2027-06-30T00:00:00.000Z');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0.00%');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('M/d/yyyy');
  });

  test('the other locale’s conventions stay text', () => {
    const fr = sheetOf('fr_FR').sheet;
    fr.getRange('A1:B1').setValues([['1,234.5', '12,3,4']]);
    expect(fr.getRange('A1:B1').getValues()).toEqual([['1,234.5', '12,3,4']]);
    const en = sheetOf('en_US').sheet;
    en.getRange('A1:C1').setValues([['0,019', '1 234,5', 'VRAI']]);
    expect(en.getRange('A1:C1').getValues()).toEqual([['0,019', '1 234,5', 'VRAI']]);
  });

  test('a plain-text ("@") cell keeps the string; an apostrophe keeps text without itself', () => {
    const { sheet } = sheetOf('fr_FR');
    sheet.getRange('A1:C1').setNumberFormat('@');
    sheet.getRange('A1:C1').setValues([['2027-01-01', '0,019', '30/06/2027']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['2027-01-01', '0,019', '30/06/2027']]);
    sheet.getRange('A2:C2').setValues([["'0,019", "'1 234,5", "'VRAI"]]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['0,019', '1 234,5', 'VRAI']]);
  });

  test('an amount typed with a currency symbol is the number, with a currency format', () => {
    const { sheet } = sheetOf('fr_FR');
    sheet.getRange('A1:E1').setValues([['1 200,50 €', '12 €', '-3,5\u00a0€', '€12', 'Équipe 2,5 €']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[1200.5, 12, -3.5, 12, 'Équipe 2,5 €']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('#,##0.00 "€"');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1\u202f200,50 €', '12,00 €', '-3,50 €']]);
    const en = sheetOf('en_US').sheet;
    en.getRange('A1:C1').setValues([['$1,234.50', '1,234.50 €', '1 200,50 €']]);
    expect(en.getRange('A1:C1').getValues()).toEqual([[1234.5, 1234.5, '1 200,50 €']]);
    expect(en.getRange('A1').getNumberFormat()).toBe('"$"#,##0.00');
    expect(en.getRange('A1').getDisplayValue()).toBe('$1,234.50');
    // VRAI is a boolean, never an amount.
    expect(sheetOf('fr_FR').sheet.getRange('A1').setValue('VRAI €').getValue()).toBe('VRAI €');
  });

  test('a month and a year read as the first of that month (assumed, as Excel does); "@" keeps them text', () => {
    const { sheet } = sheetOf('fr_FR');
    sheet.getRange('A1:D1').setValues([['2027-01', 'févr. 2027', 'Mars 2027', '2027-W05']]);
    const [[a, b, c, d]] = sheet.getRange('A1:D1').getValues() as unknown[][] as [unknown[]];
    expect([a, b, c].map((v) => (v as Date).toISOString().slice(0, 10))).toEqual([
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
    ]);
    expect(d).toBe('2027-W05');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('MMM yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('janv. 2027');
    const en = sheetOf('en_US').sheet;
    en.getRange('A1:C1').setValues([['Jan 2027', 'january 2027', 'janv. 2027']]);
    const [[x, y, z]] = en.getRange('A1:C1').getValues() as unknown[][] as [unknown[]];
    expect([x, y].map((v) => (v as Date).toISOString().slice(0, 10))).toEqual(['2027-01-01', '2027-01-01']);
    expect(z).toBe('janv. 2027');
    en.getRange('B2').setNumberFormat('@').setValue('Jan 2027');
    expect(en.getRange('B2').getValue()).toBe('Jan 2027');
  });

  test('a number format already on the cell is kept when a percent is typed', () => {
    const { sheet } = sheetOf('fr_FR');
    sheet.getRange('A1').setNumberFormat('0.0%').setValue('12,5 %');
    expect(sheet.getRange('A1').getValue()).toBe(0.125);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.0%');
  });
});

describe('parseLocaleInput', () => {
  test.each<[string, string, TypedValue]>([
    ['0,019', 'fr_FR', { value: 0.019 }],
    ['1\u00a0234\u00a0567,25', 'fr_FR', { value: 1234567.25 }],
    ['2,5\u00a0%', 'fr_FR', { value: 0.025, format: '0.00%' }],
    ['1,234,567', 'en_US', { value: 1234567 }],
    ['-1,234.5%', 'en_GB', { value: -12.345, format: '0.00%' }],
  ])('%j in %s', (text, locale, expected) => {
    const got = parseLocaleInput(text, locale);
    expect(got?.format).toBe(expected.format);
    expect(got?.value).toBeCloseTo(expected.value as number, 12);
  });

  test.each([
    ['12', 'fr_FR'],
    ['1.5', 'en_US'],
    ['10%', 'en_US'],
    ['1 23,5', 'fr_FR'],
    ['1,23', 'en_US'],
    ['0,019', 'en_US'],
    ['abc', 'fr_FR'],
  ])('%j in %s is left to HyperFormula', (text, locale) => {
    expect(parseLocaleInput(text, locale)).toBeUndefined();
  });
});
