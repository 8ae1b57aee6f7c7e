import type { Arg } from '../../src/core/cells';
import type { SmartInput, SmartResult } from '../../src/core/smart';
import { type SmartCore, smartCheckCells } from '../../src/server/customFunctions/smartCheckCells';

// The SMART core's verdicts are tested in test/core/smart. Here a recording stand-in takes its place, so
// these tests prove what SMART_CHECK hands the core and how it lays out the answer, whatever the
// criteria decide. (The same adapter runs through dist/Code.js in smartCheck.test.ts.)
const inputs: SmartInput[] = [];
const RESULT: SmartResult = {
  score: 3,
  criteria: { specific: true, measurable: true, achievable: false, relevant: true, timeBound: false },
  hints: { timeBound: 'ajoutez une échéance', achievable: 'donnez la valeur de départ' },
  language: 'fr',
};

const recordingCore: SmartCore = {
  smartCheck: (input) => {
    inputs.push(input);
    return RESULT;
  },
  formatSmartText: (result) => `${result.score}/5 (formatted)`,
};

function SMART_CHECK(objective: Arg, deadline?: Arg, baseline?: Arg, target?: Arg, format?: Arg): unknown {
  return smartCheckCells({ objective, deadline, baseline, target, format }, recordingCore, () => 'en');
}

beforeEach(() => {
  inputs.length = 0;
});

describe('SMART_CHECK arguments and layout', () => {
  test('deadline, baseline and target are parsed and passed; blanks are left out', () => {
    SMART_CHECK('Réduire le coût par lead', '30/06/2027', '40', '32,5');
    SMART_CHECK('Réduire le coût par lead', '', '', undefined);
    expect(inputs).toEqual([
      {
        objective: 'Réduire le coût par lead',
        deadline: { year: 2027, month: 6, day: 30 },
        baseline: 40,
        target: 32.5,
      },
      { objective: 'Réduire le coût par lead', deadline: undefined, baseline: undefined, target: undefined },
    ]);
  });

  test('a range of objectives pairs with ranges of the same shape and shares single cells', () => {
    SMART_CHECK([['A'], ['B']], '2027-12-31', [[1], [2]], [[3], [4]]);
    expect(inputs.map((i) => [i.objective, i.deadline?.month, i.baseline, i.target])).toEqual([
      ['A', 12, 1, 3],
      ['B', 12, 2, 4],
    ]);
  });

  test('the three formats lay out the core result', () => {
    expect(SMART_CHECK('A')).toBe('3/5 (formatted)');
    expect(SMART_CHECK('A', '', '', '', 'note')).toBe(3);
    // Hints follow the S, M, A, R, T order, each with its letter.
    expect(SMART_CHECK([['A'], ['B']], '', '', '', 'détail')).toEqual([
      [3, true, true, false, true, false, 'A: donnez la valeur de départ · T: ajoutez une échéance'],
      [3, true, true, false, true, false, 'A: donnez la valeur de départ · T: ajoutez une échéance'],
    ]);
  });

  test('a number as objective is read as its text; the language is left to the core', () => {
    SMART_CHECK(2027);
    expect(inputs).toEqual([
      { objective: '2027', deadline: undefined, baseline: undefined, target: undefined },
    ]);
  });
});
