import { column, openSheet, thrownBy } from './harness';

// Each service call is a round trip to Google: the happy path without dates makes none, a call with
// date cells asks the spreadsheet's time zone once, and an error asks the spreadsheet's locale once
// per call, however many cells are wrong.
describe('custom functions and Apps Script services', () => {
  test('the happy path of KPI_VARIANCE, KPI_PACE and KPI_FORECAST without date cells touches no service', () => {
    const sheet = openSheet({ spreadsheetLocale: 'fr_FR', spreadsheetTimeZone: 'Asia/Tokyo' });
    sheet.KPI_VARIANCE(column(1, 2, ''), column(2, 2, 2), 'baisse', 'statut');
    sheet.KPI_PACE(50, 0, 100, '2027-01-01', '2027-12-31', '2027-07-01');
    sheet.KPI_FORECAST(column(1, 2, 3), undefined, 12);
    expect(sheet.stubs.calls).toEqual([]);
  });

  test('date cells cost one time-zone lookup per call, however many; an error then reuses the spreadsheet', () => {
    const sheet = openSheet({ spreadsheetLocale: 'fr_FR', spreadsheetTimeZone: 'UTC' });
    const days = Array.from({ length: 500 }, (_, i) => [sheet.date(2027, 1, 1 + i)]);
    const values = days.map((_, i) => [i * 2]);
    expect(sheet.KPI_FORECAST(values, days, sheet.date(2028, 6, 1))).toBeCloseTo(1034, 9);
    expect(sheet.stubs.calls).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSpreadsheetTimeZone',
    ]);
    sheet.stubs.calls.length = 0;
    sheet.KPI_PACE(
      column(50, 'abc'),
      0,
      100,
      sheet.date(2027, 1, 1),
      sheet.date(2027, 12, 31),
      sheet.date(2027, 7, 2),
    );
    expect(sheet.stubs.calls).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSpreadsheetTimeZone',
      'Spreadsheet.getSpreadsheetLocale',
    ]);
  });

  test('SMART_CHECK reads the KPI library file once per call, however many objectives', () => {
    const sheet = openSheet({ spreadsheetLocale: 'fr_FR' });
    const objectives = Array.from({ length: 10_000 }, (_, i) => [
      i % 2 ? `Augmenter le trafic organique de ${i} % d’ici fin 2027` : `Réduire le coût par lead de ${i} €`,
    ]);
    expect(sheet.SMART_CHECK(objectives, '', '', '', 'détail')).toHaveLength(10_000);
    expect(sheet.stubs.calls).toEqual(['HtmlService.createTemplateFromFile']);
  });

  test('a range with many bad cells asks the locale once and answers in French for fr_FR', () => {
    const sheet = openSheet({ spreadsheetLocale: 'fr_FR' });
    const result = sheet.KPI_VARIANCE(column('abc', 'def', 3), 2, 'hausse', 'absolu');
    expect(result).toEqual(
      column(
        '⚠ actual\u00a0: «\u00a0abc\u00a0» n’est pas un nombre (écrivez par ex. 12,5, 12.5, 1 234 ou 12 %)',
        '⚠ actual\u00a0: «\u00a0def\u00a0» n’est pas un nombre (écrivez par ex. 12,5, 12.5, 1 234 ou 12 %)',
        1,
      ),
    );
    expect(sheet.stubs.calls).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSpreadsheetLocale',
    ]);
  });

  test('a single-cell error is thrown in the spreadsheet language', () => {
    expect(thrownBy(() => openSheet({ spreadsheetLocale: 'fr_CA' }).KPI_VARIANCE(5, 0)).message).toBe(
      'la cible (target) vaut 0, un pourcentage n’a pas de sens\u00a0: utilisez la sortie «\u00a0absolu\u00a0»',
    );
    expect(thrownBy(() => openSheet({ spreadsheetLocale: 'en_GB' }).KPI_VARIANCE(5, 0)).message).toBe(
      'target is 0, so a percentage is undefined: use output "absolute"',
    );
    expect(thrownBy(() => openSheet({ spreadsheetLocale: 'de_DE' }).KPI_VARIANCE(5, 0)).message).toMatch(
      /^target is 0/,
    );
  });

  test('when the locale cannot be read, messages fall back to English', () => {
    const sheet = openSheet({ spreadsheetLocale: null });
    expect(thrownBy(() => sheet.KPI_VARIANCE(1, 2, 'sideways')).message).toMatch(/^direction: "sideways"/);
    expect(sheet.KPI_VARIANCE(column('x', 1), 2)).toEqual(
      column('⚠ actual: "x" is not a number (write e.g. 12.5, 12,5, 1 234 or 12 %)', -0.5),
    );
  });

  test('shape errors are in French too', () => {
    const sheet = openSheet({ spreadsheetLocale: 'fr' });
    expect(thrownBy(() => sheet.KPI_VARIANCE(column(1, 2), column(1, 2, 3))).message).toBe(
      'actual fait 2×1 mais target fait 3×1\u00a0: donnez des plages de même taille, ou une seule cellule',
    );
  });

  test('loading the script touches no service', () => {
    const sheet = openSheet();
    expect(typeof sheet.KPI_VARIANCE).toBe('function');
    expect(sheet.stubs.calls).toEqual([]);
  });
});
