import fc from 'fast-check';
import { calendarToSerial } from '../../../dev/emulator/serial';
import {
  AUTOMATIC_NUMBER_FORMAT,
  defaultDateTimePattern,
  formatColor,
  formatForDisplay,
} from '../../../dev/emulator/view/numberFormat';

const NNBSP = '\u202f';
const en = (value: number | string | boolean | null, pattern: string | null): string =>
  formatForDisplay(value, pattern, 'en_US');
const fr = (value: number | string | boolean | null, pattern: string | null): string =>
  formatForDisplay(value, pattern, 'fr_FR');

describe('automatic format', () => {
  it.each<[number, string]>([
    [0, '0'],
    [42, '42'],
    [-42, '-42'],
    [1234567890123, '1234567890123'],
    [Math.PI, '3.141592654'],
    [1 / 3, '0.3333333333'],
    [2 / 3, '0.6666666667'],
    [100 / 3, '33.33333333'],
    [0.1 + 0.2, '0.3'],
    [1.5, '1.5'],
    [-0.25, '-0.25'],
    [1 / 3000, '0.0003333333333'],
    [1234567812345678, '1.23457E+15'],
    [1.23e15, '1.23E+15'],
    [1e20, '1E+20'],
    [-1.5e16, '-1.5E+16'],
    [1e-10, '1E-10'],
    [1.23456789e-12, '1.23457E-12'],
  ])('%p shows %s', (value, text) => {
    expect(en(value, null)).toBe(text);
    expect(en(value, '')).toBe(text);
  });

  it('treats "General" and Apps Script\'s automatic pattern "0.###############" as automatic', () => {
    expect(en(1 / 3, 'General')).toBe('0.3333333333');
    expect(en(1 / 3, AUTOMATIC_NUMBER_FORMAT)).toBe('0.3333333333');
    expect(en(1234.5, '0.###############')).toBe('1234.5');
  });

  it('uses the locale decimal separator and no grouping', () => {
    expect(fr(1234.5, null)).toBe('1234,5');
    expect(fr(-2.5, '')).toBe('-2,5');
    expect(fr(1.5e16, '')).toBe('1,5E+16');
    expect(formatForDisplay(1234.5, null, 'de_DE')).toBe('1234,5');
  });

  it('shows booleans as TRUE/FALSE, in French VRAI/FAUX, whatever the pattern', () => {
    expect(en(true, null)).toBe('TRUE');
    expect(en(false, '0.00')).toBe('FALSE');
    expect(fr(true, null)).toBe('VRAI');
    expect(fr(false, '0%')).toBe('FAUX');
    expect(formatForDisplay(true, null, 'de_DE')).toBe('WAHR');
  });

  it('shows strings as they are and null as empty', () => {
    expect(en('Hello', null)).toBe('Hello');
    expect(en('#DIV/0!', '0.00')).toBe('#DIV/0!');
    expect(en('12', '0.00')).toBe('12');
    expect(en(null, '0.00')).toBe('');
  });

  it('shows non-finite numbers as #NUM!', () => {
    expect(en(Number.POSITIVE_INFINITY, null)).toBe('#NUM!');
    expect(en(Number.NaN, '0.00')).toBe('#NUM!');
  });

  it('rejects an unknown locale, naming it', () => {
    expect(() => formatForDisplay(1, null, 'xx_!!')).toThrow(/locale.*xx_!!/);
  });
});

