import { join } from 'node:path';
import type { Lang } from '../../src/core/i18n';
import { seriousViolations } from '../helpers/browserAxe';
import { screenshot } from '../helpers/browserChromium';
import { emulatorBackend } from '../helpers/browserEmulator';
import { sidebarSessions } from '../helpers/browserSessions';
import { until } from '../helpers/until';

// The import panel in headless Chromium, against dist/Code.js on the emulator: open it from the
// sidebar (its code is fetched on demand), upload a GA4 export, change one KPI's column and a rate's
// two components, import (in parts), and see Tracking and the Scorecard change; then the same from a
// sheet of the spreadsheet chosen in the sheet picker.

jest.setTimeout(120_000);

const sessions = sidebarSessions();
/** The panel alone, at the sidebar's 300 px, big enough to read (the full page is the wizard's too). */
const PANEL_SHOTS = join(__dirname, '..', '..', 'test-artifacts', 'sidebar');
const FIXTURE = join(__dirname, '..', 'fixtures', 'imports', 'ga4-en.csv');

const kpi = (id: string, name: string, libraryId: string, unit = 'number') => ({
  id,
  name,
  libraryId,
  unit,
  direction: 'higher',
  aggregation: 'sum',
  target: unit === 'percent' ? 0.5 : 1000,
});

const plan = (lang: Lang) => ({
  version: 1,
  name: 'Acquisition 2027',
  language: lang,
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  objectives: [
    {
      id: 'so-1',
      title: 'Traffic',
      operational: [
        {
          id: 'oo-1',
          title: 'Sessions',
          kpis: [
            kpi('sessions', 'Sessions', 'sessions'),
            kpi('key-events', 'Key events', 'key_events'),
            kpi('engagement', 'Engagement rate', 'engagement_rate', 'percent'),
          ],
        },
      ],
    },
  ],
});

const RUNS = {
  fr: {
    locale: 'fr-FR',
    sheet: 'fr_FR',
    open: 'Importer un export (CSV)',
    apply: 'Importer',
    tracking: 'Suivi',
    scorecard: 'Tableau de bord',
    dashboard: 'Graphiques',
    value: 'Valeur à date',
    rate: 'Taux : deux colonnes…',
    numerator: /^Numérateur/,
    fromSheet: 'une feuille de ce classeur',
    preview: 'Aperçu',
    sheetOption: 'Connecteur GA4 (3 lignes)',
    pickBoth: /^Choisissez les deux colonnes/,
  },
  en: {
    locale: 'en-GB',
    sheet: 'en_US',
    open: 'Import an export (CSV)',
    apply: 'Import',
    tracking: 'Tracking',
    scorecard: 'Scorecard',
    dashboard: 'Dashboard',
    value: 'Value to date',
    rate: 'Rate: two columns…',
    numerator: /^Numerator/,
    fromSheet: 'a sheet of this spreadsheet',
    preview: 'Preview',
    sheetOption: 'Connecteur GA4 (3 rows)',
    pickBoth: /^Choose both columns/,
  },
} as const;

