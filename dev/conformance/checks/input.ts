import type { Check } from '../check';
import { cells, plain } from './values';

const MONTH_GUESS =
  'Excel reads a month and a year as the first of that month; the emulator assumes Sheets does too, so that code writing such text without "@" fails offline rather than only in Sheets.';

/** setValue(s) reads strings like typed input in the spreadsheet's locale. */
export const inputChecks: Check[] = [
  {
    id: 'input.month-year-iso',
    assumption: 6,
    title: 'The text 2027-01 written with setValues is read as the date 1 January 2027, format MMM yyyy.',
    guess: MONTH_GUESS,
    run: (context) => {
      const range = context.sheet.getRange('A1');
      range.setValues([['2027-01']]);
      return {
        expected: [
          {
            value: 'date 2027-01-01 00:00',
            format: 'MMM yyyy',
            display: context.english ? 'Jan 2027' : 'janv. 2027',
          },
        ],
        actual: cells(context, range),
      };
    },
  },
  {
    id: 'input.month-year-words',
    assumption: 6,
    title:
      'A month in the locale\'s words and a year ("Jan 2027" in en_US, "janv. 2027" in fr_FR) is read as the first of that month; the other language\'s words stay text.',
    guess: MONTH_GUESS,
    run: (context) => {
      const range = context.sheet.getRange('A1:A2');
      const [own, other] = context.english ? ['Jan 2027', 'janv. 2027'] : ['janv. 2027', 'Jan 2027'];
      range.setValues([[own], [other]]);
      return {
        expected: [
          { value: 'date 2027-01-01 00:00', format: 'MMM yyyy', display: own },
          { value: other, format: '0.###############', display: other },
        ],
        actual: cells(context, range),
      };
    },
  },
  {
    id: 'input.text-format-keeps-text',
    assumption: 6,
    title: 'A cell formatted "@" before the write keeps 2027-01, Jan 2027 and 2027-01-01 as text.',
    run: (context) => {
      const range = context.sheet.getRange('A1:A3');
      range.setNumberFormat('@');
      const texts = ['2027-01', context.english ? 'Jan 2027' : 'janv. 2027', '2027-01-01'];
      range.setValues(texts.map((t) => [t]));
      return {
        expected: texts.map((t) => ({ value: t, format: '@', display: t })),
        actual: cells(context, range),
      };
    },
  },
  {
    id: 'input.numbers-in-locale',
    assumption: 6,
    title:
      'Numbers and percents are read in the locale (en_US 1,234.5 and 2.5%; fr_FR 1 234,5, 0,019 and 2,5 %); a percent gets the format 0.00%.',
    run: (context) => {
      const range = context.sheet.getRange('A1:A3');
      const inputs = context.english ? ['1,234.5', '0.019', '2.5%'] : ['1 234,5', '0,019', '2,5 %'];
      range.setValues(inputs.map((t) => [t]));
      const actual = cells(context, range).map((c) => ({ value: c.value, format: c.format }));
      return {
        expected: [
          { value: 1234.5, format: '0.###############' },
          { value: 0.019, format: '0.###############' },
          { value: 0.025, format: '0.00%' },
        ],
        actual,
      };
    },
  },
  {
    id: 'input.dates-and-booleans-in-locale',
    assumption: 6,
    title:
      "A date typed in the locale's order (6/30/2027 en_US, 30/06/2027 fr_FR) is a date with the locale's format; TRUE (VRAI in fr_FR) is a boolean; a leading apostrophe makes text.",
    run: (context) => {
      const range = context.sheet.getRange('A1:A3');
      const inputs = context.english ? ['6/30/2027', 'TRUE', "'=1+1"] : ['30/06/2027', 'VRAI', "'=1+1"];
      range.setValues(inputs.map((t) => [t]));
      const actual = cells(context, range).map((c) => ({ value: c.value, format: c.format }));
      return {
        expected: [
          { value: 'date 2027-06-30 00:00', format: context.english ? 'M/d/yyyy' : 'dd/MM/yyyy' },
          { value: true, format: '0.###############' },
          { value: '=1+1', format: '0.###############' },
        ],
        actual,
      };
    },
  },
  {
    id: 'input.default-number-format',
    assumption: 8,
    title: 'A cell never formatted reports the number format 0.###############.',
    run: ({ sheet }) => ({
      expected: '0.###############',
      actual: sheet.getRange('A1').getNumberFormat(),
    }),
  },
  {
    id: 'input.date-value-midnight',
    assumption: 7,
    title:
      "A date cell reads as a Date at midnight of that day in the spreadsheet's time zone, and that Date written back with setValue gets the locale's date format.",
    run: (context) => {
      context.sheet.getRange('A1').setFormula('=DATE(2027,6,30)');
      const date = context.sheet.getRange('A1').getValue();
      context.sheet.getRange('B1').setValue(date);
      return {
        expected: {
          value: 'date 2027-06-30 00:00',
          formats: [context.english ? 'M/d/yyyy' : 'dd/MM/yyyy', context.english ? 'M/d/yyyy' : 'dd/MM/yyyy'],
        },
        actual: {
          value: plain(context, date),
          formats: context.sheet.getRange('A1:B1').getNumberFormats()[0],
        },
      };
    },
  },
];
