import { generatedPlan } from '../core/plan/fixtures';
import { openSession } from './helpers/emulatorBuild';

// The dashboard through the real dist/Code.js against the emulator: where its charts point, what the
// cells behind them compute, and what a rebuild does to its charts and to a user's.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PLAN = generatedPlan(3); // KPI 1: last, 100 → 120 by 2027-06-30; KPI 2: sum, 121.5; KPI 3: average, 102 → 123.5

function built() {
  const session = openSession();
  expect(session.scope.buildWorkbook(PLAN)).toMatchObject({ ok: true });
  const sheet = (name: string) => session.ss.getSheetByName(name) as Sheet;
  const charts = () => session.em.snapshot().sheets.find((s) => s.name === 'Graphiques')?.charts ?? [];
  const column = (a1: string) =>
    session.em.view('Graphiques').rows.map((row) => row[a1.charCodeAt(0) - 65]?.value);
  return { ...session, sheet, charts, column };
}

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8)));
const monthEnds = Array.from({ length: 12 }, (_, m) =>
  new Date(Date.UTC(2027, m + 1, 0)).toISOString().slice(0, 10),
);

describe('the dashboard sheet and its charts', () => {
  test('three native charts whose ranges point at the dashboard’s data tables, with their headers', () => {
    const { em, charts } = built();
    const [kpi, attainment, status] = charts();
    expect(charts().map((c) => c.type)).toEqual(['LINE', 'BAR', 'PIE']);
    // The plan spans one year: no "same period last year" series.
    expect(kpi?.ranges).toEqual(['Graphiques!M5:P17']);
    expect(attainment?.ranges).toEqual(['Graphiques!U5:V7']); // one strategic objective, then the goal
    expect(status?.ranges).toEqual(['Graphiques!X5:Y9']);
    const view = em.view('Graphiques');
    expect(view.rows[4]?.slice(12, 16).map((c) => c.display)).toEqual([
      'Période',
      'Réel',
      'Trajectoire',
      'Cible',
    ]);
    expect(view.cell('M6').display).toBe('janv. 2027');
    expect(view.cell('M17').display).toBe('déc. 2027');
    expect([view.cell('U5').display, view.cell('V5').display]).toEqual(['Objectif', 'Atteinte']);
    expect(view.cell('X6').display).toBe('En bonne voie');
    expect(kpi?.numHeaders).toBe(1);
    expect(kpi?.position).toEqual({ anchor: 'A5', offsetX: 0, offsetY: 0 });
    expect(kpi?.options).toMatchObject({
      title: expect.stringMatching(/KPI choisi/),
      colors: ['#1a73e8', expect.any(String), expect.any(String)],
    });
    expect(view.cell('B3').display).toBe('KPI 1');
  });

  test('the KPI chart follows Tracking: actual, a straight trajectory from baseline to target by the deadline, the target', () => {
    const { sheet, column } = built();
    sheet('Suivi')
      .getRange('E4:G4')
      .setValues([[101, 104, '']]);
    const actual = column('N').slice(5, 17);
    expect(actual.slice(0, 3)).toEqual([101, 104, '#N/A']);
    const start = day('2027-01-01');
    const deadline = day('2027-06-30');
    const expected = monthEnds.map((end) => 100 + 20 * Math.min(1, (day(end) - start) / (deadline - start)));
    column('O')
      .slice(5, 17)
      .forEach((v, i) => expect(v).toBeCloseTo(expected[i] as number, 9));
    expect(new Set(column('P').slice(5, 17))).toEqual(new Set([120]));
  });

  test('picking a `sum` KPI: actual and trajectory are running totals up to the target', () => {
    const { sheet, column } = built();
    sheet('Suivi')
      .getRange('E5:G5')
      .setValues([[10, 20, 5]]);
    sheet('Graphiques').getRange('B3').setValue('KPI 2');
    expect(column('N').slice(5, 9)).toEqual([10, 30, 35, '#N/A']);
    const start = day('2027-01-01');
    const end = day('2027-12-31');
    column('O')
      .slice(5, 17)
      .forEach((v, i) =>
        expect(v).toBeCloseTo(121.5 * Math.min(1, (day(monthEnds[i] as string) - start) / (end - start)), 9),
      );
  });

  test('attainment and status counts are the Scorecard’s, read by formula', () => {
    const { em, sheet, column } = built();
    sheet('Suivi')
      .getRange('E4:E6')
      .setValues([[101], [10], [100]]);
    const scorecard = em.view('Tableau de bord');
    const counts = column('Y').slice(5, 9) as number[];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    const statuses = scorecard.rows
      .slice(6, 9)
      .map(
        (row) =>
          row.find((c) => /En bonne voie|À risque|Hors trajectoire|Pas de données/.test(c.display))?.display,
      );
    expect(counts[0]).toBe(statuses.filter((s) => s === 'En bonne voie').length);
    expect(counts[3]).toBe(statuses.filter((s) => s === 'Pas de données').length);
    // Each attainment cell reads the Scorecard's roll-up cell, and shows its value.
    for (const a1 of ['V6', 'V7']) {
      const cell = em.view('Graphiques').cell(a1);
      const [, row] = /^=IFERROR\('Tableau de bord'!\$D\$(\d+)\*1,NA\(\)\)$/.exec(cell.formula ?? '') ?? [];
      expect(row).toBeDefined();
      expect(cell.value).toBe(scorecard.cell(`D${row}`).value);
      expect(cell.value).toEqual(expect.any(Number));
    }
  });

  test('a rebuild replaces KPI Kit’s charts in place (same ids) and leaves a user’s own chart alone', () => {
    const { scope, sheet, charts } = built();
    const ids = charts().map((c) => c.id);
    const dashboard = sheet('Graphiques');
    dashboard.insertChart(
      dashboard
        .newChart()
        .asColumnChart()
        .addRange(sheet('Suivi').getRange('B3:F6'))
        .setOption('title', 'Mon graphique')
        .setPosition(45, 2, 0, 0)
        .build(),
    );
    const mine = charts()[3];
    // Someone retitles our KPI chart: the rebuild puts the spec back, on the same chart.
    const ours = dashboard.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    dashboard.updateChart(ours.modify().setOption('title', 'Retouché').build());
    expect(scope.buildWorkbook(PLAN)).toMatchObject({ ok: true });
    expect(scope.buildWorkbook(PLAN)).toMatchObject({ ok: true });
    const after = charts();
    expect(after.map((c) => c.id)).toEqual([...ids, mine?.id]);
    expect(after[3]).toEqual(mine);
    expect(after[0]?.options.title).toMatch(/KPI choisi/);
  });

  test('a chart of ours the user deleted comes back; the picked KPI and a typed cell survive a rebuild', () => {
    const { scope, sheet, charts, em } = built();
    const dashboard = sheet('Graphiques');
    dashboard.removeChart(dashboard.getCharts()[1] as GoogleAppsScript.Spreadsheet.EmbeddedChart);
    dashboard.getRange('B3').setValue('KPI 3');
    dashboard.getRange('D40').setValue('Note de réunion');
    dashboard.getRange('N8').setValue('écrasé'); // typed over a formula the rebuild writes again
    expect(scope.buildWorkbook(PLAN)).toMatchObject({ ok: true, archivedValues: 1 });
    expect(em.view('Archive KPI Kit').rows.some((row) => row.some((c) => c.display === 'écrasé'))).toBe(true);
    expect(charts().map((c) => c.type)).toEqual(['LINE', 'PIE', 'BAR']);
    const view = em.view('Graphiques');
    expect(view.cell('B3').display).toBe('KPI 3');
    expect(view.cell('D40').display).toBe('Note de réunion');
  });

  test('the same period last year is charted when the plan spans more than a year', () => {
    const { em, scope, ss } = openSession();
    expect(
      scope.buildWorkbook(generatedPlan(2, 'quarterly', { start: '2026-01-01', end: '2027-12-31' })),
    ).toMatchObject({ ok: true });
    const kpi = em.snapshot().sheets.find((s) => s.name === 'Graphiques')?.charts[0];
    expect(kpi?.ranges).toEqual(['Graphiques!M5:Q13']);
    (ss.getSheetByName('Suivi') as Sheet).getRange('E4:I4').setValues([[1, 2, 3, 4, 5]]);
    const view = em.view('Graphiques');
    expect(view.cell('Q5').display).toBe('Même période N-1');
    expect([view.cell('Q9').display, view.cell('Q10').value]).toEqual(['#N/A', 1]);
  });
});
