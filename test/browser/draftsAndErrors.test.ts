import { screenshot } from '../helpers/browserChromium';
import { sidebarSessions } from '../helpers/browserSessions';
import { emulatorBackend } from '../helpers/browserEmulator';
import { wizard } from '../helpers/browserWizard';
import { until } from '../helpers/until';

// Drafts across reloads, messages for bad values (the page's and the plan schema's on the server),
// loading the plan back from a built workbook, and switching the wizard's language.

jest.setTimeout(120_000);

const sessions = sidebarSessions();

test('a long draft survives a reload in the KPI step, chunked in the document properties', async () => {
  const { emulator, scope } = emulatorBackend({ locale: 'en_US' });
  const { page, errors, server } = await sessions.open({ scope, latencyMs: 20 }, 'en-GB');
  const w = wizard(page, 'en');
  await w.button('newPlan').click();
  await w.textbox(w.text('planName')).fill('Reload plan');
  const longStrategy = 'Become the reference for eco-designed furniture in Europe. '.repeat(15).trim();
  await w.textbox(w.text('strategy')).fill(longStrategy);
  await w.next();
  for (let i = 1; i <= 4; i++) {
    await w.button('addStrategic').click();
    await w
      .textbox(w.text('strategicN', { n: i }))
      .fill(`Strategic objective number ${i} — ${'é'.repeat(900)}`);
    await page
      .getByRole('button', { name: w.text('addOperational') })
      .nth(i - 1)
      .click();
    await w
      .textbox(w.text('operationalN', { n: i, m: 1 }))
      .fill(`Increase newsletter subscribers by ${i}0% by June 2027`);
  }
  await w.next();
  await w.button('customKpi').first().click();
  const kpi = w.kpi(0);
  await kpi.getByLabel(w.text('kpiName'), { exact: true }).fill('Subscribers');
  await kpi.getByLabel(w.text('target'), { exact: true }).fill('12 000');
  // The last keystrokes' debounced save has reached the document (a call is recorded once the server
  // function has run, before its answer goes back).
  const savedTarget = await until(
    () => server.calls.some((c) => c.name === 'saveDraft' && JSON.stringify(c.args).includes('12 000')),
    Boolean,
  );
  expect(savedTarget).toBe(true);

  const stored = [...emulator.properties.document.data.entries()].filter(([k]) =>
    k.startsWith('kpikit.draft'),
  );
  expect(stored.length).toBeGreaterThan(2); // pointer + several chunks
  for (const [, value] of stored) expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(9 * 1024);

  await page.reload();
  await w.button('continueDraft').click();
  await w.expectHeading(/^KPIs/);
  await expect(w.kpi(0).getByLabel(w.text('target'), { exact: true }).inputValue()).resolves.toBe('12 000');
  await expect(w.kpi(0).getByLabel(w.text('kpiName'), { exact: true }).inputValue()).resolves.toBe(
    'Subscribers',
  );
  await page.getByRole('button', { name: /Context/ }).click();
  await expect(w.textbox(w.text('strategy')).inputValue()).resolves.toBe(longStrategy);

  // "New plan" does not silently throw the draft away.
  await page.reload();
  await w.button('newPlan').click();
  await page.getByText(w.text('confirmDiscard')).waitFor();
  await w.button('cancel').click();
  // "Continue" is there while the question is asked too: the question gone proves the cancel was handled.
  await page.getByText(w.text('confirmDiscard')).waitFor({ state: 'detached' });
  await expect(w.button('newPlan').count()).resolves.toBe(1);
  await expect(w.button('continueDraft').count()).resolves.toBe(1);
  expect(errors).toEqual([]);
});

