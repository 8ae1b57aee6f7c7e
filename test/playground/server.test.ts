import { request } from 'node:http';
import ExcelJS from 'exceljs';
import { samplePlan } from '../../dev/playground/samplePlan';
import { type PlaygroundServer, startPlaygroundServer } from '../../dev/playground/server';
import { MENU_ITEMS } from '../../src/server/menu';
import { STATUS_LABELS } from '../../src/workbook/layouts/scorecard';
import { STATUS_COLOURS } from '../../src/workbook/layouts/scorecard/colours';
import { examplePlan } from '../core/plan/fixtures';
import { readDist } from '../helpers/codeJs';
import { trackingCell } from '../xlsx/builtWorkbook';

// The playground server in-process on a free port: the page, the bridge to the real dist/Code.js, the
// menu, cell edits and the export, over loopback HTTP as the page uses them.

let server: PlaygroundServer;
beforeAll(async () => {
  server = await startPlaygroundServer({
    port: 0,
    codeJs: readDist('Code.js'),
    today: '2027-04-10T10:00:00Z',
  });
});
afterAll(async () => {
  await server?.close();
});

const url = (path: string) => `${server.url}${path.replace(/^\//, '')}`;
async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(url(path));
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

interface Cell {
  a1: string;
  display: string;
  formula: string;
  input: string;
  background: string;
  error?: string;
}
interface Grid {
  rows: Cell[][];
}

/** The Scorecard's status cell for a KPI, found by the KPI's name and the Status header. */
async function statusOf(kpiName: string): Promise<{ status: Cell; value: Cell }> {
  const grid = await getJson<Grid>(`/api/sheet?name=${encodeURIComponent('Tableau de bord')}`);
  const header = grid.rows.find((r) => r.some((c) => c.display === 'Statut')) ?? [];
  const statusColumn = header.findIndex((c) => c.display === 'Statut');
  const valueColumn = header.findIndex((c) => c.display === 'Valeur à date');
  const row = grid.rows.find((r) => r.some((c) => c.display === kpiName)) ?? [];
  return { status: row[statusColumn] as Cell, value: row[valueColumn] as Cell };
}

test('binds 127.0.0.1 only and serves the page with a strict content policy', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const page = await fetch(server.url);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  const html = await page.text();
  expect(html).toContain('<script src="/app.js"></script>');
  expect(html).toContain('id="grid"');
  const app = await fetch(url('/app.js'));
  expect(app.headers.get('content-type')).toContain('javascript');
  expect((await app.text()).length).toBeGreaterThan(1000);
});

test('the menu is the one onOpen of dist/Code.js really adds, in the user language', async () => {
  const state = await getJson<{ menu: { items: { caption: string; functionName: string }[] } }>('/api/state');
  expect(state.menu.items).toEqual(
    MENU_ITEMS.map((i) => ({ caption: i.label.fr, functionName: i.functionName })),
  );
});

test('"Open KPI wizard" runs showSidebar: the sidebar is the real dist/Sidebar.html with the bridge', async () => {
  expect((await fetch(url('/sidebar'))).status).toBe(404);
  const opened = await post('/api/menu', { functionName: 'showSidebar' });
  expect(opened.status).toBe(200);
  expect((opened.json.state as { sidebarCount: number }).sidebarCount).toBe(1);
  const sidebar = await fetch(url('/sidebar'));
  const html = await sidebar.text();
  expect(html).toContain('window.google = { script: { run: runner(');
  // The rest is the built file byte for byte.
  expect(html.replace(/<script>\(function \(\) \{[\s\S]*?\}\)\(\);<\/script>/, '')).toBe(
    readDist('Sidebar.html'),
  );
});

test('the bridge calls the real server functions and refuses anything that is not an entry point', async () => {
  const context = await post('/rpc/getSidebarContext', []);
  expect(context.json).toEqual({
    ok: true,
    value: { language: 'fr', version: expect.any(String), sheetNames: expect.any(Object) },
  });
  for (const name of ['evil', 'SpreadsheetApp', 'KpiKit_', 'constructor', 'Date']) {
    const refused = await post(`/rpc/${name}`, []);
    expect([name, refused.status, refused.json.error]).toEqual([
      name,
      404,
      `Script function not found: ${name}`,
    ]);
  }
  // A server function that throws reaches the failure handler with its message, as in Apps Script.
  const bad = await post('/rpc/saveDraft', [{ not: 'a draft' }]);
  expect(bad.status).toBe(200);
  expect(bad.json.ok).toBe(false);
  expect(String(bad.json.error).length).toBeGreaterThan(0);
  expect((await post('/rpc/buildWorkbook', { plan: 1 })).status).toBe(400);
});

