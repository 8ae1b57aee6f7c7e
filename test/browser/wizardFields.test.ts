import { screenshot } from '../helpers/browserChromium';
import { emulatorBackend } from '../helpers/browserEmulator';
import { sidebarSessions } from '../helpers/browserSessions';
import { type WizardDriver, wizard } from '../helpers/browserWizard';
import { until } from '../helpers/until';

// The fields people trip on: numbers typed with a currency or thousands, a deadline before the plan
// starts, a target equal to its baseline, KPI suggestions from the objective's own words, and undoing a
// removal.

jest.setTimeout(120_000);

const sessions = sidebarSessions();

/** A new plan from Start to the KPI step: one strategic and one operational objective. */
async function toKpis(w: WizardDriver, plan: { start: string; strategic: string; operational: string }) {
  await w.button('newPlan').click();
  await w.textbox(w.text('planName')).fill('Plan');
  await w.page.getByLabel(w.text('periodStart'), { exact: true }).fill(plan.start);
  await w.page.getByLabel(w.text('periodEnd'), { exact: true }).fill('2027-12-31');
  await w.next();
  await w.button('addStrategic').click();
  await w.textbox(w.text('strategicN', { n: 1 })).fill(plan.strategic);
  await w.button('addOperational').click();
  await w.textbox(w.text('operationalN', { n: 1, m: 1 })).fill(plan.operational);
  await w.next();
  await w.expectHeading(/^KPI/);
}

test('French: the basket objective suggests « Panier moyen » first, with why; amounts in euros are read', async () => {
  const { scope } = emulatorBackend({ locale: 'fr_FR' });
  const { page, errors } = await sessions.open({ scope }, 'fr-FR');
  const w = wizard(page, 'fr');
  await toKpis(w, {
    start: '2027-01-01',
    strategic: 'Augmenter le taux de conversion et le trafic du site',
    operational: 'Augmenter le panier moyen de 32 € à 38 € d’ici fin 2027',
  });
  const suggestions = page.locator('.picker > .choices').first().locator('.choice');
  await expect(suggestions.locator('.choice-name').first().textContent()).resolves.toBe('Panier moyen');
  await expect(suggestions.first().locator('.choice-why').textContent()).resolves.toBe(
    w.text('suggestedOwn'),
  );
  // The parent's KPIs follow, said to come from the strategic objective, more than three in all.
  await expect(suggestions.count()).resolves.toBeGreaterThan(3);
  await expect(suggestions.nth(1).locator('.choice-why').textContent()).resolves.toBe(
    w.text('suggestedParent'),
  );
  await page.getByRole('button', { name: w.text('addKpi', { name: 'Panier moyen' }), exact: true }).click();
  const kpi = w.kpi(0);
  await kpi.getByLabel(/^Valeur de départ/).fill('32 €');
  await kpi.getByLabel(/^Cible/).fill('1 238,50 €');
  await kpi.getByText('Lu\u00a0: 1\u202f238,5').waitFor();
  await expect(kpi.locator('.error').count()).resolves.toBe(0);
  await screenshot(page, 'fr-fields-suggestions-numbers');
  expect(errors).toEqual([]);
});