describe('number patterns', () => {
  it.each<[number, string, string, string]>([
    [1234.5, '0', '1235', '1235'],
    [1234.56, '0.0', '1234.6', '1234,6'],
    [1234.5, '0.00', '1234.50', '1234,50'],
    [1234.5, '#,##0', '1,235', `1${NNBSP}235`],
    [1234.5, '#,##0.00', '1,234.50', `1${NNBSP}234,50`],
    [1234567.891, '#,##0.00', '1,234,567.89', `1${NNBSP}234${NNBSP}567,89`],
    [-1234.5, '#,##0.00', '-1,234.50', `-1${NNBSP}234,50`],
    [0.125, '0%', '13%', '13%'],
    [0.125, '0.0%', '12.5%', '12,5%'],
    [0.125, '0.00%', '12.50%', '12,50%'],
    [-0.0525, '0.0%', '-5.3%', '-5,3%'],
    [5, '000', '005', '005'],
    [0, '#,##0', '0', '0'],
    [0, '#,###', '', ''],
    [0.5, '#.##', '.5', ',5'],
    [0.5, '0.0#', '0.5', '0,5'],
    [0.567, '0.0#', '0.57', '0,57'],
    [1234567, '#,##0,', '1,235', `1${NNBSP}235`],
    [1234567, '0.0,,', '1.2', '1,2'],
    [12345.678, '0.00E+00', '1.23E+04', '1,23E+04'],
    [0.000123, '0.00E+00', '1.23E-04', '1,23E-04'],
    [12345, '##0.0E+0', '12.3E+3', '12,3E+3'],
    [9.999, '0.00E+00', '1.00E+01', '1,00E+01'],
    [5, '"Total: "0', 'Total: 5', 'Total: 5'],
    [5, '0" units"', '5 units', '5 units'],
    [5, '0\\x', '5x', '5x'],
    [5, '0_)', '5 ', '5 '],
    [5, '*-0', '5', '5'],
  ])('%p with %j is %j in en_US and %j in fr_FR', (value, pattern, enText, frText) => {
    expect(en(value, pattern)).toBe(enText);
    expect(fr(value, pattern)).toBe(frText);
  });

  it('uses the narrow no-break space U+202F as the French grouping separator', () => {
    expect(fr(1234.5, '#,##0.00')).toBe('1\u202f234,50');
  });

  it('rounds half away from zero on the decimal value, not the binary one', () => {
    expect(en(1.005, '0.00')).toBe('1.01');
    expect(en(-1.005, '0.00')).toBe('-1.01');
    expect(en(2.5, '0')).toBe('3');
    expect(en(-2.5, '0')).toBe('-3');
    expect(en(0.125, '0.00')).toBe('0.13');
    expect(en(999.995, '#,##0.00')).toBe('1,000.00');
    expect(en(0.0005, '0.0%')).toBe('0.1%');
  });

  it('drops the minus sign of a value that rounds to zero', () => {
    expect(en(-0.001, '0.0')).toBe('0.0');
    expect(en(-0.4, '0')).toBe('0');
  });

  it('agrees with toFixed on values that are exact in binary', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (quarters) => {
        const value = quarters / 4; // exact binary fractions: .0 .25 .5 .75
        expect(en(value, '0.00')).toBe(value.toFixed(2).replace(/^-(0\.00)$/, '$1'));
      }),
    );
  });

  it('groups any integer like Intl does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(en(n, '#,##0')).toBe(new Intl.NumberFormat('en-US').format(n));
        expect(fr(n, '#,##0')).toBe(new Intl.NumberFormat('fr-FR').format(n).replace('\u2212', '-'));
      }),
    );
  });
});

describe('currencies', () => {
  it.each<[string, number, string, string]>([
    ['#,##0.00 [$€]', 1234.5, '1,234.50 €', `1${NNBSP}234,50 €`],
    ['[$€]#,##0.00', 1234.5, '€1,234.50', `€1${NNBSP}234,50`],
    ['#,##0.00[$€-40C]', 1234.5, '1,234.50€', `1${NNBSP}234,50€`],
    ['#,##0 "€"', 1234.5, '1,235 €', `1${NNBSP}235 €`],
    ['$#,##0.00', 1234.5, '$1,234.50', `$1${NNBSP}234,50`],
    ['$#,##0.00', -1234.5, '-$1,234.50', `-$1${NNBSP}234,50`],
    ['[$$]#,##0', 1234.5, '$1,235', `$1${NNBSP}235`],
  ])('%j on %p', (pattern, value, enText, frText) => {
    expect(en(value, pattern)).toBe(enText);
    expect(fr(value, pattern)).toBe(frText);
  });
});