test('buildWorkbook through the bridge, then typing in Tracking recomputes and recolours the Scorecard', async () => {
  const built = await post('/rpc/buildWorkbook', [examplePlan()]);
  expect(built.json).toMatchObject({
    ok: true,
    value: { ok: true, sheets: ['Objectifs', 'Suivi', 'Tableau de bord', 'Graphiques'] },
  });

  const before = await statusOf('Taux de conversion');
  expect(before.status.display).toBe(STATUS_LABELS.noData.fr);
  expect(before.status.background).toBe(STATUS_COLOURS.noData.background);

  const a1 = trackingCell(server.session, 'conversion-rate', '2027-03');
  expect((await post('/api/edit', { sheet: 'Suivi', a1, input: '2,5 %' })).status).toBe(200);
  const tracking = await getJson<Grid>('/api/sheet?name=Suivi');
  // The percent KPI's Tracking cells are formatted 0.0 %: the typed number shows in it.
  expect(tracking.rows.flat().find((c) => c.a1 === a1)?.display).toBe('2,5%');

  const after = await statusOf('Taux de conversion');
  // 2.5 % against a 2.4 % target, higher is better: on track, in words and in green.
  expect(after.value.display).toBe('2,5%');
  expect(after.status.display).toBe(STATUS_LABELS.onTrack.fr);
  expect(after.status.background).toBe(STATUS_COLOURS.onTrack.background);

  await post('/api/edit', { sheet: 'Suivi', a1, input: '0,018' });
  const offTrack = await statusOf('Taux de conversion');
  expect(offTrack.status.display).toBe(STATUS_LABELS.offTrack.fr);
  expect(offTrack.status.background).toBe(STATUS_COLOURS.offTrack.background);
});

test('a formula typed in a cell goes through the formula engine and the real custom function', async () => {
  await post('/api/edit', { sheet: 'Sheet1', a1: 'A1', input: '25' });
  await post('/api/edit', { sheet: 'Sheet1', a1: 'B1', input: '=KPI_VARIANCE(A1, 20)' });
  const grid = await getJson<Grid>('/api/sheet?name=Sheet1');
  const b1 = grid.rows[0]?.[1];
  // The formula bar shows it the French way, as a fr_FR spreadsheet does.
  expect(b1?.formula).toBe('=KPI_VARIANCE(A1; 20)');
  const direct = server.session.call('KPI_VARIANCE', [25, 20]);
  expect(server.session.emulator.view('Sheet1').cell('B1').value).toEqual(direct);
  expect(b1?.display).not.toBe('');
  // Markup typed in a cell is data: the grid carries it as text (the page writes it with textContent).
  await post('/api/edit', { sheet: 'Sheet1', a1: 'C1', input: '<img src=x onerror=alert(1)>' });
  const c1 = (await getJson<Grid>('/api/sheet?name=Sheet1')).rows[0]?.[2];
  expect(c1?.display).toBe('<img src=x onerror=alert(1)>');
});

test('a formula typed the French way (; and decimal commas) is read, and shown back that way', async () => {
  await post('/api/edit', { sheet: 'Sheet1', a1: 'A2', input: '25' });
  await post('/api/edit', {
    sheet: 'Sheet1',
    a1: 'B2',
    input: '=KPI_VARIANCE(A2;20;"hausse";"statut";0,05)',
  });
  const b2 = (await getJson<Grid>('/api/sheet?name=Sheet1')).rows[1]?.[1];
  expect(b2?.error).toBeUndefined();
  expect(b2?.display).toBe('on track');
  expect(b2?.formula).toBe('=KPI_VARIANCE(A2;20;"hausse";"statut";0,05)');
  const stored = server.session.emulator.SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName('Sheet1')
    ?.getRange('B2')
    .getFormula();
  expect(stored).toBe('=KPI_VARIANCE(A2,20,"hausse","statut",0.05)');
});

test('text typed after an apostrophe stays text, and the formula bar keeps the apostrophe', async () => {
  await post('/api/edit', { sheet: 'Sheet1', a1: 'D1', input: "'=not a formula" });
  const d1 = (await getJson<Grid>('/api/sheet?name=Sheet1')).rows[0]?.[3];
  expect(d1?.display).toBe('=not a formula');
  expect(d1?.formula).toBe('');
  expect(d1?.input).toBe("'=not a formula");
});

