import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type PlaygroundServer, startPlaygroundServer } from '../../dev/playground/server';
import { seriousViolations } from '../helpers/browserAxe';
import { launchChromium } from '../helpers/browserChromium';
import { openSheet } from '../helpers/browserGrid';
import { readDist } from '../helpers/codeJs';

// The dashboard in the playground, in Debian's headless Chromium: its native charts drawn with Chart.js
// over the grid, each with a text alternative; a value typed in Tracking moves the KPI chart; the
// Scorecard's SPARKLINE cells drawn as lines; the .xlsx export's warnings shown on the page.
// Screenshots at 1400 × 900, in French and English, with and without the sidebar.

jest.setTimeout(180_000);

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'playground-dashboard');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LANGS = [
  {
    lang: 'fr',
    locale: 'fr_FR',
    browserLocale: 'fr-FR',
    dashboard: 'Graphiques',
    scorecard: 'Tableau de bord',
    tracking: 'Suivi',
    sample: /Load sample plan/,
  },
  {
    lang: 'en',
    locale: 'en_US',
    browserLocale: 'en-US',
    dashboard: 'Dashboard',
    scorecard: 'Scorecard',
    tracking: 'Tracking',
    sample: /Load sample plan/,
  },
] as const;

describe.each(LANGS)('the dashboard ($lang)', (L) => {
  let server: PlaygroundServer;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startPlaygroundServer({
      port: 0,
      codeJs: readDist('Code.js'),
      today: '2027-04-10T10:00:00Z',
      locale: L.locale,
    });
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: L.browserLocale,
      acceptDownloads: true,
      // axe-core is injected as a script: the page's CSP (no inline script) would refuse it.
      bypassCSP: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function screenshot(name: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `${L.lang}-${name}.png`) });
  }

  const charts = () => page.locator('#chart-layer figure.chart');

  test('the sample plan builds a dashboard whose three charts are drawn, each with a text alternative', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: L.sample }).click();
    await page.getByRole('tab', { name: L.scorecard, selected: true }).waitFor();
    await page.getByRole('tab', { name: L.dashboard }).click();
    await page.getByRole('tab', { name: L.dashboard, selected: true }).waitFor();
    await charts().nth(2).waitFor();
    expect(await charts().count()).toBe(3);
    const types = await charts().evaluateAll((figs) => figs.map((f) => (f as HTMLElement).dataset.chartType));
    expect(types).toEqual(['LINE', 'BAR', 'PIE']);
    const snapshot = server.session.emulator.snapshot().sheets.find((s) => s.name === L.dashboard);
    const record = JSON.parse(
      String(
        (
          snapshot?.developerMetadata.find((d) => (d as { key?: string }).key === 'kpikit.charts') as {
            value?: string;
          }
        ).value,
      ),
    ) as Record<string, { alt: string }>;
    const alts = await charts().evaluateAll((figs) => figs.map((f) => f.getAttribute('aria-label')));
    expect(alts).toEqual(Object.values(record).map((r) => r.alt));
    // Each canvas drew something: not a blank rectangle.
    const inked = await page.$$eval('#chart-layer canvas', (canvases) =>
      canvases.map((c) => {
        const ctx = (c as HTMLCanvasElement).getContext('2d');
        const data =
          ctx?.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data ?? [];
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n += 1;
        return n;
      }),
    );
    for (const n of inked) expect(n).toBeGreaterThan(1000);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('1-dashboard');
  });

  test('typing a value in Tracking changes the KPI chart', async () => {
    const before = JSON.parse((await charts().first().getAttribute('data-values')) ?? '[]') as (
      number | null
    )[];
    const pixels = await charts()
      .first()
      .locator('canvas')
      .evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    // April has no value yet in the sample: the chart's first series has a gap there.
    expect(before[3]).toBeNull();
    // The KPI the chart shows (B3), its row in Tracking, and its March and April cells.
    const em = server.session.emulator;
    const picked = em.view(L.dashboard).cell('B3').display;
    const text = em.view(L.tracking).text;
    const row = text.findIndex((r) => r[1] === picked);
    const march = (text[1] ?? []).indexOf('2027-03');
    expect([row, march].every((n) => n > 0)).toBe(true);
    const a1 = (column: number) => `${String.fromCharCode(65 + column)}${row + 1}`;
    const value = Number(em.view(L.tracking).cell(a1(march)).value) * 1.2;
    await openSheet(page, em.view(L.tracking));
    await page.locator(`#grid td[data-a1="${a1(march + 1)}"]`).click();
    await page.locator('#formula').fill(L.lang === 'fr' ? String(value).replace('.', ',') : String(value));
    await page.locator('#formula').press('Enter');
    await page.waitForFunction(
      ([ref]) => (document.querySelector(`#grid td[data-a1="${ref}"]`)?.textContent ?? '') !== '',
      [a1(march + 1)] as const,
    );
    await openSheet(page, server.session.emulator.view(L.dashboard));
    await page.waitForFunction(() => {
      const values = JSON.parse(
        document.querySelector('#chart-layer figure.chart')?.getAttribute('data-values') ?? '[]',
      ) as unknown[];
      return typeof values[3] === 'number';
    });
    const after = JSON.parse((await charts().first().getAttribute('data-values')) ?? '[]') as (
      number | null
    )[];
    // A `sum` KPI is charted as its running total: the new point is March's total plus April.
    const cumulative = em.view(L.dashboard).cell('N3').value === true;
    expect(after[3]).toBeCloseTo(cumulative ? Number(after[2]) + value : value, 6);
    expect(
      await charts()
        .first()
        .locator('canvas')
        .evaluate((c) => (c as HTMLCanvasElement).toDataURL()),
    ).not.toBe(pixels);
    await screenshot('2-dashboard-after-typing');
  });

  test('with the sidebar open', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem').first().click();
    await page.locator('#sidebar-frame').waitFor({ state: 'visible' });
    await page.frameLocator('#sidebar-frame').locator('#app :is(h1,h2,button)').first().waitFor();
    await charts().nth(2).waitFor();
    await screenshot('3-dashboard-sidebar');
    await page.locator('#close-sidebar').click();
  });

  test('the Scorecard draws its SPARKLINE cells as lines, not as text', async () => {
    await openSheet(page, server.session.emulator.view(L.scorecard));
    const lines = page.locator('#grid td.has-sparkline svg.sparkline path');
    await lines.first().waitFor();
    expect(await lines.count()).toBeGreaterThan(0);
    expect(await page.locator('#grid td', { hasText: '(sparkline)' }).count()).toBe(0);
    expect(await lines.first().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    await screenshot('4-scorecard-sparklines');
  });

  test('the .xlsx download shows what the file does not keep, the charts among it', async () => {
    const download = page.waitForEvent('download');
    await page.locator('#download').click();
    await download;
    const list = page.locator('#export-warnings');
    await list.waitFor({ state: 'visible' });
    await expect_(list.textContent(), new RegExp(`${L.dashboard}: 3 charts are not exported`));
    await expect_(list.textContent(), /SPARKLINE/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('5-export-warnings');
    expect(errors).toEqual([]);
  });
});

async function expect_(text: Promise<string | null>, pattern: RegExp): Promise<void> {
  expect(await text).toMatch(pattern);
}
