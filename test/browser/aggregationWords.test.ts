import type { Lang } from '../../src/core/i18n';
import { screenshot } from '../helpers/browserChromium';
import { emulatorBackend } from '../helpers/browserEmulator';
import { sidebarSessions } from '../helpers/browserSessions';
import { wizard } from '../helpers/browserWizard';

// The aggregation said in words where it is chosen, the target read back with the user's own numbers,
// and the aggregation the objective's words propose (taken or left by the user, never imposed).

jest.setTimeout(120_000);

const sessions = sidebarSessions();

const CASES: readonly {
  lang: Lang;
  locale: 'fr_FR' | 'en_US';
  browserLocale: string;
  objective: string;
  kpi: string;
  target: string;
  level: string;
  total: string;
}[] = [
  {
    lang: 'fr',
    locale: 'fr_FR',
    browserLocale: 'fr-FR',
    objective: 'Atteindre 12 000 sessions organiques par mois d’ici le 30/06/2027',
    kpi: 'Trafic organique',
    target: '12 000',
    level: 'Soit 12\u202f000 par mois à atteindre d’ici le 30/06/2027.',
    total: 'Soit 12\u202f000 au total d’ici le 30/06/2027.',
  },
  {
    lang: 'en',
    locale: 'en_US',
    browserLocale: 'en-US',
    objective: 'Reach 12,000 organic sessions a month by June 30, 2027',
    kpi: 'Organic traffic',
    target: '12,000',
    level: 'That is 12,000 a month to reach by Jun 30, 2027.',
    total: 'That is 12,000 in total by Jun 30, 2027.',
  },
];

test.each(CASES)(
  '$lang: the aggregation says what the target means; the objective’s words propose the monthly level',
  async ({ lang, locale, browserLocale, objective, kpi: kpiName, target, level, total }) => {
    const { scope } = emulatorBackend({ locale });
    const { page, errors } = await sessions.open({ scope }, browserLocale);
    const w = wizard(page, lang);
    await w.button('newPlan').click();
    await page.getByLabel(w.text('planLanguage'), { exact: true }).selectOption(lang);
    await w.textbox(w.text('planName')).fill('Plan');
    await page.getByLabel(w.text('periodStart'), { exact: true }).fill('2027-01-01');
    await page.getByLabel(w.text('periodEnd'), { exact: true }).fill('2027-12-31');
    await w.next();
    await w.button('addStrategic').click();
    await w.textbox(w.text('strategicN', { n: 1 })).fill(objective);
    await w.button('addOperational').click();
    await w.textbox(w.text('operationalN', { n: 1, m: 1 })).fill(objective);
    await w.next();
    await w.expectHeading(/^KPI/);
    await page.getByRole('button', { name: w.text('addKpi', { name: kpiName }), exact: true }).click();

    const kpi = w.kpi(0);
    const aggregation = kpi.getByLabel(w.text('aggregation'), { exact: true });
    await kpi.getByLabel(new RegExp(`^${w.text('target')}`)).fill(target);
    await kpi.getByLabel(w.text('deadline'), { exact: true }).fill('2027-06-30');
    // The library's default for organic traffic is the level: nothing to propose, the words agree.
    await expect(aggregation.inputValue()).resolves.toBe('last');
    const hint = kpi.locator('.field .hint').filter({ hasText: /deadline|échéance/ });
    await expect(hint.first().textContent()).resolves.toBe(
      lang === 'fr'
        ? 'La cible est un niveau à atteindre à l’échéance\u00a0: seule compte la valeur du dernier mois suivi.'
        : 'The target is a level to reach by the deadline: only the latest month’s value counts.',
    );
    await expect(kpi.locator('.meaning').textContent()).resolves.toBe(level);
    await expect(kpi.locator('.proposal').count()).resolves.toBe(0);
    await screenshot(page, `${lang}-aggregation-level`);

    // Choosing "sum" says so, in the user's numbers, and the objective's words propose the level back.
    await aggregation.selectOption('sum');
    await expect(kpi.locator('.meaning').textContent()).resolves.toBe(total);
    await kpi
      .getByText(
        lang === 'fr'
          ? 'La cible est un total sur la période\u00a0: les mois suivis s’additionnent.'
          : 'The target is a total over the period: the months tracked add up.',
      )
      .waitFor();
    const proposal = kpi.locator('.proposal');
    await expect(proposal.locator('p').textContent()).resolves.toBe(
      lang === 'fr'
        ? 'D’après l’objectif, la cible est un niveau par mois à atteindre\u00a0: agrégation proposée «\u00a0Dernière valeur\u00a0».'
        : 'From the objective’s words, the target is a monthly level to reach: proposed aggregation “Last value”.',
    );
    await screenshot(page, `${lang}-aggregation-proposal`);

    // Taken: one click applies it.
    await proposal
      .getByRole('button', {
        name: w.text('aggUse', { label: lang === 'fr' ? 'Dernière valeur' : 'Last value' }),
      })
      .click();
    await expect(aggregation.inputValue()).resolves.toBe('last');
    await expect(kpi.locator('.proposal').count()).resolves.toBe(0);
    await expect(kpi.locator('.meaning').textContent()).resolves.toBe(level);

    // Left: the user's choice stays, the proposal goes.
    await aggregation.selectOption('sum');
    await proposal
      .getByRole('button', { name: w.text('aggKeep', { label: lang === 'fr' ? 'Somme' : 'Sum' }) })
      .click();
    await expect(kpi.locator('.proposal').count()).resolves.toBe(0);
    await expect(aggregation.inputValue()).resolves.toBe('sum');

    // An average is a level too: nothing to propose, and the target reads as a monthly average.
    await aggregation.selectOption('average');
    await expect(kpi.locator('.meaning').textContent()).resolves.toBe(
      lang === 'fr'
        ? 'Soit 12\u202f000 en moyenne par mois d’ici le 30/06/2027.'
        : 'That is 12,000 on average a month by Jun 30, 2027.',
    );
    await expect(kpi.locator('.proposal').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  },
);