describe.each(['fr', 'en'] as const)('the import panel in %s', (lang) => {
  test('upload, change one mapping, import: Tracking and the Scorecard show the file', async () => {
    const run = RUNS[lang];
    const { emulator, scope } = emulatorBackend({ locale: run.sheet, today: '2027-02-15T10:00:00Z' });
    expect((scope.buildWorkbook as (p: unknown) => { ok: boolean })(plan(lang)).ok).toBe(true);
    const scorecardValue = (name: string) => {
      const view = emulator.view(run.scorecard);
      const header = view.rows.findIndex((r) => r.some((c) => c.value === run.value));
      const col = view.rows[header]!.findIndex((c) => c.value === run.value);
      const nameCol = view.rows[header]!.findIndex((c) => c.value === 'KPI');
      return view.rows.find((r) => r[nameCol]?.value === name)?.[col]?.display;
    };
    const before = scorecardValue('Key events');
    const { page, errors, server } = await sessions.open({ scope, latencyMs: 20 }, run.locale);
    await page.getByRole('button', { name: run.open }).click();
    await server.waitForCall('getDataImportPanel');
    await page.locator('#data-import-file').setInputFiles(FIXTURE);
    await server.waitForCall('previewDataImport');
    const select = page.locator('#data-import-map-key-events');
    expect(
      await until(
        () => select.inputValue(),
        (v) => v === 'Key events',
      ),
    ).toBe('Key events');
    // The user says Key events are the engaged sessions (a column change the panel sends as it is).
    let seen = server.calls.length;
    await select.selectOption('Engaged sessions');
    await server.waitForCall('previewDataImport', { after: seen });
    // The engagement rate, suggested as engaged sessions ÷ sessions, becomes key events ÷ sessions.
    const rate = page.locator('#data-import-map-engagement');
    expect(await rate.inputValue()).not.toBe('');
    await expect(page.locator('#data-import-map-engagement-num').inputValue()).resolves.toBe(
      'Engaged sessions',
    );
    seen = server.calls.length;
    await page.locator('#data-import-map-engagement-num').selectOption('Key events');
    const previewed = await server.waitForCall('previewDataImport', { after: seen });
    expect(previewed.args[1]).toMatchObject({
      kpis: expect.arrayContaining([
        { kpiId: 'engagement', rule: 'ratio', numerator: 'Key events', denominator: 'Sessions' },
      ]),
    });
    await page
      .getByText(
        lang === 'fr'
          ? 'recalculé : somme de Key events ÷ somme de Sessions'
          : 'recomputed: sum of Key events ÷ sum of Sessions',
      )
      .waitFor();
    await page.getByRole('button', { name: run.apply, exact: true }).waitFor();
    await screenshot(page, `data-import-${lang}`);
    await page
      .locator('.import-panel')
      .screenshot({ path: join(PANEL_SHOTS, `data-import-panel-${lang}.png`) });
    seen = server.calls.length;
    await page.getByRole('button', { name: run.apply, exact: true }).click();
    const staged = await server.waitForCall('stageDataImport', { after: seen });
    expect(staged.value).toMatchObject({ ok: true, part: 0, parts: 1 });
    const call = await server.waitForCall('commitDataImport', { after: seen });
    expect(call.ok).toBe(true);
    await page.getByText(lang === 'fr' ? /4 lignes importées/ : /4 rows imported/).waitFor();
    const tracking = emulator.view(run.tracking);
    expect([tracking.cell('E4').value, tracking.cell('F4').value]).toEqual([220, 280]);
    expect([tracking.cell('E5').value, tracking.cell('F5').value]).toEqual([130, 190]);
    expect(tracking.cell('E6').value).toBeCloseTo(6 / 220, 12);
    expect(tracking.cell('F6').value).toBeCloseTo(11 / 280, 12);
    expect(scorecardValue('Key events')).not.toBe(before);
    expect(errors).toEqual([]);
  });

  test('the sheet picker: a connector’s sheet previewed and imported, the rate from its columns', async () => {
    const run = RUNS[lang];
    const { emulator, scope } = emulatorBackend({ locale: run.sheet, today: '2027-02-15T10:00:00Z' });
    expect((scope.buildWorkbook as (p: unknown) => { ok: boolean })(plan(lang)).ok).toBe(true);
    const ss = emulator.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Connecteur GA4')
      .getRange('A1:D4')
      .setValues([
        ['Date', 'Sessions', 'Engaged sessions', 'Key events'],
        ['2027-01-30', 120, 80, 4],
        ['2027-01-31', 100, 50, 2],
        ['2027-02-01', 200, 150, 10],
      ]);
    const { page, errors, server } = await sessions.open({ scope, latencyMs: 20 }, run.locale);
    await page.getByRole('button', { name: run.open }).click();
    await server.waitForCall('getDataImportPanel');
    await page.getByRole('radio', { name: run.fromSheet }).check();
    const listed = await server.waitForCall('listImportSheets');
    // KPI Kit's own sheets are not offered; the spreadsheet's empty first sheet neither.
    expect(listed.value).toEqual({ ok: true, sheets: [{ name: 'Connecteur GA4', rows: 4 }] });
    const picker = page.locator('#data-import-sheet');
    expect(
      await until(
        () => picker.locator('option').allTextContents(),
        (v) => v.length > 0,
      ),
    ).toEqual([run.sheetOption]);
    await page.getByRole('button', { name: run.preview, exact: true }).click();
    const preview = await server.waitForCall('previewDataImport');
    expect(preview.args[0]).toEqual({ sheet: 'Connecteur GA4' });
    // Its headers are GA4's: the data sheet is GA4's, as a file from GA4 would be.
    expect(preview.value).toMatchObject({ ok: true, mapping: { source: 'GA4' } });
    const rate = page.locator('#data-import-map-engagement');
    await until(
      () => rate.inputValue(),
      (v) => v !== '',
    );
    // The user turns the rate off, then on again: it starts from the suggested components.
    let seen = server.calls.length;
    await rate.selectOption('');
    await server.waitForCall('previewDataImport', { after: seen });
    await page.getByRole('button', { name: run.apply, exact: true }).waitFor();
    seen = server.calls.length;
    await rate.selectOption({ label: run.rate });
    await server.waitForCall('previewDataImport', { after: seen });
    const numerator = page.locator('#data-import-map-engagement-num');
    await expect(numerator.inputValue()).resolves.toBe('Engaged sessions');
    await expect(page.locator('#data-import-map-engagement-den').inputValue()).resolves.toBe('Sessions');
    // A rate with one component missing is neither previewed nor imported.
    await page.getByRole('button', { name: run.apply, exact: true }).waitFor();
    seen = server.calls.length;
    await numerator.selectOption('');
    const importButton = page.getByRole('button', { name: run.apply, exact: true });
    expect(
      await until(
        () => importButton.isDisabled(),
        (v) => v,
      ),
    ).toBe(true);
    await page.getByText(run.pickBoth).waitFor();
    expect(server.calls.slice(seen).some((c) => c.name === 'previewDataImport')).toBe(false);
    await numerator.selectOption('Key events');
    await server.waitForCall('previewDataImport', { after: seen });
    expect(
      await until(
        () => importButton.isEnabled(),
        (v) => v,
      ),
    ).toBe(true);
    await screenshot(page, `data-import-sheet-${lang}`);
    // The panel with a rate's two selects open passes axe (labels, names, contrast).
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .locator('.import-panel')
      .screenshot({ path: join(PANEL_SHOTS, `data-import-panel-sheet-${lang}.png`) });
    seen = server.calls.length;
    await page.getByRole('button', { name: run.apply, exact: true }).click();
    const call = await server.waitForCall('commitDataImport', { after: seen });
    expect(call.args[0]).toEqual({ sheet: 'Connecteur GA4' });
    expect(call.ok).toBe(true);
    await page.getByText(lang === 'fr' ? /3 lignes importées/ : /3 rows imported/).waitFor();
    const tracking = emulator.view(run.tracking);
    expect([tracking.cell('E4').value, tracking.cell('F4').value]).toEqual([220, 200]);
    expect(tracking.cell('E6').value).toBeCloseTo(6 / 220, 12);
    expect(tracking.cell('F6').value).toBeCloseTo(10 / 200, 12);
    expect(errors).toEqual([]);
  });
});
