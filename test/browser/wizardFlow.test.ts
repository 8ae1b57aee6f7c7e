import type { Browser } from 'playwright-core';
import { launchChromium, screenshot, sidebarPage } from '../helpers/browserChromium';
import { stubBackend } from '../helpers/browserBackend';
import { type SidebarServer, startSidebarServer } from '../helpers/browserServer';
import { until } from '../helpers/until';

// The wizard in a real browser, against the real server functions of dist/Code.js (drafts in a
// document property store with Sheets' quotas). Building the workbook is covered in build.test.ts.

jest.setTimeout(90_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(locale: string, serverLocale: string) {
  const backend = stubBackend({ locale: serverLocale });
  const server = await startSidebarServer({ scope: backend.scope, latencyMs: 30 });
  const { page, errors } = await sidebarPage(browser, locale);
  await page.goto(server.url);
  return { backend, server, page, errors };
}

describe('the wizard in French', () => {
  let server: SidebarServer | undefined;
  afterEach(async () => server?.close());

  test('goes from a new plan to the review, and the draft survives a reload', async () => {
    const run = await open('fr-FR', 'fr_FR');
    server = run.server;
    const { page, errors } = run;
    await page.getByRole('heading', { level: 2, name: /Démarrer/ }).waitFor();
    await screenshot(page, 'fr-1-start');
    await page.getByRole('button', { name: 'Nouveau plan' }).click();
    await page
      .locator('#step-heading')
      .filter({ hasText: /Contexte/ })
      .waitFor();
    // The focus moves on a timer after the step is drawn.
    await expect(
      until(
        () => page.evaluate('document.activeElement.id'),
        (id) => id === 'step-heading',
      ),
    ).resolves.toBe('step-heading');

    await page.getByLabel('Nom du plan').fill('Croissance e-commerce 2027');
    await page.getByLabel('Stratégie').fill('Devenir la référence en ligne du mobilier éco-conçu');
    await page.getByLabel('But', { exact: true }).fill("Doubler le chiffre d'affaires en ligne en deux ans");
    await page.getByLabel('Début de la période').fill('2027-01-01');
    await page.getByLabel('Fin de la période').fill('2027-12-31');
    await screenshot(page, 'fr-2-context');
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await page
      .locator('#step-heading')
      .filter({ hasText: /Objectifs/ })
      .waitFor();

    await page.getByRole('button', { name: /Ajouter un objectif stratégique/ }).click();
    const so = page.getByRole('textbox', { name: 'Objectif stratégique 1', exact: true });
    await expect(
      until(() => so.evaluate((el) => el === el.ownerDocument.activeElement), Boolean),
    ).resolves.toBe(true);
    await so.fill("Augmenter les ventes en ligne de 20 % d'ici fin 2027");
    await page.getByRole('button', { name: /Ajouter un objectif opérationnel/ }).click();
    await page
      .getByRole('textbox', { name: 'Objectif opérationnel 1.1', exact: true })
      .fill("Porter le taux de conversion de 1,8 % à 2,4 % d'ici le 30 juin 2027");
    const smart = page.locator('.operational .smart');
    await expect(smart.locator('li').count()).resolves.toBe(5);
    await expect(smart.locator('.smart-score').textContent()).resolves.toMatch(/SMART\u00a0: \d\/5/);
    await screenshot(page, 'fr-3-objectives');

    // The draft is saved as the user goes: wait for the autosave of the last text typed, then reload the
    // page. ("Brouillon enregistré à" may already show from an earlier save: it proves nothing here.)
    const operationalSaved = await until(
      () =>
        run.server.calls.some(
          (c) => c.name === 'saveDraft' && JSON.stringify(c.args).includes("2,4 % d'ici le 30 juin 2027"),
        ),
      Boolean,
    );
    expect(operationalSaved).toBe(true);
    await page.getByText(/Brouillon enregistré à/).waitFor();
    expect(run.server.calls.filter((c) => c.name === 'saveDraft').every((c) => c.ok)).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Reprendre le brouillon' }).click();
    await page
      .locator('#step-heading')
      .filter({ hasText: /Objectifs/ })
      .waitFor();
    await expect(
      page.getByRole('textbox', { name: 'Objectif opérationnel 1.1', exact: true }).inputValue(),
    ).resolves.toBe("Porter le taux de conversion de 1,8 % à 2,4 % d'ici le 30 juin 2027");
    await expect(page.getByLabel('Nom du plan').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await page.locator('#step-heading').filter({ hasText: /KPI/ }).waitFor();
    // Suggested from the objective's own words by the library's findKpisInText.
    await page.getByRole('button', { name: 'Ajouter Taux de conversion', exact: true }).first().click();
    // Definitions and formulas arrive from the server (getKpiLibrary), not from the page's bundle.
    await page
      .locator('.choice-def', { hasText: 'Part des e-mails délivrés qui aboutissent à la conversion' })
      .first()
      .waitFor();
    const kpi = page.locator('fieldset.kpi').first();
    await expect(kpi.getByLabel('Sens').inputValue()).resolves.toBe('higher');
    await expect(kpi.getByLabel('Unité').inputValue()).resolves.toBe('percent');
    await kpi.getByLabel(/Cible/).fill('2,4x');
    await kpi.getByText('«\u00a02,4x\u00a0» n’est pas un nombre (ex. 12,5).').waitFor();
    await expect(kpi.getByLabel(/Cible/).getAttribute('aria-invalid')).resolves.toBe('true');
    await kpi.getByLabel(/Cible/).fill('2,4');
    await kpi.getByLabel(/Valeur de départ/).fill('1,8');
    await kpi.getByLabel('Responsable').fill('=HYPERLINK("http://evil")');
    await kpi.getByText(/n’est pas un nombre/).waitFor({ state: 'detached' });
    await expect(kpi.getByText(/n’est pas un nombre/).count()).resolves.toBe(0);
    await screenshot(page, 'fr-4-kpis');

    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await page
      .locator('#step-heading')
      .filter({ hasText: /Vérifier et créer/ })
      .waitFor();
    await page.getByText('Objectifs stratégiques\u00a0: 1 · opérationnels\u00a0: 1 · KPI\u00a0: 1').waitFor();
    await expect(page.getByRole('button', { name: 'Créer le tableau de bord' }).isEnabled()).resolves.toBe(
      true,
    );
    await screenshot(page, 'fr-5-review');

    // Back to Start with the plan in hand: "new plan" asks first, "continue" returns to this plan.
    await page.getByRole('button', { name: /Démarrer/ }).click();
    await page.getByRole('button', { name: 'Nouveau plan' }).click();
    await page
      .getByText('Un brouillon est enregistré dans ce classeur. Le remplacer par un nouveau plan ?')
      .waitFor();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('button', { name: 'Reprendre le brouillon' }).click();
    await page
      .locator('#step-heading')
      .filter({ hasText: /Vérifier et créer/ })
      .waitFor();
    expect(errors).toEqual([]);
  });
});
