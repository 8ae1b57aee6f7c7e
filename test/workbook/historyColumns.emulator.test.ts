// Last year's columns in Tracking (`period.history`): where they sit, how they look, and that a rebuild
// keeps what was typed in them exactly as in the plan's own periods. dist/Code.js on the emulator, the
// sheets read as a user sees them.
import { generatedPlan } from '../core/plan/fixtures';
import { openSession } from './helpers/emulatorBuild';

type Summary = {
  ok: boolean;
  restoredValues?: number;
  keptInPlace?: number;
  movedValues?: number;
  archivedValues?: number;
};

function planWithHistory(history: boolean | undefined) {
  const plan = generatedPlan(3);
  return { ...plan, period: { ...plan.period, ...(history === undefined ? {} : { history }) } };
}

/** The Scorecard's "Valeur à date" for a KPI, as shown. */
function scorecardValue(em: ReturnType<typeof openSession>['em'], kpiName: string): string {
  const view = em.view('Tableau de bord');
  const header = view.rows.findIndex((r) => r.some((c) => c.value === 'Valeur à date'));
  const col = view.rows[header]!.findIndex((c) => c.value === 'Valeur à date');
  const nameCol = view.rows[header]!.findIndex((c) => c.value === 'KPI');
  const row = view.rows.find((r) => r[nameCol]?.value === kpiName)!;
  return row[col]!.display;
}

describe('Tracking with last year’s columns', () => {
  test('twelve history months sit left of the plan’s months, muted, with their keys and a note', () => {
    const { em, scope } = openSession();
    expect(scope.buildWorkbook(planWithHistory(true))).toMatchObject({ ok: true });
    const view = em.view('Suivi');
    // E..P: January to December 2026; Q..AB: the plan's 2027.
    expect([view.cell('E3').value, view.cell('P3').value]).toEqual(['janv. 2026', 'déc. 2026']);
    expect([view.cell('E2').value, view.cell('P2').value]).toEqual(['2026-01', '2026-12']);
    expect([view.cell('Q3').value, view.cell('AB3').value]).toEqual(['janv. 2027', 'déc. 2027']);
    expect([view.cell('Q2').value, view.cell('AB2').value]).toEqual(['2027-01', '2027-12']);
    expect(view.cell('AC3').value).toBe('');
    expect(view.cell('E3').note).toBe('Année précédente (historique)\nDu 2026-01-01 au 2026-01-31');
    expect(view.cell('Q3').note).toBe('Du 2027-01-01 au 2027-01-31');
    // Muted header, unlike the plan's period headers; value cells styled as inputs like the others.
    expect(view.cell('E3').fontColor).toBe('#5f6368');
    expect(view.cell('Q3').fontColor).not.toBe('#5f6368');
    expect(view.cell('E4').background).toBe(view.cell('Q4').background);
  });

  test('an English plan says so in English', () => {
    const { em, scope } = openSession();
    const plan = { ...planWithHistory(true), language: 'en' as const };
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    const view = em.view('Tracking');
    expect(view.cell('E3').value).toBe('Jan 2026');
    expect(view.cell('E3').note).toBe('Previous year (history)\nFrom 2026-01-01 to 2026-01-31');
  });

  test('the Scorecard still reads the plan’s periods, not last year’s', () => {
    const plain = openSession();
    expect(plain.scope.buildWorkbook(planWithHistory(undefined))).toMatchObject({ ok: true });
    plain.ss
      .getSheetByName('Suivi')!
      .getRange('E4:F4')
      .setValues([[10, 11]]);
    const withHistory = openSession();
    expect(withHistory.scope.buildWorkbook(planWithHistory(true))).toMatchObject({ ok: true });
    const tracking = withHistory.ss.getSheetByName('Suivi')!;
    tracking.getRange('Q4:R4').setValues([[10, 11]]);
    // Last year's figures do not count toward this year's value to date.
    tracking.getRange('E4:F4').setValues([[500, 600]]);
    const expected = scorecardValue(plain.em, 'KPI 1');
    expect(expected).not.toBe('');
    expect(scorecardValue(withHistory.em, 'KPI 1')).toBe(expected);
  });

  test('a rebuild keeps values typed in history columns in place, like the plan’s', () => {
    const { em, scope, ss } = openSession();
    expect(scope.buildWorkbook(planWithHistory(true))).toMatchObject({ ok: true });
    const tracking = ss.getSheetByName('Suivi')!;
    tracking.getRange('E4').setValue(7);
    tracking.getRange('Q4').setValue(10);
    const summary = scope.buildWorkbook(planWithHistory(true)) as Summary;
    expect(summary).toMatchObject({ ok: true, restoredValues: 2, keptInPlace: 2, archivedValues: 0 });
    const view = em.view('Suivi');
    expect([view.cell('E4').value, view.cell('Q4').value]).toEqual([7, 10]);
  });

  test('history turned off archives last year’s values; turned on again brings them back', () => {
    const { em, scope, ss } = openSession();
    expect(scope.buildWorkbook(planWithHistory(true))).toMatchObject({ ok: true });
    const tracking = ss.getSheetByName('Suivi')!;
    tracking.getRange('E4:F4').setValues([[7, 8]]);
    tracking.getRange('Q4').setValue(10);

    const off = scope.buildWorkbook(planWithHistory(false)) as Summary;
    expect(off).toMatchObject({ ok: true, restoredValues: 1, archivedValues: 2 });
    let view = em.view('Suivi');
    // Without history the plan's January is back in E, as in a plan that never had history.
    expect([view.cell('E2').value, view.cell('E3').value, view.cell('E4').value]).toEqual([
      '2027-01',
      'janv. 2027',
      10,
    ]);

    const on = scope.buildWorkbook(planWithHistory(true)) as Summary;
    expect(on).toMatchObject({ ok: true, restoredValues: 3, archivedValues: 0 });
    view = em.view('Suivi');
    expect([view.cell('E4').value, view.cell('F4').value, view.cell('Q4').value]).toEqual([7, 8, 10]);
  });

  test('the Objectives header says so, and a rebuild from the workbook keeps the columns', () => {
    const { em, scope, ss } = openSession();
    expect(scope.buildWorkbook(planWithHistory(true))).toMatchObject({ ok: true });
    let objectives = em.view('Objectifs');
    expect([objectives.cell('E4').value, objectives.cell('F4').value]).toEqual(['Année précédente', true]);
    ss.getSheetByName('Suivi')!.getRange('E4').setValue(7);
    expect(scope.loadPlanFromWorkbook()).toMatchObject({ ok: true, plan: { period: { history: true } } });
    scope.rebuildFromWorkbook();
    expect(em.view('Suivi').cell('E2').value).toBe('2026-01');
    expect(em.view('Suivi').cell('E4').value).toBe(7);

    // A plan without history writes nothing there.
    expect(scope.buildWorkbook(planWithHistory(undefined))).toMatchObject({ ok: true });
    objectives = em.view('Objectifs');
    expect([objectives.cell('E4').value, objectives.cell('F4').value]).toEqual(['', '']);
  });
});
