import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type PlaygroundServer, startPlaygroundServer } from '../../dev/playground/server';
import { STATUS_LABELS } from '../../src/workbook/layouts/scorecard';
import { STATUS_COLOURS } from '../../src/workbook/layouts/scorecard/colours';
import { fillContext, wizard } from '../helpers/browserWizard';
import { launchChromium } from '../helpers/browserChromium';
import { openSheet } from '../helpers/browserGrid';
import { readDist } from '../helpers/codeJs';
import { trackingCell } from '../xlsx/builtWorkbook';

// The playground as a visitor uses it: open the wizard from the add-on menu, run it in the sidebar
// frame up to a built workbook (the real buildWorkbook through the bridge), watch the grid show the
// Scorecard, type an actual in Tracking and see the KPI's status change words and colour.

jest.setTimeout(120_000);

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'playground');

let browser: Browser;
let server: PlaygroundServer;

beforeAll(async () => {
  server = await startPlaygroundServer({
    port: 0,
    codeJs: readDist('Code.js'),
    today: '2027-04-10T10:00:00Z',
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

test('menu → wizard in the sidebar → built Scorecard in the grid → a typed actual turns the status green', async () => {
  const context = await browser.newContext({ viewport: { width: 1800, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const shot = async (name: string) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `wizard-${name}.png`) });
  };
  const textIs = (a1: string, text: string) =>
    page.waitForFunction(
      ([ref, expected]) => document.querySelector(`#grid td[data-a1="${ref}"]`)?.textContent === expected,
      [a1, text] as const,
    );

  await page.goto(server.url);
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Ouvrir l’assistant KPI' }).click();
  // The wizard driver of the sidebar's own browser tests, pointed at the frame: a FrameLocator has the
  // getByRole/getByLabel/locator members the driver uses.
  const w = wizard(page.frameLocator('#sidebar-frame') as unknown as Page, 'fr');
  await w.button('newPlan').click();
  await fillContext(w, {
    name: 'Croissance e-commerce 2027',
    strategy: 'Devenir la référence en ligne du mobilier éco-conçu',
    goal: "Doubler le chiffre d'affaires en ligne en deux ans",
    start: '2027-01-01',
    end: '2027-12-31',
    strategic: '',
    operational: '',
    suggested: '',
    baseline: '',
    target: '',
    owner: '',
  });
  await w.next();
  await w.button('addStrategic').click();
  await w
    .textbox(w.text('strategicN', { n: 1 }))
    .fill("Augmenter les ventes en ligne de 20 % d'ici fin 2027");
  await w.button('addOperational').click();
  await w
    .textbox(w.text('operationalN', { n: 1, m: 1 }))
    .fill("Porter le taux de conversion de 1,8 % à 2,4 % d'ici le 30 juin 2027");
  await w.next();
  await w.page
    .getByRole('button', { name: w.text('addKpi', { name: 'Taux de conversion' }), exact: true })
    .first()
    .click();
  await w
    .kpi(0)
    .getByLabel(new RegExp(`^${w.text('baseline')}`))
    .fill('1,8');
  await w
    .kpi(0)
    .getByLabel(new RegExp(`^${w.text('target')}`))
    .fill('2,4');
  await w.next();
  await shot('1-review');
  await w.button('build').click();
  await w.page.getByText(w.text('built'), { exact: true }).waitFor({ timeout: 30_000 });

  // The bridge told the page the workbook changed: the new sheets are tabs.
  await page.getByRole('tab', { name: 'Tableau de bord' }).waitFor();
  // The build leaves the Scorecard active already: another sheet in front first, so that the Scorecard's
  // tab selected proves "Open the scorecard" worked, and its round trip is over before the next click
  // (a late one would bring the Scorecard back over Tracking).
  await openSheet(page, server.session.emulator.view('Objectifs'));
  await w.button('openScorecard').click();
  await page.getByRole('tab', { name: 'Tableau de bord', selected: true }).waitFor();
  const text = server.session.emulator.view('Tableau de bord').text;
  const header = text.find((row) => row.includes('Statut')) ?? [];
  const row = text.findIndex((r) => r.includes('Taux de conversion'));
  const statusA1 = `${String.fromCharCode(65 + header.indexOf('Statut'))}${row + 1}`;
  await textIs(statusA1, STATUS_LABELS.noData.fr);
  await shot('2-scorecard-built');

  // Tracking's grid is drawn before its cell is clicked and typed in: a redraw after the typing would put
  // the cell's old content back in the formula bar.
  await openSheet(page, server.session.emulator.view('Suivi'));
  const march = trackingCell(server.session, 'conversion-rate', '2027-03');
  await page.locator(`#grid td[data-a1="${march}"]`).click();
  await page.locator('#formula').fill('2,5 %');
  await page.locator('#formula').press('Enter');
  await textIs(march, '2,5%');

  await page.getByRole('tab', { name: 'Tableau de bord' }).click();
  await textIs(statusA1, STATUS_LABELS.onTrack.fr);
  const status = page.locator(`#grid td[data-a1="${statusA1}"]`);
  expect(await status.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe(
    rgb(STATUS_COLOURS.onTrack.background),
  );
  await shot('3-status-green');
  expect(errors).toEqual([]);
});
