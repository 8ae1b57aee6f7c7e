import type { Lang } from '../../src/core/i18n';
import { smartCheck } from '../../src/core/smart';
import { SHEET_NAMES } from '../../src/workbook/labels';
import { STATUS_LABELS } from '../../src/workbook/layouts/scorecard';
import { STATUS_COLOURS } from '../../src/workbook/layouts/scorecard/colours';
import { screenshot } from '../helpers/browserChromium';
import { sidebarSessions } from '../helpers/browserSessions';
import { emulatorBackend } from '../helpers/browserEmulator';
import { type TypedPlan, fillContext, smartScore, wizard } from '../helpers/browserWizard';
import { until } from '../helpers/until';

// A complete wizard in each language, in headless Chromium, against the real server functions of
// dist/Code.js running on the Sheets emulator; then the emulator's workbook is checked.

jest.setTimeout(120_000);

const RUNS: Record<Lang, { locale: string; sheetLocale: 'fr_FR' | 'en_US'; vague: string; plan: TypedPlan }> =
  {
    fr: {
      locale: 'fr-FR',
      sheetLocale: 'fr_FR',
      vague: 'Améliorer notre image',
      plan: {
        name: 'Croissance e-commerce 2027',
        strategy: 'Devenir la référence en ligne du mobilier éco-conçu',
        goal: "Doubler le chiffre d'affaires en ligne en deux ans",
        start: '2027-01-01',
        end: '2027-12-31',
        strategic: "Augmenter les ventes en ligne de 20 % d'ici fin 2027",
        operational: "Porter le taux de conversion de 1,8 % à 2,4 % d'ici le 30 juin 2027",
        suggested: 'Taux de conversion',
        baseline: '1,8',
        target: '2,4',
        owner: '=HYPERLINK("http://evil.example")',
      },
    },
    en: {
      locale: 'en-GB',
      sheetLocale: 'en_US',
      vague: 'Be better known',
      plan: {
        name: 'E-commerce growth 2027',
        strategy: 'Become the online reference for eco-designed furniture',
        goal: 'Double online revenue in two years',
        start: '2027-01-01',
        end: '2027-12-31',
        strategic: 'Increase online sales by 20% by the end of 2027',
        operational: 'Raise the conversion rate from 1.8% to 2.4% by 30 June 2027',
        suggested: 'Conversion rate',
        baseline: '1.8',
        target: '2.4',
        owner: '+33 E-commerce team',
      },
    },
  };

const builtNames = (lang: Lang) =>
  [SHEET_NAMES.objectives[lang], SHEET_NAMES.tracking[lang], SHEET_NAMES.scorecard[lang]].join(', ');

const sessions = sidebarSessions();