test('English: "200,000" and "£38" are numbers; a deadline before the start is refused everywhere; equal baseline warns', async () => {
  const { scope } = emulatorBackend({ locale: 'en_GB' });
  const { page, errors, server } = await sessions.open({ scope }, 'en-GB');
  const w = wizard(page, 'en');
  await w.button('newPlan').click();
  await page.getByLabel(w.text('planLanguage'), { exact: true }).selectOption('en');
  await w.textbox(w.text('planName')).fill('Client plan');
  await page.getByLabel(w.text('periodStart'), { exact: true }).fill('2027-01-01');
  await page.getByLabel(w.text('periodEnd'), { exact: true }).fill('2027-12-31');
  // No accent colour yet: the picker says so (a hatched swatch), it does not show black.
  const picker = page.getByLabel(w.text('accentPicker'), { exact: true });
  await expect(picker.getAttribute('class')).resolves.toBe('unset');
  await expect(picker.getAttribute('title')).resolves.toBe(w.text('noAccent'));
  await expect(picker.inputValue()).resolves.not.toBe('#000000');
  await screenshot(page, 'en-context-no-accent');
  await w.next();
  await w.button('addStrategic').click();
  await w.textbox(w.text('strategicN', { n: 1 })).fill('Grow the audience of the blog');
  await w.button('addOperational').click();
  await w
    .textbox(w.text('operationalN', { n: 1, m: 1 }))
    .fill('Increase organic sessions from 150,000 to 200,000 by the end of 2027');
  await w.next();
  await w.button('customKpi').click();
  const kpi = w.kpi(0);
  await kpi.getByLabel(w.text('kpiName'), { exact: true }).fill('Organic sessions');
  await kpi.getByLabel(w.text('target'), { exact: true }).fill('200,000');
  await kpi.getByText('Read as: 200,000').waitFor();
  await kpi.getByLabel(w.text('baseline'), { exact: true }).fill('£38');
  await kpi.getByText('Read as: 38').waitFor();
  await expect(kpi.locator('.error').count()).resolves.toBe(0);

  // Nothing to achieve: a warning beside the target, and on Review, but the build is allowed.
  await kpi.getByLabel(w.text('baseline'), { exact: true }).fill('200000');
  await kpi.getByText(w.text('baselineIsTarget')).waitFor();
  await kpi.getByLabel(w.text('baseline'), { exact: true }).fill('150,000');

  // A deadline before the plan starts: refused at once in the field.
  await kpi.getByLabel(w.text('deadline'), { exact: true }).fill('2026-06-30');
  await kpi.getByText(w.text('deadlineBeforeStart', { start: '2027-01-01' })).waitFor();
  await expect(
    kpi.getByLabel(w.text('deadline'), { exact: true }).getAttribute('aria-invalid'),
  ).resolves.toBe('true');
  await w.next();
  const toFix = page.getByRole('region', { name: w.text('toFix') });
  await toFix.locator('.where', { hasText: 'Operational objective 1.1 › KPI 1 › Deadline' }).waitFor();
  await expect(w.button('build').isDisabled()).resolves.toBe(true);
  await screenshot(page, 'en-fields-deadline-before-start');

  // The server refuses it too, whatever the page says.
  const plan = {
    version: 1,
    name: 'Client plan',
    language: 'en',
    period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
    objectives: [
      {
        id: 'so-1',
        title: 'Grow',
        operational: [
          {
            id: 'oo-1',
            title: 'Grow',
            kpis: [
              {
                id: 'k',
                name: 'Sessions',
                unit: 'number',
                direction: 'higher',
                target: 1,
                deadline: '2026-06-30',
              },
            ],
          },
        ],
      },
    ],
  };
  const refused = (scope.buildWorkbook as (p: unknown) => { ok: boolean; problems?: { path: string }[] })(
    plan,
  );
  expect(refused.ok).toBe(false);
  expect(refused.problems?.map((p) => p.path)).toEqual(['objectives[0].operational[0].kpis[0].deadline']);

  // Fixed, then the equal baseline shows on Review as something worth a look, not a blocker.
  await toFix.getByRole('button', { name: /^Fix/ }).click();
  await w.expectHeading(/^KPI/);
  await kpi.getByLabel(w.text('deadline'), { exact: true }).fill('2027-12-31');
  await kpi.getByLabel(w.text('baseline'), { exact: true }).fill('200000');
  await page
    .getByRole('button', { name: /Review/ })
    .first()
    .click();
  const attention = page.getByRole('region', { name: w.text('attention') });
  await attention.getByText(w.text('baselineIsTarget')).waitFor();
  await until(() => server.calls.some((c) => c.name === 'checkPlan'), Boolean);
  await expect(until(() => w.button('build').isEnabled(), Boolean)).resolves.toBe(true);
  expect(errors).toEqual([]);
});

test('removing an objective offers Undo, which brings it back with its KPIs', async () => {
  const { scope } = emulatorBackend({ locale: 'fr_FR' });
  const { page, errors } = await sessions.open({ scope }, 'fr-FR');
  const w = wizard(page, 'fr');
  await toKpis(w, {
    start: '2027-01-01',
    strategic: 'Fidéliser les clients',
    operational: 'Réduire le taux de churn de 5 % à 4 % d’ici fin 2027',
  });
  await w.button('customKpi').click();
  await w.kpi(0).getByLabel(w.text('kpiName'), { exact: true }).fill('Churn');
  await page
    .getByRole('button', { name: /Objectifs/ })
    .first()
    .click();
  const label = w.text('operationalN', { n: 1, m: 1 });
  await page.getByRole('button', { name: w.text('remove', { what: label }), exact: true }).click();
  await expect(w.textbox(label).count()).resolves.toBe(0);
  const notice = page.locator('.undo');
  await expect(notice.textContent()).resolves.toContain(w.text('removed', { what: label }));
  await screenshot(page, 'fr-objectives-undo');
  await w.button('undoRemove').click();
  await expect(w.textbox(label).inputValue()).resolves.toBe(
    'Réduire le taux de churn de 5 % à 4 % d’ici fin 2027',
  );
  await expect(notice.count()).resolves.toBe(0);
  await w.next();
  await expect(w.kpi(0).getByLabel(w.text('kpiName'), { exact: true }).inputValue()).resolves.toBe('Churn');
  expect(errors).toEqual([]);
});
