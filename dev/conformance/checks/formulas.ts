import type { Check } from '../check';

/** Formulas in canonical English with `,` separators, whatever the spreadsheet's locale. */
export const formulaChecks: Check[] = [
  {
    id: 'formula.canonical-in-any-locale',
    assumption: 25,
    title:
      'setFormulas with English names, "," separators and "." decimals computes in every locale (fr_FR included) and getFormulas gives the text back as written.',
    run: ({ sheet }) => {
      sheet.getRange('A1').setValue(2);
      const formulas = ['=IF(A1>0,ROUND(A1*1.25,1),0)', '=SUM(A1,0.5)', '=IFERROR(1/0,"none")'];
      sheet.getRange('B1:D1').setFormulas([formulas]);
      const range = sheet.getRange('B1:D1');
      return {
        expected: { values: [2.5, 2.5, 'none'], formulas },
        actual: { values: range.getValues()[0], formulas: range.getFormulas()[0] },
      };
    },
  },
  {
    id: 'formula.setvalues-string-is-formula',
    assumption: 25,
    title: 'A string starting with "=" written with setValues becomes a formula in canonical syntax.',
    run: ({ sheet }) => {
      sheet.getRange('A1:B1').setValues([['=SUM(1.5,2.25)', '=AND(TRUE,1<2)']]);
      const range = sheet.getRange('A1:B1');
      return {
        expected: { values: [3.75, true], formulas: ['=SUM(1.5,2.25)', '=AND(TRUE,1<2)'] },
        actual: { values: range.getValues()[0], formulas: range.getFormulas()[0] },
      };
    },
  },
  {
    id: 'formula.error-text',
    assumption: 9,
    title: 'A formula error reads as its text: #DIV/0!, #N/A, #NAME?.',
    run: ({ sheet }) => {
      sheet.getRange('A1:C1').setFormulas([['=1/0', '=NA()', '=NOSUCHFUNCTION(1)']]);
      return {
        expected: ['#DIV/0!', '#N/A', '#NAME?'],
        actual: sheet.getRange('A1:C1').getValues()[0],
      };
    },
  },
];
