import type { Check } from '../check';

const RED = '#ff0000';

/**
 * KPI Kit marks the conditional-format rules it writes with `=(<formula>)+N("kpikit")`, so that a
 * rebuild recognises its own rules. The marker turns TRUE/FALSE into 1/0: does Sheets apply a rule
 * whose custom formula gives a number? Apps Script cannot read the colour a rule paints, so a person
 * looks (in the emulator, its view does).
 */
export const conditionalFormatChecks: Check[] = [
  {
    id: 'cf.numeric-marker-applies',
    assumption: 11,
    title:
      'A custom-formula rule written =(A1>0)+N("kpikit") (a number, not TRUE/FALSE) paints the cells where it is not 0, like =A1>0 does.',
    guess:
      'Sheets documents custom formulas that return TRUE or FALSE; that a non-zero number counts as TRUE is assumed',
    write: ({ services, sheet }) => {
      sheet.getRange('A1:B2').setValues([
        [5, 5],
        [-5, -5],
      ]);
      const rule = (formula: string, a1: string) =>
        services.SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(formula)
          .setBackground(RED)
          .setRanges([sheet.getRange(a1)])
          .build();
      sheet.setConditionalFormatRules([rule('=(A1>0)+N("kpikit")', 'A1:A2'), rule('=B1>0', 'B1:B2')]);
    },
    read: ({ sheet, look }) => {
      const formulas = sheet
        .getConditionalFormatRules()
        .map((r) => r.getBooleanCondition()?.getCriteriaValues()[0] ?? null);
      const answer = look({
        sheet: sheet.getName(),
        backgrounds: { A1: RED, A2: null, B1: RED, B2: null },
        question: `On the sheet "${sheet.getName()}", are A1 and B1 red, and A2 and B2 white?`,
      });
      return {
        expected: { formulas: ['=(A1>0)+N("kpikit")', '=B1>0'], looksRight: true },
        actual: { formulas, looksRight: answer },
        ...(answer === null
          ? { undecided: 'nobody looked: use "Read results" from the menu to answer' }
          : {}),
      };
    },
  },
];
