import { SMART_CRITERIA, formatSmartText, smartCheck } from '../../src/core/smart';
import { column, openSheet, thrownBy } from './harness';

// SMART_CHECK adapts Sheets' arguments to src/core/smart; the criteria themselves are tested there. These
// tests check that each argument reaches the core as it should, and the shape of every format.
const OBJECTIVES = [
  'Augmenter le taux de conversion de 2 % à 3 % d’ici le 31/12/2027',
  'Increase newsletter sign-ups from 400 to 600 per month by Q3 2027',
  'Être plus connus',
];

describe('SMART_CHECK through dist/Code.js', () => {
  test('"text" (default) is the core verdict as one cell', () => {
    const sheet = openSheet();
    for (const objective of OBJECTIVES) {
      const expected = formatSmartText(smartCheck({ objective }));
      expect(sheet.SMART_CHECK(objective)).toBe(expected);
      expect(sheet.SMART_CHECK(objective, '', '', '', 'texte')).toBe(expected);
    }
  });

  test('"score" is the number of criteria met, 0–5', () => {
    const sheet = openSheet();
    const scores = sheet.SMART_CHECK(
      column(...OBJECTIVES),
      undefined,
      undefined,
      undefined,
      'score',
    ) as unknown[][];
    expect(scores).toEqual(column(...OBJECTIVES.map((objective) => smartCheck({ objective }).score)));
    for (const [score] of scores) expect(score).toBeGreaterThanOrEqual(0);
  });

  test('"detail": one row [score, S, M, A, R, T, hint] per objective, a column of N gives N×7', () => {
    const sheet = openSheet();
    const rows = sheet.SMART_CHECK(column(...OBJECTIVES, ''), '', '', '', 'détail') as unknown[][];
    expect(rows.map((r) => r.length)).toEqual([7, 7, 7, 7]);
    OBJECTIVES.forEach((objective, i) => {
      const result = smartCheck({ objective });
      expect(rows[i]?.slice(0, 6)).toEqual([result.score, ...SMART_CRITERIA.map((c) => result.criteria[c])]);
      expect(typeof rows[i]?.[6]).toBe('string');
    });
    expect(rows[3]).toEqual(['', '', '', '', '', '', '']);
    expect(sheet.SMART_CHECK(OBJECTIVES[0], '', '', '', 'DETAIL')).toEqual([rows[0]]);
  });

  test('deadline, baseline and target reach the core parsed, per objective or shared', () => {
    const sheet = openSheet();
    const objective = 'Réduire le coût par lead';
    const expected = formatSmartText(
      smartCheck({ objective, deadline: { year: 2027, month: 6, day: 30 }, baseline: 40, target: 32 }),
    );
    expect(sheet.SMART_CHECK(objective, sheet.date(2027, 6, 30), 40, 32)).toBe(expected);
    expect(sheet.SMART_CHECK(objective, '30/06/2027', '40', '32,0')).toBe(expected);
    expect(sheet.SMART_CHECK(column(objective, objective), '30 juin 2027', column(40, 40), 32)).toEqual(
      column(expected, expected),
    );
  });

  test('a blank objective gives a blank; a bad argument in a range stays in its cell', () => {
    const sheet = openSheet();
    expect(sheet.SMART_CHECK('')).toBe('');
    const result = sheet.SMART_CHECK(
      column(OBJECTIVES[0], OBJECTIVES[1]),
      column('2027-06-30', 'bientôt'),
    ) as unknown[][];
    expect(result[1]).toEqual([
      '⚠ deadline: "bientôt" is not a date (write 2027-06-30, 30/06/2027, 30 June 2027 or use a date cell)',
    ]);
    expect(typeof result[0]?.[0]).toBe('string');
    const detail = sheet.SMART_CHECK(column(OBJECTIVES[0], true), '', '', '', 'detail') as unknown[][];
    expect(detail[1]).toEqual(['⚠ objective: "TRUE" is not text', '', '', '', '', '', '']);
  });

  test('format errors: unknown word, or a range', () => {
    const sheet = openSheet({ spreadsheetLocale: 'fr_FR' });
    expect(thrownBy(() => sheet.SMART_CHECK(OBJECTIVES[0], '', '', '', 'long')).message).toBe(
      'format\u00a0: «\u00a0long\u00a0» n’est pas un mot accepté\u202f; utilisez l’un de "text", "texte", "score", "note", "detail", "details", "détail", "détails"',
    );
    expect(
      thrownBy(() => sheet.SMART_CHECK(OBJECTIVES[0], '', '', '', column('text', 'score'))).message,
    ).toBe('format doit être une seule cellule ou valeur, pas une plage');
    expect(thrownBy(() => sheet.SMART_CHECK(OBJECTIVES[0], '', 'quarante')).message).toMatch(
      /^baseline\u00a0: «\u00a0quarante\u00a0»/,
    );
  });
});
