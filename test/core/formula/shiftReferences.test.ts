import fc from 'fast-check';
import { shiftFormula, shiftReferences } from '../../../src/core/formula/shiftReferences';

describe('shiftFormula', () => {
  it.each<[string, number, number, string]>([
    ['=B2>C2', 1, 0, '=B3>C3'],
    ['=B2>C2', 0, 1, '=C2>D2'],
    ['=B2>C2', 2, 3, '=E4>F4'],
    ['=$C2>0', 1, 1, '=$C3>0'],
    ['=C$2>0', 1, 1, '=D$2>0'],
    ['=$C$2>0', 5, 5, '=$C$2>0'],
    ['=b2>c2', 1, 0, '=B3>C3'],
    ['=SUM(A2:A10)', 1, 0, '=SUM(A3:A11)'],
    ['=SUM($A$2:A10)', 1, 1, '=SUM($A$2:B11)'],
    ['=COUNTIF(A:A,A2)>1', 1, 0, '=COUNTIF(A:A,A3)>1'],
    ['=COUNTIF(A:A,A2)>1', 0, 1, '=COUNTIF(B:B,B2)>1'],
    ['=COUNTIF($A:$A,A2)>1', 0, 1, '=COUNTIF($A:$A,B2)>1'],
    ['=SUM(2:2)', 3, 1, '=SUM(5:5)'],
    ['=SUM($2:3)', 3, 0, '=SUM($2:6)'],
    ['=SUM(A2:A)', 1, 1, '=SUM(B3:B)'],
    ['=Sheet1!A1>0', 1, 0, '=Sheet1!A2>0'],
    ["='My sheet'!A1:B2", 1, 1, "='My sheet'!B2:C3"],
    ["='It''s'!A1", 1, 0, "='It''s'!A2"],
    ['=Données!B2', 0, 1, '=Données!C2'],
    ['=A1+Sheet2!$B$1', 1, 0, '=A2+Sheet2!$B$1'],
  ])('%s shifted by (%i, %i) is %s', (formula, dRows, dCols, expected) => {
    expect(shiftFormula(formula, dRows, dCols)).toBe(expected);
  });

  it('leaves string literals alone, including escaped quotes', () => {
    expect(shiftFormula('=IF(A1="B2","yes","no")', 1, 1)).toBe('=IF(B2="B2","yes","no")');
    expect(shiftFormula('=A1&"say ""C3"" now"&D4', 1, 0)).toBe('=A2&"say ""C3"" now"&D5');
  });

  it('leaves function names alone even when they look like cells', () => {
    expect(shiftFormula('=LOG10(A1)+ATAN2(B1,C1)', 1, 0)).toBe('=LOG10(A2)+ATAN2(B2,C2)');
    expect(shiftFormula('=SUM(A1:B2)', 0, 0)).toBe('=SUM(A1:B2)');
    expect(shiftFormula('=DEC2BIN(A1)', 1, 0)).toBe('=DEC2BIN(A2)');
  });

  it('leaves named ranges, booleans, numbers and errors alone', () => {
    expect(shiftFormula('=Revenue>Target', 3, 3)).toBe('=Revenue>Target');
    expect(shiftFormula('=AND(A1=TRUE,B1<>FALSE)', 1, 0)).toBe('=AND(A2=TRUE,B2<>FALSE)');
    expect(shiftFormula('=A1>1E5', 1, 0)).toBe('=A2>1E5');
    expect(shiftFormula('=A1>1E+5+2.5e-3+.5+3.', 1, 0)).toBe('=A2>1E+5+2.5e-3+.5+3.');
    expect(shiftFormula('=IFERROR(A1,#N/A)+#REF!', 1, 0)).toBe('=IFERROR(A2,#N/A)+#REF!');
    expect(shiftFormula('=IF(ISERROR(A1),#DIV/0!,A1)', 1, 0)).toBe('=IF(ISERROR(A2),#DIV/0!,A2)');
    expect(shiftFormula('=kpi_target_2024*A1', 1, 0)).toBe('=kpi_target_2024*A2');
  });

  it('keeps whitespace and other characters byte for byte', () => {
    expect(shiftFormula('= A1 + {1, 2; 3, 4} ', 1, 0)).toBe('= A2 + {1, 2; 3, 4} ');
    expect(shiftFormula('', 1, 1)).toBe('');
    expect(shiftFormula('plain text', 1, 1)).toBe('plain text');
  });

  it('gives #REF! when a reference falls off the top or the left', () => {
    expect(shiftFormula('=A1>0', -1, 0)).toBe('=#REF!>0');
    expect(shiftFormula('=B1>0', 0, -2)).toBe('=#REF!>0');
    expect(shiftFormula('=SUM(A1:B5)+C3', -1, 0)).toBe('=SUM(#REF!)+C2');
    expect(shiftFormula('=Sheet1!A1+1', -1, 0)).toBe('=#REF!+1');
    expect(shiftFormula("='My sheet'!A1:A3", 0, -1)).toBe('=#REF!');
    expect(shiftFormula('=$A$1+A2', -1, -5)).toBe('=$A$1+#REF!');
  });

  it('gives #REF! past the last column ZZZ', () => {
    expect(shiftFormula('=ZZZ1', 0, 1)).toBe('=#REF!');
  });

  it('rejects fractional offsets', () => {
    expect(() => shiftFormula('=A1', 0.5, 0)).toThrow(/integer offsets/);
  });

  it('composes: shifting by a then b equals shifting by a + b, and back again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom(
          '=B2>C2',
          '=AND($C2>0,D$3<10)',
          '=COUNTIF(A:A,A2)>1',
          '=SUM(B2:D9)/Sheet1!E5',
          '=IF(A1="B2",LOG10(C3),TRUE)',
        ),
        (r1, c1, r2, c2, formula) => {
          const once = shiftFormula(formula, r1 + r2, c1 + c2);
          expect(shiftFormula(shiftFormula(formula, r1, c1), r2, c2)).toBe(once);
          expect(shiftFormula(once, -(r1 + r2), -(c1 + c2))).toBe(formula);
        },
      ),
    );
  });
});

