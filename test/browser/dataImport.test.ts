import { join } from 'node:path';
import type { Lang } from '../../src/core/i18n';
import { screenshot } from '../helpers/browserChromium';
import { emulatorBackend } from '../helpers/browserEmulator';
import { sidebarSessions } from '../helpers/browserSessions';
import { until } from '../helpers/until';

// The import panel in headless Chromium, against dist/Code.js on the emulator: open it from the
// sidebar (its code is fetched on demand), upload a GA4 export, change one KPI's column, import, and
// see Tracking and the Scorecard change.

jest.setTimeout(120_000);

const sessions = sidebarSessions();
const FIXTURE = join(__dirname, '..', 'fixtures', 'imports', 'ga4-en.csv');

const kpi = (id: string, name: string, libraryId: string) => ({
  id,
  name,
  libraryId,
  unit: 'number',
  direction: 'higher',
  aggregation: 'sum',
  target: 1000,
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
          kpis: [kpi('sessions', 'Sessions', 'sessions'), kpi('key-events', 'Key events', 'key_events')],
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
    await select.selectOption('Engaged sessions');
    await screenshot(page, `data-import-${lang}`);
    await page.getByRole('button', { name: run.apply, exact: true }).click();
    const call = await server.waitForCall('applyDataImport');
    expect(call.ok).toBe(true);
    await page.getByText(lang === 'fr' ? /4 lignes importées/ : /4 rows imported/).waitFor();
    const tracking = emulator.view(run.tracking);
    expect([tracking.cell('E4').value, tracking.cell('F4').value]).toEqual([220, 280]);
    expect([tracking.cell('E5').value, tracking.cell('F5').value]).toEqual([130, 190]);
    expect(scorecardValue('Key events')).not.toBe(before);
    expect(errors).toEqual([]);
  });
});
