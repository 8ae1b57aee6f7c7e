import {
  currencyFormat,
  differenceFormat,
  valueFormat,
} from '../../../src/workbook/layouts/scorecard/numberFormats';

describe('Scorecard number formats', () => {
  it('put the plan currency where its readers expect it', () => {
    expect(currencyFormat('EUR')).toBe('#,##0 [$€]');
    expect(currencyFormat('CHF')).toBe('#,##0 [$CHF]');
    expect(currencyFormat('USD')).toBe('[$$]#,##0');
    expect(currencyFormat('GBP')).toBe('[$£]#,##0');
    // A currency without a known symbol shows its ISO code.
    expect(currencyFormat('MAD')).toBe('#,##0 [$MAD]');
  });

  it('sign every difference, and show a percent KPI’s differences in percentage points', () => {
    expect(differenceFormat('percent', 'EUR')).toBe('+0.0" pts";-0.0" pts";0.0" pts"');
    expect(differenceFormat('currency', 'USD')).toBe('+[$$]#,##0;-[$$]#,##0;[$$]#,##0');
    expect(differenceFormat('number', 'EUR')).toBe('+#,##0.0#;-#,##0.0#;#,##0.0#');
    expect(valueFormat('duration', 'EUR')).toBe('#,##0" s"');
  });
});
