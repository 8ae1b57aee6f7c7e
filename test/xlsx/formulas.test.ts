import { calledFunctions, fromExcelFormula, toExcelFormula } from '../../dev/xlsx/formulas';

const CUSTOM = new Set(['KPI_VARIANCE', 'SMART_CHECK']);

describe('toExcelFormula', () => {
  test('drops the "=" and keeps canonical syntax as is', () => {
    expect(toExcelFormula('=IF($A1>0,Suivi!$E$4,"")', CUSTOM)).toEqual({
      kind: 'formula',
      formula: 'IF($A1>0,Suivi!$E$4,"")',
      array: false,
    });
  });

  test('writes ARRAYFORMULA as an array formula of its argument, nested ones included', () => {
    expect(toExcelFormula('=IF(A1,ARRAYFORMULA(SUM(B1:B3*C1:C3)),ARRAYFORMULA(MAX(B1:B3)))', CUSTOM)).toEqual(
      {
        kind: 'formula',
        formula: 'IF(A1,SUM(B1:B3*C1:C3),MAX(B1:B3))',
        array: true,
      },
    );
  });

  test('leaves function names inside text alone', () => {
    const result = toExcelFormula('="ARRAYFORMULA(IFS(x)) SPARKLINE("&A1', CUSTOM);
    expect(result).toEqual({
      kind: 'formula',
      formula: '"ARRAYFORMULA(IFS(x)) SPARKLINE("&A1',
      array: false,
    });
  });

  test('prefixes functions newer than the 2007 format, not names that only end like them', () => {
    expect(toExcelFormula('=IFS(A1>0,MAXIFS(B:B,C:C,1),TRUE,MYIFS(1))', CUSTOM)).toMatchObject({
      formula: '_xlfn.IFS(A1>0,_xlfn.MAXIFS(B:B,C:C,1),TRUE,MYIFS(1))',
    });
    expect(toExcelFormula('=FILTER(A1:A3,B1:B3>0)', CUSTOM)).toMatchObject({
      formula: '_xlfn._xlws.FILTER(A1:A3,B1:B3>0)',
    });
    expect(fromExcelFormula('_xlfn.IFS(A1>0,_xlfn._xlws.FILTER(A1:A3,B1:B3))')).toBe(
      '=IFS(A1>0,FILTER(A1:A3,B1:B3))',
    );
  });

  test('refuses Sheets-only functions and the add-on custom functions, naming them', () => {
    expect(toExcelFormula('=SPARKLINE(Suivi!$E$4:$P$4)', CUSTOM)).toEqual({
      kind: 'unsupported',
      functions: ['SPARKLINE'],
    });
    expect(toExcelFormula('=1+kpi_variance(A1,B1)+SMART_CHECK(C1)', CUSTOM)).toEqual({
      kind: 'unsupported',
      functions: ['KPI_VARIANCE', 'SMART_CHECK'],
    });
  });

  test('lists the functions a formula calls', () => {
    expect(calledFunctions('=IF(ISNUMBER(A1),FORECAST.LINEAR(1,B:B,C:C),"SUM(")')).toEqual([
      'IF',
      'ISNUMBER',
      'FORECAST.LINEAR',
    ]);
  });
});

test('nested future functions are all prefixed', () => {
  expect(toExcelFormula('=IFS(IFS(A1,1),2)', CUSTOM)).toMatchObject({
    formula: '_xlfn.IFS(_xlfn.IFS(A1,1),2)',
  });
});