describe.each(['fr', 'en'] as const)('a complete wizard in %s', (lang) => {
  test('types objectives with live SMART feedback, picks a KPI, builds, and the workbook is right', async () => {
    const run = RUNS[lang];
    const { emulator, scope } = emulatorBackend({ locale: run.sheetLocale });
    const { page, errors, server } = await sessions.open({ scope, latencyMs: 20 }, run.locale);
    const w = wizard(page, lang);

    await w.button('newPlan').click();
    await fillContext(w, run.plan);
    await w.next();

    await w.button('addStrategic').click();
    const so = w.textbox(w.text('strategicN', { n: 1 }));
    await so.fill(run.plan.strategic);
    await w.button('addOperational').click();
    const oo = w.textbox(w.text('operationalN', { n: 1, m: 1 }));
    await oo.fill(run.vague);
    // The score on screen before the next render is the empty objective's: wait for the vague text's,
    // which is the core's SMART check of it (no KPI yet to supply numbers).
    const expectedVague = smartCheck({ objective: run.vague, lang }).score;
    const vagueScore = await until(
      () => smartScore(oo),
      (score) => score === expectedVague,
    );
    expect(vagueScore).toBe(expectedVague);
    await oo.fill(run.plan.operational);
    // The feedback follows the text as it is typed (same core code as SMART_CHECK, run in the page).
    await page.waitForFunction(`Number(document.getElementById('smart-oo-1').dataset.score) > ${vagueScore}`);
    const smartScoreAfter = await smartScore(oo);
    expect(smartScoreAfter).toBeGreaterThan(vagueScore);
    expect(smartScoreAfter).toBeGreaterThanOrEqual(4);
    await screenshot(page, `${lang}-build-1-objectives`);
    await w.next();

    await page
      .getByRole('button', { name: w.text('addKpi', { name: run.plan.suggested }), exact: true })
      .first()
      .click();
    const kpi = w.kpi(0);
    await kpi.getByLabel(new RegExp(`^${w.text('baseline')}`)).fill(run.plan.baseline);
    await kpi.getByLabel(new RegExp(`^${w.text('target')}`)).fill(run.plan.target);
    await kpi.getByLabel(w.text('owner'), { exact: true }).fill(run.plan.owner);
    await screenshot(page, `${lang}-build-2-kpis`);
    await w.next();

    await w.button('build').click();
    await page.getByText(w.text('built'), { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByText(w.text('builtDetail', { n: 1, sheets: builtNames(lang) })).waitFor();
    await screenshot(page, `${lang}-build-3-done`);
    expect(errors).toEqual([]);

    // The emulator's workbook: the three sheets in the plan's language.
    const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
    const names = spreadsheet.getSheets().map((s) => s.getName());
    for (const role of ['objectives', 'tracking', 'scorecard'] as const)
      expect(names).toContain(SHEET_NAMES[role][lang]);

    const objectives = emulator.view(SHEET_NAMES.objectives[lang]);
    const kpiRow = objectives.rows.find((row) => row.some((c) => c.display === run.plan.suggested));
    expect(kpiRow).toBeDefined();
    // User text that looks like a formula is written as text.
    const owner = kpiRow?.find((c) => c.value === run.plan.owner);
    expect(owner?.formula).toBe('');

    expect(kpiRow?.find((c) => c.display === run.plan.suggested)?.formula).toBe('');

    // "Open the scorecard" brings the Scorecard to the front. The build leaves it in front already: another
    // sheet goes there first, so the check below tells the button's effect from the build's.
    spreadsheet.getSheetByName(SHEET_NAMES.objectives[lang])?.activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe(SHEET_NAMES.objectives[lang]);
    const before = server.calls.length;
    await w.button('openScorecard').click();
    expect(await server.waitForCall('showSheet', { after: before })).toMatchObject({ ok: true });
    expect(spreadsheet.getActiveSheet().getName()).toBe(SHEET_NAMES.scorecard[lang]);

    // Type actuals in Tracking as the team would (January, February), then read the Scorecard.
    const tracking = emulator.view(SHEET_NAMES.tracking[lang]);
    const keysRow = tracking.text.findIndex((row) => row.includes('2027-01'));
    const kpiLine = tracking.text.findIndex((row) => row.includes('conversion-rate'));
    const january = (tracking.text[keysRow] ?? []).indexOf('2027-01');
    expect([keysRow, kpiLine, january].every((n) => n >= 0)).toBe(true);
    spreadsheet
      .getSheetByName(SHEET_NAMES.tracking[lang])
      ?.getRange(kpiLine + 1, january + 1, 1, 2)
      .setValues([[0.02, 0.025]]);

    const scorecard = emulator.view(SHEET_NAMES.scorecard[lang]);
    const header = scorecard.text.findIndex(
      (row) => row.includes('KPI') && row.includes(lang === 'fr' ? 'Statut' : 'Status'),
    );
    const statusColumn = (scorecard.text[header] ?? []).indexOf(lang === 'fr' ? 'Statut' : 'Status');
    const line = scorecard.rows.find((row) => row.some((c) => c.display === run.plan.suggested));
    const status = line?.[statusColumn];
    // 2.5 % against a 2.4 % target, higher is better: on track, in words and in green.
    expect(status?.display).toBe(STATUS_LABELS.onTrack[lang]);
    expect(status?.background).toBe(STATUS_COLOURS.onTrack.background);
    await screenshot(page, `${lang}-build-4-scorecard-opened`);

    // A title row typed above Tracking, then Build again: the sidebar says it updated the scorecard and
    // what it did with what was typed (the two values and the title, left where they are).
    const trackingSheet = spreadsheet.getSheetByName(SHEET_NAMES.tracking[lang])!;
    trackingSheet.insertRowsBefore(1, 1);
    trackingSheet.getRange('A1').setValue(lang === 'fr' ? 'Suivi de l’équipe' : 'Team tracking');
    const beforeRebuild = server.calls.length;
    await w.button('build').click();
    expect(await server.waitForCall('buildWorkbook', { after: beforeRebuild })).toMatchObject({ ok: true });
    await page.getByText(w.text('rebuilt'), { exact: true }).waitFor({ timeout: 30_000 });
    const report =
      lang === 'fr' ? 'Vos saisies\u00a0: 3 restées en place.' : 'Your entries: 3 kept in place.';
    await page.getByText(report, { exact: true }).waitFor();
    await screenshot(page, `${lang}-build-5-rebuilt`);
    expect(emulator.view(SHEET_NAMES.tracking[lang]).cell(kpiLine + 2, january + 1).value).toBe(0.02);
    expect(errors).toEqual([]);
  });
});

test('starting from a starter plan (French) builds its sheets straight away', async () => {
  const { emulator, scope } = emulatorBackend({ locale: 'fr_FR' });
  const { page, errors, server } = await sessions.open({ scope }, 'fr-FR');
  const w = wizard(page, 'fr');
  await w.button('useStarter', { name: 'Croissance e-commerce' }).click();
  await w.expectHeading(/^Contexte/);
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toMatch(/e-commerce/i);
  await page.getByRole('button', { name: /Vérifier et créer/ }).click();
  await screenshot(page, 'fr-starter-review');
  await w.button('build').click();
  await page.getByText(w.text('built'), { exact: true }).waitFor({ timeout: 30_000 });
  const starterKpis = (await server.waitForCall('getStarterPlan')).ok;
  expect(starterKpis).toBe(true);
  const objectives = emulator.view(SHEET_NAMES.objectives.fr).text;
  expect(objectives.some((row) => row.includes('Taux de conversion'))).toBe(true);
  expect(errors).toEqual([]);
});
