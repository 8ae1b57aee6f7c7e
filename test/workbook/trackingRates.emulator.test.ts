// Tracking warns about a rate typed outside 0–100 % ("1,45" for 1.45 % stores 145 %), through the real
// dist/Code.js against the emulator, read as the user sees the cells.
import type { KpiPlanInput } from '../../src/core/plan/schema';
import { openSession } from './helpers/emulatorBuild';

function plan(language: 'fr' | 'en'): KpiPlanInput {
  return {
    version: 1,
    name: language === 'fr' ? 'Boutique' : 'Store',
    language,
    currency: 'EUR',
    period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
    objectives: [
      {
        id: 'so-1',
        title:
          language === 'fr'
            ? 'Porter le chiffre d’affaires de 1 M€ à 1,2 M€ d’ici fin 2027'
            : 'Grow revenue from €1M to €1.2M by the end of 2027',
        operational: [
          {
            id: 'oo-1',
            title:
              language === 'fr'
                ? 'Porter le taux de conversion de 1,2 % à 1,8 % d’ici fin 2027'
                : 'Raise the conversion rate from 1.2% to 1.8% by the end of 2027',
            kpis: [
              // Library rate: bounded.
              {
                id: 'conversion',
                name: 'Conversion',
                libraryId: 'conversion_rate',
                unit: 'percent',
                direction: 'higher',
                target: 0.018,
              },
              // Library growth rate: may exceed 100 %.
              {
                id: 'growth',
                name: 'Growth',
                libraryId: 'revenue_growth',
                unit: 'percent',
                direction: 'higher',
                target: 0.2,
              },
              // A percent of the user's own: a rate unless the library says otherwise.
              { id: 'custom', name: 'Custom share', unit: 'percent', direction: 'higher', target: 0.5 },
              {
                id: 'orders',
                name: 'Orders',
                libraryId: 'orders',
                unit: 'number',
                direction: 'higher',
                target: 5000,
              },
            ],
          },
        ],
      },
    ],
  };
}

const HELP = {
  fr: 'Un taux entre 0 et 100\u202f%, par ex. 1,45\u202f% ou 0,0145. Laissez vide si pas de donnée.',
  en: 'A rate between 0 and 100%, e.g. 1.45% or 0.0145. Leave empty when there is no data.',
} as const;

describe.each([
  ['fr', 'fr_FR', 'Suivi', '1,45', '1,45 %'],
  ['en', 'en_US', 'Tracking', '1.45', '1.45%'],
] as const)('Tracking rates (%s)', (lang, locale, sheetName, typedFraction, typedPercent) => {
  function built() {
    const session = openSession({ locale, userLocale: locale });
    const summary = session.scope.buildWorkbook(JSON.stringify(plan(lang)));
    if (!(summary as { ok: boolean }).ok) throw new Error(JSON.stringify(summary));
    const sheet = session.ss.getSheetByName(sheetName)!;
    const rowOf = (id: string) => 4 + ['conversion', 'growth', 'custom', 'orders'].indexOf(id);
    return { ...session, sheet, rowOf };
  }

  test('a rate cell carries a warning-only validation between 0 and 1 with the help text', () => {
    const { em, rowOf } = built();
    const view = em.view(sheetName);
    for (const id of ['conversion', 'custom'])
      expect(view.cell(rowOf(id), 5).validation).toEqual({
        criteria: 'NUMBER_BETWEEN',
        values: [0, 1],
        allowInvalid: true,
        helpText: HELP[lang],
      });
    // A growth rate and a count keep the plain "numbers only" rule, refused when not a number.
    for (const id of ['growth', 'orders'])
      expect(view.cell(rowOf(id), 5).validation).toMatchObject({ allowInvalid: false });
    expect(view.cell(rowOf('growth'), 5).validation?.helpText).not.toBe(HELP[lang]);
  });

  test('typing the percent figure as a fraction is flagged, the rate itself is not', () => {
    const { em, sheet, rowOf } = built();
    const row = rowOf('conversion');
    sheet.getRange(row, 5).setValue(typedFraction); // meant 1.45 %, stores 145 %
    sheet.getRange(row, 6).setValue(typedPercent); // 1.45 %
    sheet.getRange(row, 7).setValue(lang === 'fr' ? '0,0145' : '0.0145');
    sheet.getRange(rowOf('growth'), 5).setValue(typedFraction); // +145 % growth is possible
    const view = em.view(sheetName);
    expect(view.cell(row, 5)).toMatchObject({
      display: lang === 'fr' ? '145,0%' : '145.0%',
      invalid: true,
    });
    expect(view.cell(row, 6)).toMatchObject({ invalid: false });
    expect(view.cell(row, 6).value).toBeCloseTo(0.0145, 10);
    expect(view.cell(row, 7)).toMatchObject({ invalid: false });
    expect(view.cell(rowOf('growth'), 5)).toMatchObject({ invalid: false });
    // Warned, not refused: the value the user typed is kept.
    expect(view.cell(row, 5).value).toBeCloseTo(1.45, 10);
  });

  test('a rebuild keeps the typed values and the warning', () => {
    const { em, scope, sheet, rowOf } = built();
    const row = rowOf('conversion');
    sheet.getRange(row, 5).setValue(typedFraction);
    sheet.getRange(row, 6).setValue(typedPercent);
    scope.rebuildFromWorkbook();
    expect(em.toasts().at(-1)?.message).toMatch(lang === 'fr' ? /2 restées en place/ : /2 kept in place/);
    const view = em.view(sheetName);
    expect(view.cell(row, 5)).toMatchObject({ invalid: true, validation: { helpText: HELP[lang] } });
    expect(view.cell(row, 6)).toMatchObject({ invalid: false, validation: { helpText: HELP[lang] } });
  });
});