test('bad values show messages where they are typed, and the review lists them with a way to fix', async () => {
  const { scope } = emulatorBackend({ locale: 'fr_FR' });
  const { page, errors, server } = await sessions.open({ scope }, 'fr-FR');
  const w = wizard(page, 'fr');
  await w.button('newPlan').click();
  // User text is shown as text, never parsed as HTML.
  const hostile = '<img src=x onerror="window.__pwned=1">Plan hebdomadaire';
  await w.textbox(w.text('planName')).fill(hostile);
  await w.textbox(w.text('currency')).fill('euros');
  await page.getByText(w.text('currencyCode')).waitFor();
  await expect(w.textbox(w.text('currency')).getAttribute('aria-invalid')).resolves.toBe('true');
  await w.textbox(w.text('currency')).fill('EUR');
  // Fifteen years of weeks: fine for the page, refused by the plan schema on the server.
  await page.getByLabel(w.text('periodStart'), { exact: true }).fill('2020-01-01');
  await page.getByLabel(w.text('periodEnd'), { exact: true }).fill('2035-12-31');
  await page.getByLabel(w.text('frequency'), { exact: true }).selectOption('weekly');
  await w.next();
  await w.button('addStrategic').click();
  await w.textbox(w.text('strategicN', { n: 1 })).fill('Augmenter le trafic');
  await w.button('addOperational').click();
  await w.textbox(w.text('operationalN', { n: 1, m: 1 })).fill('Augmenter les sessions organiques');
  await w.next();
  await w.button('customKpi').click();
  await w.kpi(0).getByLabel(w.text('kpiName'), { exact: true }).fill('Sessions');
  await w.kpi(0).getByLabel(w.text('target'), { exact: true }).fill('beaucoup');
  await page.getByText('«\u00a0beaucoup\u00a0» n’est pas un nombre (ex. 12,5).').waitFor();
  await w.next();

  // The review: the page's problem, with a button that goes to the field.
  const toFix = page.getByRole('region', { name: w.text('toFix') });
  await toFix.locator('.where', { hasText: 'Objectif opérationnel 1.1 › KPI 1 › Cible' }).waitFor();
  await expect(w.button('build').isDisabled()).resolves.toBe(true);
  await toFix.getByRole('button', { name: /^Corriger/ }).click();
  await w.expectHeading(/^KPI/);
  await page.waitForFunction(
    `document.activeElement && document.activeElement.id === 'f-objectives-0-operational-0-kpis-0-target'`,
  );
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12000');
  await page.getByRole('button', { name: /Vérifier et créer/ }).click();

  await expect(page.locator('.plan-name').textContent()).resolves.toBe(hostile);
  await expect(page.locator('main img').count()).resolves.toBe(0);
  await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();

  // Now the plan schema, on the server, has its say: too many weekly columns, in words, at "Période".
  await toFix.getByText(/520/).waitFor();
  await expect(toFix.locator('.where').allTextContents()).resolves.toEqual([w.text('period')]);
  await screenshot(page, 'fr-errors-server-problem');
  await expect(w.button('build').isDisabled()).resolves.toBe(true);
  await toFix.getByRole('button', { name: /^Corriger/ }).click();
  await w.expectHeading(/^Contexte/);
  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'f-period-start'`);
  await page.getByLabel(w.text('frequency'), { exact: true }).selectOption('monthly');
  await page.getByRole('button', { name: /Vérifier et créer/ }).click();
  // The server's check runs after a short pause and a round trip. The page clears the server's problems
  // while it asks again, so "nothing to fix" shows before the answer: wait for the server's check of the
  // monthly plan itself, and see that it found nothing.
  const monthlyChecks = await until(
    () =>
      server.calls.filter(
        (c) =>
          c.name === 'checkPlan' &&
          (c.args[0] as { period?: { frequency?: string } }).period?.frequency === 'monthly',
      ),
    (checks) => checks.length > 0,
  );
  expect(monthlyChecks.length).toBeGreaterThan(0);
  for (const check of monthlyChecks) expect(check.value).toEqual([]);
  await expect(
    until(
      () => toFix.count(),
      (n) => n === 0,
    ),
  ).resolves.toBe(0);
  await expect(w.button('build').isEnabled()).resolves.toBe(true);
  expect(errors).toEqual([]);
});

test('loads the plan from a workbook built earlier, edits it and rebuilds; the language can be switched', async () => {
  const { emulator, scope } = emulatorBackend({ locale: 'fr_FR' });
  const plan = {
    version: 1,
    name: 'Plan existant',
    language: 'fr',
    period: { start: '2027-01-01', end: '2027-12-31', frequency: 'quarterly' },
    objectives: [
      {
        id: 'so-1',
        title: 'Fidéliser les clients',
        operational: [
          {
            id: 'oo-1',
            title: 'Réduire le taux de churn de 5 % à 4 % d’ici fin 2027',
            kpis: [
              {
                id: 'churn',
                name: 'Taux de churn',
                unit: 'percent',
                direction: 'lower',
                baseline: 0.05,
                target: 0.04,
              },
            ],
          },
        ],
      },
    ],
  };
  expect((scope.buildWorkbook as (p: unknown) => { ok: boolean })(JSON.parse(JSON.stringify(plan))).ok).toBe(
    true,
  );
  const { page, errors } = await sessions.open({ scope }, 'fr-FR');
  const w = wizard(page, 'fr');

  await w.button('loadFromWorkbook').click();
  await w.expectHeading(/^Contexte/);
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe('Plan existant');
  await page.getByRole('button', { name: /KPI/ }).first().click();
  // Percent values come back in percent, in French.
  await expect(
    w
      .kpi(0)
      .getByLabel(/^Cible/)
      .inputValue(),
  ).resolves.toBe('4');
  await expect(
    w
      .kpi(0)
      .getByLabel(/^Valeur de départ/)
      .inputValue(),
  ).resolves.toBe('5');
  await w
    .kpi(0)
    .getByLabel(/^Cible/)
    .fill('3,5');

  // The wizard speaks English on request; the plan (and its sheets) stay French.
  await page.getByLabel('Langue').selectOption('en');
  await page.getByRole('heading', { level: 2, name: /^KPIs/ }).waitFor();
  // <html lang> is set by an effect that runs after the heading is drawn.
  await expect(
    until(
      () => page.evaluate('document.documentElement.lang'),
      (l) => l === 'en',
    ),
  ).resolves.toBe('en');
  await page.getByRole('button', { name: /Review and build/ }).click();
  await page.getByRole('button', { name: 'Build the scorecard' }).click();
  // The workbook was built before: the sidebar says the scorecard was updated.
  await page.getByText('Scorecard updated.').waitFor({ timeout: 30_000 });
  const objectives = emulator.view('Objectifs');
  const targetCells = objectives.rows.flat().filter((c) => c.value === 0.035);
  expect(targetCells.length).toBe(1);
  await screenshot(page, 'en-ui-fr-plan-rebuilt');
  expect(errors).toEqual([]);
});

test('while another build holds the lock, Build shows progress, then the refusal in words; then it builds', async () => {
  const { emulator, scope } = emulatorBackend({ locale: 'fr_FR' });
  const { page, errors } = await sessions.open(
    { scope, latencyFor: (name) => (name === 'buildWorkbook' ? 600 : 10) },
    'fr-FR',
  );
  const w = wizard(page, 'fr');
  await w.button('newPlan').click();
  await w.textbox(w.text('planName')).fill('Plan verrouillé');
  await w.next();
  await w.button('addStrategic').click();
  await w.textbox(w.text('strategicN', { n: 1 })).fill('Augmenter les ventes de 10 % d’ici fin 2027');
  await w.button('addOperational').click();
  await w
    .textbox(w.text('operationalN', { n: 1, m: 1 }))
    .fill('Augmenter le chiffre d’affaires de 100 000 € à 110 000 € d’ici fin 2027');
  await w.next();
  await w.button('customKpi').click();
  await w.kpi(0).getByLabel(w.text('kpiName'), { exact: true }).fill('CA');
  await w.kpi(0).getByLabel(w.text('target'), { exact: true }).fill('110000');
  await w.next();

  const release = emulator.locks.holdDocumentLock();
  await w.button('build').click();
  await page.getByRole('progressbar', { name: w.text('building') }).waitFor();
  await expect(w.button('build').isDisabled()).resolves.toBe(true);
  await screenshot(page, 'fr-build-progress');
  const alert = page.getByRole('alert');
  await alert.getByText(/Une autre construction KPI Kit est en cours/).waitFor();
  await expect(alert.getByRole('button', { name: /Corriger/ }).count()).resolves.toBe(0);
  expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Objectifs')).toBeNull();

  release();
  await w.button('build').click();
  await page.getByText(w.text('built'), { exact: true }).waitFor({ timeout: 30_000 });
  expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Objectifs')).not.toBeNull();
  expect(errors).toEqual([]);
});

test.each([
  ['fr', 'fr_FR', 'fr-FR'],
  ['en', 'en_GB', 'en-GB'],
] as const)(
  'a nearly full document (%s): the footer warns, a draft that cannot fit is refused in words and the saved one kept',
  async (lang, locale, browserLocale) => {
    const { emulator, scope } = emulatorBackend({ locale });
    // Other data of the document leaves about 2 KB of its 500 KB.
    const doc = emulator.PropertiesService.getDocumentProperties();
    for (let i = 0; i < 56; i++) doc.setProperty(`other.${i}`, 'x'.repeat(9000));
    doc.setProperty('other.last', 'x'.repeat(5500));
    const { page, server } = await sessions.open({ scope, latencyMs: 20 }, browserLocale);
    const w = wizard(page, lang);
    await w.button('newPlan').click();
    await w.textbox(w.text('planName')).fill('Plan 2027');
    await page.getByText(w.text('nearLimit')).waitFor();
    await screenshot(page, `${lang}-draft-near-limit`);

    // Within the page's 500 characters, but 2 bytes each in UTF-8.
    await w.textbox(w.text('strategy')).fill('é'.repeat(480));
    await w.textbox(w.text('goal')).fill('è'.repeat(480));
    const refusal =
      lang === 'fr'
        ? /^Le brouillon n’a pas pu être enregistré\u00a0: il fait \d+\u00a0Ko et les 500\u00a0Ko de stockage du module dans ce classeur n’en laissent que \d+\u00a0Ko .*Le brouillon enregistré précédemment est conservé\.$/
        : /^The draft could not be saved: it takes \d+ KB and this document's 500 KB of add-on storage has \d+ KB left .*The previously saved draft is kept\.$/;
    await page.getByText(refusal).waitFor();
    await screenshot(page, `${lang}-draft-too-big`);
    expect(server.calls.some((c) => c.name === 'saveDraft' && !c.ok)).toBe(true);

    // The document still holds the last draft that fitted.
    await page.reload();
    await w.button('continueDraft').click();
    await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe('Plan 2027');
    await expect(w.textbox(w.text('strategy')).inputValue()).resolves.toBe('');
  },
);