describe('sections', () => {
  it('uses pos;neg;zero with the negative section writing its own sign', () => {
    const pattern = '0.0%;-0.0%;0%';
    expect(en(0.05, pattern)).toBe('5.0%');
    expect(en(-0.05, pattern)).toBe('-5.0%');
    expect(en(0, pattern)).toBe('0%');
  });

  it('writes explicit signs', () => {
    const pattern = '+0.0%;-0.0%;0.0%';
    expect(en(0.05, pattern)).toBe('+5.0%');
    expect(en(-0.05, pattern)).toBe('-5.0%');
    expect(en(0, pattern)).toBe('0.0%');
    expect(fr(0.123, pattern)).toBe('+12,3%');
  });

  it('uses parentheses for negatives without a minus sign', () => {
    expect(en(-1234.5, '#,##0.00;(#,##0.00)')).toBe('(1,234.50)');
    expect(en(1234.5, '#,##0.00;(#,##0.00)')).toBe('1,234.50');
    expect(en(0, '#,##0.00;(#,##0.00)')).toBe('0.00');
  });

  it('shows nothing for an empty section', () => {
    expect(en(-5, '0;;0')).toBe('');
    expect(en(0, '0;-0;')).toBe('');
  });

  it('chooses the section from the unrounded value', () => {
    expect(en(-0.001, '0.0;(0.0);"zero"')).toBe('(0.0)');
  });

  it('uses the 4th section, or a lone @ section, for text', () => {
    expect(en('abc', '0;-0;0;"["@"]"')).toBe('[abc]');
    expect(en('abc', '"Name: "@')).toBe('Name: abc');
    expect(en('abc', '0;-0')).toBe('abc');
    expect(en(12.5, '@')).toBe('12.5');
  });

  it('picks sections by condition', () => {
    const pattern = '[Red][<0]0.0;[Blue][>=100]#,##0;0.00';
    expect(en(-3, pattern)).toBe('-3.0');
    expect(en(1500, pattern)).toBe('1,500');
    expect(en(5, pattern)).toBe('5.00');
    expect(formatColor(-3, pattern)).toBe('#ff0000');
    expect(formatColor(1500, pattern)).toBe('#0000ff');
    expect(formatColor(5, pattern)).toBeNull();
  });
});

describe('formatColor', () => {
  it('gives the colour of the chosen section and keeps it out of the text', () => {
    expect(en(-5, '0;[Red]-0')).toBe('-5');
    expect(formatColor(-5, '0;[Red]-0')).toBe('#ff0000');
    expect(formatColor(5, '0;[Red]-0')).toBeNull();
    expect(formatColor(5, '[Green]0')).toBe('#00ff00');
    expect(formatColor(-5, '[GREEN]0')).toBe('#00ff00');
    expect(en(0.05, '[Blue]+0.0%;[Red]-0.0%;[Black]0.0%')).toBe('+5.0%');
    expect(formatColor(0, '[Blue]+0.0%;[Red]-0.0%;[Black]0.0%')).toBe('#000000');
  });

  it('gives no colour for automatic formats, booleans, null, [ColorN] and plain text', () => {
    expect(formatColor(5, null)).toBeNull();
    expect(formatColor(true, '[Red]0')).toBeNull();
    expect(formatColor(null, '[Red]0')).toBeNull();
    expect(formatColor(5, '[Color10]0')).toBeNull();
    expect(formatColor('abc', '[Red]0')).toBeNull();
    expect(formatColor('abc', '[Red]@')).toBe('#ff0000');
  });
});