describe('shiftFormula robustness', () => {
  it('never throws, and a (0, 0) shift changes nothing', () => {
    const unit = fc.constantFrom(...'=aAbZ019$:!\'"(),.+-#E /&;{}'.split(''));
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 24 }),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: -5, max: 5 }),
        (formula, dRows, dCols) => {
          expect(typeof shiftFormula(formula, dRows, dCols)).toBe('string');
          expect(shiftFormula(formula, 0, 0)).toBe(formula);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('shiftReferences: relocating the cells of one sheet', () => {
  const onScorecard = { current: 'Tableau de bord', target: 'Suivi' };
  it.each<[string, number, number, string]>([
    // Every reference to the moved sheet follows it, "$" or not; references to other sheets stay.
    ['=Suivi!$E$4+Suivi!E4', 1, 2, '=Suivi!$G$5+Suivi!G5'],
    ["=SUM('Suivi'!$E$4:$P$9)+A1", 2, 0, "=SUM('Suivi'!$E$6:$P$11)+A1"],
    ['=suivi!A:A', 0, 1, '=suivi!B:B'],
    ['=Objectifs!$H$9&Suivi!$2:$2', 1, 0, '=Objectifs!$H$9&Suivi!$3:$3'],
    ['="Suivi!A1"&Suivi!A1', 1, 0, '="Suivi!A1"&Suivi!A2'],
  ])('%s relocated by (%i, %i) is %s', (formula, dRows, dCols, expected) => {
    expect(shiftReferences(formula, dRows, dCols, { absolute: true, sheet: onScorecard })).toBe(expected);
  });

  it('unprefixed references move only in a formula that lives on the moved sheet', () => {
    expect(
      shiftReferences('=$A4&B4', 1, 1, { absolute: true, sheet: { current: 'Suivi', target: 'Suivi' } }),
    ).toBe('=$B5&C5');
    expect(shiftReferences('=$A4&B4', 1, 1, { absolute: true, sheet: onScorecard })).toBe('=$A4&B4');
  });

  it('a copy (the default) moves only relative parts, on every sheet', () => {
    expect(shiftReferences('=Feuille1!A1*2+$B$1', 3, 0)).toBe('=Feuille1!A4*2+$B$1');
  });

  it('relocating by (0, 0) or with no reference to the sheet returns the formula unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const formula = `=${text}`;
        expect(shiftReferences(formula, 0, 0, { absolute: true })).toBe(formula);
      }),
    );
  });
});
