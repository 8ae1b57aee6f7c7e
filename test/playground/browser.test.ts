import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type PlaygroundServer, startPlaygroundServer } from '../../dev/playground/server';
import { STATUS_LABELS } from '../../src/workbook/layouts/scorecard';
import { STATUS_COLOURS } from '../../src/workbook/layouts/scorecard/colours';
import { seriousViolations } from '../helpers/browserAxe';
import { launchChromium } from '../helpers/browserChromium';
import { openSheet } from '../helpers/browserGrid';
import { readDist } from '../helpers/codeJs';
import { until } from '../helpers/until';
import { trackingCell } from '../xlsx/builtWorkbook';

// The playground in Debian's headless Chromium: the add-on menu opens the real sidebar in its frame,
// the sample plan builds a scorecard, and a value typed in Tracking recomputes and recolours it.

jest.setTimeout(90_000);

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'playground');

let browser: Browser;
let server: PlaygroundServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await startPlaygroundServer({
    port: 0,
    codeJs: readDist('Code.js'),
    today: '2027-04-10T10:00:00Z',
  });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: 'fr-FR' });
  page = await context.newPage();
  // Generous: an edit recalculates the whole sample workbook in the emulator, slow when every test
  // file runs at once (seen over 10 s on a loaded machine); these waits check results, not speed.
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function screenshot(name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

const cell = (a1: string) => page.locator(`#grid td[data-a1="${a1}"]`);

/** The A1 of the Scorecard cell in a KPI's row under a header. */
function scorecardCell(kpiName: string, header: string): string {
  const text = server.session.emulator.view('Tableau de bord').text;
  const headerRow = text.find((row) => row.includes(header)) ?? [];
  const row = text.findIndex((r) => r.includes(kpiName));
  const column = headerRow.indexOf(header);
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

test('the menu opens the real sidebar beside the grid, at 300 px', async () => {
  await page.goto(server.url);
  const frame = page.locator('#sidebar-frame');
  expect(await frame.isVisible()).toBe(false);
  await page.getByRole('button', { name: 'Extensions' }).click();
  await screenshot('1-menu');
  await page.getByRole('menuitem', { name: 'Ouvrir l’assistant KPI' }).click();
  await frame.waitFor({ state: 'visible' });
  expect((await frame.boundingBox())?.width).toBe(300);
  // The sidebar's own first screen drew, which needs its google.script.run call to have answered.
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.locator('#app :is(h1,h2,button)').first().waitFor();
  await screenshot('2-sidebar');
});

test('typing actuals in Tracking recomputes the Scorecard and changes its status colour', async () => {
  await page.getByRole('button', { name: /Load sample plan/ }).click();
  await page.getByRole('tab', { name: 'Tableau de bord', selected: true }).waitFor();
  const statusA1 = scorecardCell('Taux de conversion', 'Statut');
  const valueA1 = scorecardCell('Taux de conversion', 'Valeur à date');
  const status = cell(statusA1);
  // The sample's conversion rate ends March above its 2.1 % target: on track, green.
  await textIs(statusA1, STATUS_LABELS.onTrack.fr);
  expect(await status.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe(
    rgb(STATUS_COLOURS.onTrack.background),
  );
  await screenshot('3-sample-scorecard');

  // The Tracking grid is drawn before a cell is clicked and typed in: a redraw arriving after the typing
  // would put the cell's old content back in the formula bar.
  await openSheet(page, server.session.emulator.view('Suivi'));
  const april = trackingCell(server.session, 'conversion-rate', '2027-04');
  await cell(april).click();
  await page.locator('#formula').fill('1 %');
  await page.locator('#formula').press('Enter');
  await textIs(april, '1,0%');
  await screenshot('4-tracking-typed');

  // April is now the latest period with data: 1 % against 2.1 % is off track, red.
  await page.getByRole('tab', { name: 'Tableau de bord' }).click();
  await page.getByRole('tab', { name: 'Tableau de bord', selected: true }).waitFor();
  await textIs(valueA1, '1,0%');
  await textIs(statusA1, STATUS_LABELS.offTrack.fr);
  expect(await status.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe(
    rgb(STATUS_COLOURS.offTrack.background),
  );
  // The formula bar shows the selected cell's formula.
  await status.click();
  expect(await page.locator('#formula').inputValue()).toMatch(/^=IF\(/);
  await screenshot('5-scorecard-recoloured');
});

test('a formula typed in a cell shows its result; markup typed in a cell stays text', async () => {
  await openSheet(page, server.session.emulator.view('Sheet1'));
  await cell('A1').click();
  await page.locator('#formula').fill('=KPI_VARIANCE(25, 20)');
  await page.locator('#formula').press('Enter');
  const expected = server.session.call('KPI_VARIANCE', [25, 20]);
  // The edit reaches the workbook after a round trip, then the grid is redrawn: wait for each.
  const a1 = await until(
    () => server.session.emulator.view('Sheet1').cell('A1'),
    (c) => /KPI_VARIANCE/i.test(c.formula),
  );
  expect(a1.value).toEqual(expected);
  await textIs('A1', a1.display);
  expect(await cell('A1').textContent()).toBe(server.session.emulator.view('Sheet1').cell('A1').display);

  await cell('B1').click();
  await page.locator('#formula').fill('<img src=x onerror="window.hacked=1">');
  await page.locator('#formula').press('Enter');
  await page.waitForFunction(() =>
    document.querySelector('td[data-a1="B1"]')?.textContent?.startsWith('<img'),
  );
  expect(await cell('B1').evaluate((td) => td.querySelector('img'))).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await screenshot('6-formula-and-text');
  expect(errors).toEqual([]);
});

test('French spreadsheet: a formula typed with ; and a decimal comma works; text after an apostrophe stays text', async () => {
  // Still on Sheet1, where the previous test typed.
  await cell('A3').click();
  await page.locator('#formula').fill('25');
  await page.locator('#formula').press('Enter');
  await textIs('A3', '25');
  await cell('B3').click();
  await page.locator('#formula').fill('=KPI_VARIANCE(A3;20;"hausse";"statut";0,05)');
  await page.locator('#formula').press('Enter');
  await textIs('B3', 'on track');
  await cell('B3').click();
  expect(await page.locator('#formula').inputValue()).toBe('=KPI_VARIANCE(A3;20;"hausse";"statut";0,05)');

  await cell('A5').click();
  await page.locator('#formula').fill("'=pas une formule");
  await page.locator('#formula').press('Enter');
  await textIs('A5', '=pas une formule');
  await cell('A5').click();
  // The apostrophe is still there: Enter again writes the same text, not a formula.
  expect(await page.locator('#formula').inputValue()).toBe("'=pas une formule");
  await page.locator('#formula').press('Enter');
  await textIs('A5', '=pas une formule');
  expect(server.session.emulator.view('Sheet1').cell('A5').formula).toBe('');
  expect(errors).toEqual([]);
});

/** Waits until a grid cell shows exactly this text. */
async function textIs(a1: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([ref, expected]) => document.querySelector(`#grid td[data-a1="${ref}"]`)?.textContent === expected,
    [a1, text] as const,
  );
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

test('keyboard only: arrows move the selection past hidden rows, Enter edits, typing replaces', async () => {
  // Arrows skip the hidden rows of the grid on screen: it must be Tracking's.
  await openSheet(page, server.session.emulator.view('Suivi'));
  await cell('A1').click();
  // Row 2 (period keys) is hidden: ArrowDown from A1 lands on A3.
  await page.keyboard.press('ArrowDown');
  expect(await page.locator('#cell-name').textContent()).toBe('A3');
  await page.keyboard.press('ArrowRight');
  expect(await page.locator('#cell-name').textContent()).toBe('B3');
  await page.keyboard.press('ArrowUp');
  expect(await page.locator('#cell-name').textContent()).toBe('B1');
  // Typing on a selected cell starts an entry in the formula bar; Enter writes it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const target = (await page.locator('#cell-name').textContent()) ?? '';
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  // The formula bar shows 42 as soon as it is typed: what proves the edit is the workbook's cell, after
  // the round trip. The cell's own number format shows it (a percent KPI's cell shows 4200,0%): read
  // what Sheets shows.
  const written = await until(
    () => server.session.emulator.view('Suivi').cell(target).value,
    (value) => value === 42,
  );
  expect(written).toBe(42);
  await textIs(target, server.session.emulator.view('Suivi').cell(target).display);
  // Redrawn with the written cell selected, the formula bar shows its input.
  expect(await page.locator('#formula').inputValue()).toBe('42');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('grid-wrap');
});

test('an entry being typed survives a redraw (the sidebar causes one per server call); Escape gives the cell back', async () => {
  // The previous test left Tracking on screen; alone, this one opens it.
  if ((await page.getByRole('tab', { name: 'Suivi', exact: true, selected: true }).count()) === 0)
    await openSheet(page, server.session.emulator.view('Suivi'));
  await cell('B3').click();
  const before = server.session.emulator.view('Suivi').cell('B3');
  const original = await page.locator('#formula').inputValue();
  expect(original).toBe(before.display);
  await page.keyboard.type('Entrée en cours');
  // What the sidebar's bridge posts after each call: the page fetches the state and redraws the grid.
  const redrawn = page.waitForResponse((r) => r.url().includes('/api/sheet?'));
  await page.evaluate(() => window.postMessage({ kpikitPlayground: 'changed' }, location.origin));
  await redrawn;
  await page.waitForFunction(
    () => document.querySelector('#grid td.selected')?.getAttribute('data-a1') === 'B3',
  );
  expect(await page.locator('#formula').inputValue()).toBe('Entrée en cours');
  await page.keyboard.press('Escape');
  expect(await page.locator('#formula').inputValue()).toBe(original);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('grid-wrap');
  // Nothing was written.
  expect(server.session.emulator.view('Suivi').cell('B3').value).toBe(before.value);
});

test('a refused value in a yellow input cell shows the red "invalid" corner over the yellow', async () => {
  if (server.session.state().activeSheet !== 'Suivi')
    await openSheet(page, server.session.emulator.view('Suivi'));
  const a1 = trackingCell(server.session, 'conversion-rate', '2027-06');
  await cell(a1).click();
  await page.locator('#formula').fill('beaucoup');
  await page.locator('#formula').press('Enter');
  await textIs(a1, 'beaucoup');
  const style = await cell(a1).evaluate((td) => {
    const css = getComputedStyle(td);
    return { image: css.backgroundImage, colour: css.backgroundColor };
  });
  expect(style.image).toContain('rgb(217, 48, 37)');
  expect(style.colour).not.toBe('rgba(0, 0, 0, 0)');
  await screenshot('8-invalid-corner');
  await cell(a1).click();
  await page.locator('#formula').fill('');
  await page.locator('#formula').press('Enter');
});

test('no serious accessibility violation on the playground page (axe-core)', async () => {
  // axe is injected as an inline script, which the page's content policy forbids: a context that
  // bypasses the policy for the scan only.
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, bypassCSP: true });
  const scanned = await context.newPage();
  await scanned.goto(server.url);
  await scanned.locator('#grid td').first().waitFor();
  expect(await seriousViolations(scanned)).toEqual([]);
  await context.close();
});