describe('dates and times', () => {
  const jan1 = calendarToSerial(2024, 1, 1); // a Monday
  const jul14 = calendarToSerial(2024, 7, 14); // a Sunday

  it.each<[number, string, string, string]>([
    [jan1, 'yyyy-mm-dd', '2024-01-01', '2024-01-01'],
    [jul14, 'dd/mm/yyyy', '14/07/2024', '14/07/2024'],
    [jul14, 'dd/MM/yyyy', '14/07/2024', '14/07/2024'],
    [jul14, 'd/m/yy', '14/7/24', '14/7/24'],
    [jan1, 'd mmm yyyy', '1 Jan 2024', '1 janv. 2024'],
    [jul14, 'd mmm yyyy', '14 Jul 2024', '14 juil. 2024'],
    [jul14, 'mmm yyyy', 'Jul 2024', 'juil. 2024'],
    [jan1, 'mmmm yyyy', 'January 2024', 'janvier 2024'],
    [calendarToSerial(2024, 8, 1), 'mmmm yyyy', 'August 2024', 'août 2024'],
    [jul14, 'mmmmm', 'J', 'J'],
    [jan1, 'dddd d mmmm', 'Monday 1 January', 'lundi 1 janvier'],
    [jul14, 'ddd', 'Sun', 'dim.'],
    [jan1 + 0.75, 'hh:mm', '18:00', '18:00'],
    [jan1 + 0.75, 'h:mm AM/PM', '6:00 PM', '6:00 PM'],
    [jan1 + 0.25, 'h:mm am/pm', '6:00 am', '6:00 am'],
    [jan1, 'h:mm A/P', '12:00 A', '12:00 A'],
    [
      jan1 + (13 * 3600 + 5 * 60 + 9) / 86400,
      'yyyy-mm-dd hh:mm:ss',
      '2024-01-01 13:05:09',
      '2024-01-01 13:05:09',
    ],
    [jan1 + (5 * 60 + 9) / 86400, 'mm:ss', '05:09', '05:09'],
    [jan1 + 0.5 + 0.25 / 86400, 'hh:mm:ss.00', '12:00:00.25', '12:00:00,25'],
    [1.5, '[h]:mm', '36:00', '36:00'],
    [2 + 1 / 24 + 30 / 1440, '[h]:mm:ss', '49:30:00', '49:30:00'],
    [-0.5, '[h]:mm', '-12:00', '-12:00'],
    [1 / 24, '[mm]:ss', '60:00', '60:00'],
    [-1, 'yyyy-mm-dd', '1899-12-29', '1899-12-29'],
    [0, 'yyyy-mm-dd', '1899-12-30', '1899-12-30'],
  ])('%p with %j is %j in en_US and %j in fr_FR', (serial, pattern, enText, frText) => {
    expect(en(serial, pattern)).toBe(enText);
    expect(fr(serial, pattern)).toBe(frText);
  });

  it('rounds to the shown seconds, then truncates the lower units', () => {
    expect(en(jan1 + 0.99999, 'hh:mm:ss')).toBe('23:59:59');
    expect(en(jan1 + 0.9999999, 'yyyy-mm-dd hh:mm:ss')).toBe('2024-01-02 00:00:00');
    expect(en(jan1 + 0.9999, 'hh:mm')).toBe('23:59');
    expect(en(jan1 + 0.75 + 29.6 / 86400, 'hh:mm')).toBe('18:00');
  });

  it('shows text and booleans unchanged under a date pattern', () => {
    expect(en('not a date', 'yyyy-mm-dd')).toBe('not a date');
    expect(fr(true, 'yyyy-mm-dd')).toBe('VRAI');
  });

  it('formats every day of the calendar back to the same ISO date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (d) => {
          const serial = calendarToSerial(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          expect(en(serial, 'yyyy-mm-dd')).toBe(d.toISOString().slice(0, 10));
        },
      ),
    );
  });
});

describe('Date values', () => {
  const instant = new Date('2024-01-31T12:05:00Z');

  it('reads a Date in the spreadsheet time zone', () => {
    expect(formatForDisplay(instant, 'yyyy-mm-dd hh:mm', 'en_US', 'Europe/Paris')).toBe('2024-01-31 13:05');
    expect(formatForDisplay(instant, 'yyyy-mm-dd hh:mm', 'en_US', 'America/New_York')).toBe(
      '2024-01-31 07:05',
    );
    expect(formatForDisplay(instant, 'yyyy-mm-dd hh:mm', 'en_US')).toBe('2024-01-31 12:05');
  });

  it('shows a Date under an automatic format as the locale date-time', () => {
    expect(defaultDateTimePattern('en_US')).toBe('m/d/yyyy h:mm:ss');
    expect(formatForDisplay(instant, null, 'en_US', 'Europe/Paris')).toBe('1/31/2024 13:05:00');
    expect(formatForDisplay(instant, '', 'fr_FR', 'Europe/Paris')).toBe('31/01/2024 13:05:00');
    expect(formatForDisplay(instant, null, 'de_DE', 'UTC')).toBe('2024-01-31 12:05:00');
  });

  it('picks the colour section from the Date serial', () => {
    expect(formatColor(instant, '[Blue][>45000]yyyy;[Red]yyyy', 'Europe/Paris')).toBe('#0000ff');
    expect(formatColor(new Date('1900-01-01T00:00:00Z'), '[Blue][>45000]yyyy;[Red]yyyy')).toBe('#ff0000');
  });
});

describe('robustness', () => {
  it('returns a string for any pattern made of format characters and any value', () => {
    const unit = fc.constantFrom(...'0#?.,%E+-;"\\_*[]$@yMmdhsAP/: abRed<>=1'.split(''));
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 20 }),
        fc.oneof(fc.double(), fc.integer(), fc.string(), fc.boolean()),
        (pattern, value) => {
          expect(typeof formatForDisplay(value, pattern, 'fr_FR')).toBe('string');
          expect(typeof formatForDisplay(value, pattern, 'en_US')).toBe('string');
          const color = formatColor(value, pattern);
          expect(color === null || /^#[0-9a-f]{6}$/.test(color)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
