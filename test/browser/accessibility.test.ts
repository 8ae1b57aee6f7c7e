import { SHEET_NAMES } from '../../src/workbook/labels';
import { seriousViolations } from '../helpers/browserAxe';
import { screenshot } from '../helpers/browserChromium';
import { sidebarSessions } from '../helpers/browserSessions';
import { emulatorBackend } from '../helpers/browserEmulator';
import { focusedName, tabTo } from '../helpers/browserKeyboard';
import { wizard } from '../helpers/browserWizard';
import { until } from '../helpers/until';

// Accessibility in a real browser: axe-core finds no serious or critical violation on any step (with
// messages and results showing), and the whole wizard, build included, works with the keyboard alone.

jest.setTimeout(120_000);

const sessions = sidebarSessions();

test('keyboard only, in English: new plan → objectives → KPI → build, focus moving to each step', async () => {
  const { emulator, scope } = emulatorBackend({ locale: 'en_US' });
  const { page, errors } = await sessions.open({ scope, latencyMs: 10 }, 'en-GB');
  const w = wizard(page, 'en');
  const { keyboard } = page;
  await page.locator('#step-heading').waitFor();

  await tabTo(page, 'New plan');
  await keyboard.press('Enter');
  // Focus goes to the new step's heading, so a screen reader announces where the user is.
  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'step-heading'`);
  await w.expectHeading(/^Context/);
  await tabTo(page, 'Plan name');
  await keyboard.type('Keyboard plan');
  await tabTo(page, 'Period start');
  await keyboard.type('01012027');
  await tabTo(page, 'Period end');
  await keyboard.type('12312027');
  await tabTo(page, 'Next');
  await keyboard.press('Enter');
  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'step-heading'`);

  await tabTo(page, 'Add a strategic objective');
  await keyboard.press('Enter');
  // A new objective takes the focus: the user types straight away.
  await page.waitForFunction(`document.activeElement && document.activeElement.tagName === 'TEXTAREA'`);
  expect(await focusedName(page)).toBe('Strategic objective 1');
  await keyboard.type('Grow newsletter subscribers from 2,000 to 3,000 by 31 December 2027');
  await tabTo(page, 'Add an operational objective');
  await keyboard.press('Space');
  await page.waitForFunction(`document.activeElement && document.activeElement.tagName === 'TEXTAREA'`);
  await keyboard.type('Raise the email open rate from 20% to 25% by 30 June 2027');
  // A second strategic objective, moved above the first with the keyboard, then deleted.
  await tabTo(page, 'Add a strategic objective');
  await keyboard.press('Enter');
  await page.waitForFunction(`document.activeElement && document.activeElement.tagName === 'TEXTAREA'`);
  await keyboard.type('Second objective');
  await tabTo(page, 'Move up: Strategic objective 2');
  await keyboard.press('Enter');
  // "Strategic objective 1" is on screen before and after: its new text comes with the next render.
  const firstObjective = () => w.textbox('Strategic objective 1').inputValue();
  await expect(until(firstObjective, (text) => text === 'Second objective')).resolves.toBe(
    'Second objective',
  );
  await tabTo(page, 'Delete: Strategic objective 1', { back: true });
  await keyboard.press('Enter');
  await expect(until(firstObjective, (text) => text !== 'Second objective')).resolves.toMatch(
    /^Grow newsletter/,
  );
  await tabTo(page, 'Next');
  await keyboard.press('Enter');
  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'step-heading'`);
  await w.expectHeading(/^KPIs/);

  // Search the library (accents and language do not matter), filter by channel, add the KPI.
  await tabTo(page, 'KPI library');
  await keyboard.press('Enter');
  await tabTo(page, 'Search a KPI (FR or EN)');
  await keyboard.type("taux d'ouverture");
  await tabTo(page, 'Channel');
  await keyboard.type('Email'); // a closed <select> picks the option typed
  await expect(page.locator('select[id$="-channel"]').inputValue()).resolves.toBe('email');
  // The French words found the English-named KPI; it is listed under the filters, after the search box.
  const results = page.locator('details .choices .choice-name');
  await expect(
    until(
      () => results.allTextContents(),
      (names) => names.includes('Open rate'),
    ),
  ).resolves.toContain('Open rate');
  await screenshot(page, 'en-keyboard-library-search');
  await tabTo(page, /^Add Open rate$/, { max: 12 });
  await expect(page.evaluate('!!document.activeElement.closest("details")')).resolves.toBe(true);
  await keyboard.press('Enter');
  await page.waitForFunction(`document.activeElement && /target/.test(document.activeElement.id)`);
  await keyboard.type('25');
  await tabTo(page, /^Baseline/, { back: true });
  await keyboard.type('20');
  await tabTo(page, 'Next');
  await keyboard.press('Enter');

  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'step-heading'`);
  await tabTo(page, 'Build the scorecard');
  await keyboard.press('Enter');
  await page.getByText('Scorecard built.', { exact: true }).waitFor({ timeout: 30_000 });
  await screenshot(page, 'en-keyboard-built');
  const names = emulator.SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((s) => s.getName());
  expect(names).toEqual(expect.arrayContaining([SHEET_NAMES.scorecard.en, SHEET_NAMES.objectives.en]));
  const objectives = emulator.view(SHEET_NAMES.objectives.en).text;
  expect(objectives.some((row) => row.includes('Open rate'))).toBe(true);
  expect(objectives.some((row) => row.some((cell) => cell.startsWith('Grow newsletter')))).toBe(true);
  expect(objectives.some((row) => row.includes('Second objective'))).toBe(false);
  expect(errors).toEqual([]);
});

test.each(['fr', 'en'] as const)('axe-core finds no serious violation on any step (%s)', async (lang) => {
  const { scope } = emulatorBackend({ locale: lang === 'fr' ? 'fr_FR' : 'en_US' });
  const { page } = await sessions.open({ scope }, lang === 'fr' ? 'fr-FR' : 'en-GB');
  const w = wizard(page, lang);
  await page.locator('#step-heading').waitFor();
  const report: Record<string, unknown> = {};
  report.start = await seriousViolations(page);

  await w.button('newPlan').click();
  await w.textbox(w.text('currency')).fill('euros'); // a message on show
  await page.getByText(w.text('currencyCode')).waitFor();
  report.context = await seriousViolations(page);
  await w.textbox(w.text('currency')).fill('EUR');
  await w.textbox(w.text('planName')).fill('Plan');
  await w.next();

  await w.button('addStrategic').click();
  await w
    .textbox(w.text('strategicN', { n: 1 }))
    .fill('Augmenter le trafic organique de 30 % d’ici fin 2027');
  await w.button('addOperational').click();
  await w
    .textbox(w.text('operationalN', { n: 1, m: 1 }))
    .fill('Increase organic sessions from 10000 to 13000 by December 2027');
  report.objectives = await seriousViolations(page);
  await w.next();

  await page.locator('details summary').first().click();
  await page
    .getByRole('button', { name: new RegExp(`^${w.text('addKpi', { name: '' })}`) })
    .first()
    .click();
  await w
    .kpi(0)
    .getByLabel(new RegExp(`^${w.text('target')}`))
    .fill('abc');
  await page.getByText(w.text('notANumber', { value: 'abc' })).waitFor();
  report.kpis = await seriousViolations(page);
  await w.next();
  await page.getByRole('region', { name: w.text('toFix') }).waitFor();
  report.review = await seriousViolations(page); // with "to fix" problems listed
  await screenshot(page, `${lang}-axe-review-problems`);
  expect(report).toEqual({ start: [], context: [], objectives: [], kpis: [], review: [] });
});