test('numbers typed the French way are stored as numbers, as Sheets reads them in fr_FR', async () => {
  const typed: [string, number, string][] = [
    ['0,019', 0.019, '0,019'],
    ['2,5 %', 0.025, '2,50%'],
    ['1 200,50', 1200.5, '1200,5'],
    ['1\u202f200,50', 1200.5, '1200,5'],
    // An amount also gets Sheets' currency format, as in fr_FR Sheets.
    ['1 200,50 €', 1200.5, '1\u202f200,50 €'],
    ['-12,75', -12.75, '-12,75'],
  ];
  const text = ['Équipe 2,5', 'Équipe 2,5 €', '1,2,3'];
  const inputs = [...typed.map(([input]) => input), ...text];
  for (const [i, input] of inputs.entries())
    expect((await post('/api/edit', { sheet: 'Sheet1', a1: `E${i + 1}`, input })).status).toBe(200);
  const sheet = server.session.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
  const stored = sheet
    ?.getRange(`E1:E${inputs.length}`)
    .getValues()
    .map(([v]) => v as unknown);
  expect(stored).toEqual([...typed.map(([, number]) => number), ...text]);
  const grid = await getJson<Grid>('/api/sheet?name=Sheet1');
  const shown = inputs.map((_, i) => grid.rows[i]?.find((c) => c.a1 === `E${i + 1}`)?.display);
  expect(shown).toEqual([...typed.map(([, , display]) => display), ...text]);
});

test('bad requests are refused with a reason', async () => {
  const notJson = await fetch(url('/api/edit'), { method: 'POST', body: 'sheet=Suivi&a1=A1&input=1' });
  expect(notJson.status).toBe(415);
  expect((await post('/api/edit', { sheet: 'Suivi', a1: 'A1:B2', input: '1' })).json.error).toContain(
    'is not a cell reference',
  );
  expect((await post('/api/edit', { sheet: 'Nope', a1: 'A1', input: '1' })).json.error).toBe(
    'There is no sheet "Nope"',
  );
  const notInMenu = await post('/api/menu', { functionName: 'buildWorkbook' });
  expect(notInMenu.status).toBe(400);
  expect(notInMenu.json.error).toBe('"buildWorkbook" is not an item of the add-on menu');
  expect((await fetch(url('/nothing'))).status).toBe(404);
  // Another Host (DNS rebinding from a web page) is refused.
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(url('/api/state'), { headers: { host: 'evil.example' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
  expect(status).toBe(421);
});

test('GET /export.xlsx downloads the workbook, with the warnings in a header', async () => {
  const res = await fetch(url('/export.xlsx'));
  expect(res.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(res.headers.get('content-disposition')).toContain('.xlsx');
  const warnings = JSON.parse(decodeURIComponent(res.headers.get('x-kpikit-warnings') ?? '')) as string[];
  expect(warnings.join('\n')).toContain('SPARKLINE');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  expect(book.worksheets.map((w) => w.name)).toEqual([
    'Sheet1',
    'Objectifs',
    'Suivi',
    'Tableau de bord',
    'Graphiques',
  ]);
  expect(warnings.join('\n')).toContain('Graphiques: 3 charts are not exported');
  // The Sheet1 formula typed above used the add-on's custom function: its value is kept.
  expect(book.getWorksheet('Sheet1')?.getCell('B1').formula).toBeUndefined();
});

test('"Load sample plan" builds a scorecard with tracked values at once', async () => {
  const loaded = await post('/api/sample', {});
  const sample = samplePlan(new Date('2027-04-10T10:00:00Z'), 'fr');
  expect(loaded.json).toMatchObject({
    ok: true,
    summary: { ok: true, kpiCount: Object.keys(sample.tracked).length },
  });
  // The starter template, in the clock's year, with January to March typed in.
  expect(sample.plan.period.start).toBe('2027-01-01');
  expect(Object.values(sample.tracked).every((values) => values.length === 3)).toBe(true);
  const state = await getJson<{ activeSheet: string }>('/api/state');
  expect(state.activeSheet).toBe('Tableau de bord');
  const { status } = await statusOf('Taux de conversion');
  expect(status.display).not.toBe(STATUS_LABELS.noData.fr);
});

test('the page says its language, and the .xlsx is named after the plan built', async () => {
  const html = await (await fetch(server.url)).text();
  expect(html).toContain('<html lang="fr">');
  await post('/api/sample', {});
  const download = await fetch(`${server.url}export.xlsx`);
  expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.xlsx"$/);
  expect(download.headers.get('content-disposition')).not.toContain('kpi-kit-playground');
  const english = await startPlaygroundServer({ port: 0, codeJs: readDist('Code.js'), locale: 'en_US' });
  try {
    expect(await (await fetch(english.url)).text()).toContain('<html lang="en">');
  } finally {
    await english.close();
  }
});
