// What people do to built sheets between two builds, and what a rebuild must keep. Each case is one a
// user hit: dist/Code.js on the emulator, the sheets read as a user sees them.
import { generatedPlan } from '../core/plan/fixtures';
import { openSession, writeCalls } from './helpers/emulatorBuild';

type Summary = {
  ok: boolean;
  restoredValues?: number;
  keptInPlace?: number;
  movedValues?: number;
  archivedValues?: number;
  archiveSheet?: string;
  report?: string[];
  problems?: { path: string; message: string }[];
};

/** The Scorecard's "Valeur à date" for a KPI, as shown. */
function scorecardValue(em: ReturnType<typeof openSession>['em'], kpiName: string): string {
  const view = em.view('Tableau de bord');
  const header = view.rows.findIndex((r) => r.some((c) => c.value === 'Valeur à date'));
  const col = view.rows[header]!.findIndex((c) => c.value === 'Valeur à date');
  const nameCol = view.rows[header]!.findIndex((c) => c.value === 'KPI');
  const row = view.rows.find((r) => r[nameCol]?.value === kpiName)!;
  return row[col]!.display;
}

/** A session with a built 3-KPI monthly plan and values typed for kpi-1 (Jan, Feb) and kpi-3 (Dec). */
function builtWithValues() {
  const session = openSession();
  expect(session.scope.buildWorkbook(generatedPlan(3))).toMatchObject({ ok: true });
  const tracking = session.ss.getSheetByName('Suivi')!;
  tracking.getRange('E4:F4').setValues([[10, 11]]);
  tracking.getRange('P6').setValue(30);
  return { ...session, tracking };
}

describe('a rebuild after a user rearranged Tracking keeps every value', () => {
  test('a title row inserted above the sheet stays, and the grid stays below it', () => {
    const { em, scope, tracking } = builtWithValues();
    const before = scorecardValue(em, 'KPI 1');
    tracking.insertRowsBefore(1, 1);
    tracking.getRange('A1').setValue('Suivi mensuel — équipe acquisition');
    const summary = scope.buildWorkbook(generatedPlan(3)) as Summary;
    expect(summary).toMatchObject({ ok: true, restoredValues: 3, movedValues: 0, archivedValues: 0 });
    // The three values, and the user's own title.
    expect(summary.keptInPlace).toBe(4);
    expect(summary.report).toEqual(['Vos saisies\u00a0: 4 restées en place.']);
    const view = em.view('Suivi');
    expect(view.cell('A1').value).toBe('Suivi mensuel — équipe acquisition');
    expect(view.cell('A4').value).toBe('ID KPI');
    expect([view.cell('E5').value, view.cell('F5').value, view.cell('P7').value]).toEqual([10, 11, 30]);
    // The Scorecard reads the moved grid: same value as before the row was inserted.
    expect(scorecardValue(em, 'KPI 1')).toBe(before);
    expect(before).not.toBe('');
  });

  test('a column inserted before A stays, and the grid stays right of it', () => {
    const { em, scope, tracking } = builtWithValues();
    tracking.insertColumnsBefore(1, 1);
    tracking.getRange('A4').setValue('Équipe SEA');
    const summary = scope.buildWorkbook(generatedPlan(3)) as Summary;
    expect(summary).toMatchObject({ ok: true, restoredValues: 3, archivedValues: 0 });
    const view = em.view('Suivi');
    expect(view.cell('A4').value).toBe('Équipe SEA');
    expect([view.cell('F4').value, view.cell('G4').value, view.cell('Q6').value]).toEqual([10, 11, 30]);
    expect(scorecardValue(em, 'KPI 3')).not.toBe('');
  });

  test('the hidden key row deleted: values are found by the period headers and put back', () => {
    const { em, scope, tracking } = builtWithValues();
    tracking.deleteRow(2);
    const summary = scope.buildWorkbook(generatedPlan(3)) as Summary;
    expect(summary).toMatchObject({ ok: true, restoredValues: 3, archivedValues: 0 });
    const view = em.view('Suivi');
    expect(view.cell('A2').value).toBe('kpikit:period-keys');
    expect([view.cell('E4').value, view.cell('F4').value, view.cell('P6').value]).toEqual([10, 11, 30]);
  });

  test('a column inserted between two periods, with a value typed in it, is archived with its cell', () => {
    const { em, scope, tracking } = builtWithValues();
    tracking.insertColumnsAfter(5, 1); // between janv. (E) and févr. (now G)
    tracking.getRange('F3:F4').setValues([['Commentaire'], [99]]);
    const summary = scope.buildWorkbook(generatedPlan(3)) as Summary;
    expect(summary).toMatchObject({ ok: true, restoredValues: 3, archivedValues: 2 });
    expect(summary.report).toEqual([
      'Vos saisies\u00a0: 1 restée en place, 2 déplacées avec leur KPI et leur période, 2 archivées dans la feuille «\u00a0Archive KPI Kit\u00a0».',
    ]);
    const view = em.view('Suivi');
    expect([view.cell('E4').value, view.cell('F4').value, view.cell('P6').value]).toEqual([10, 11, 30]);
    const archive = em
      .view('Archive KPI Kit')
      .rows.slice(2)
      .map((r) => r.slice(0, 5).map((c) => c.value));
    expect(archive).toEqual([
      ['Suivi', 'F3', '', '', 'Commentaire'],
      ['Suivi', 'F4', '', '', 99],
    ]);
  });

  test('a comment beside the grid is left where it is, with its formatting', () => {
    const { em, scope, tracking } = builtWithValues();
    tracking.getRange('R4').setValue('à vérifier avec Léa').setFontWeight('bold');
    expect(scope.buildWorkbook(generatedPlan(3))).toMatchObject({ ok: true, archivedValues: 0 });
    const cell = em.view('Suivi').cell('R4');
    expect([cell.value, cell.bold]).toEqual(['à vérifier avec Léa', true]);
  });

  test('a formula typed in Tracking stays a formula, and follows its KPI when the plan reorders', () => {
    const { em, scope, ss, tracking } = builtWithValues();
    ss.getSheetByName('Sheet1')!.getRange('A1').setValue(21);
    tracking.getRange('G4').setFormula('=Sheet1!A1*2');
    tracking.getRange('H4').setFormula('=E4+F4');
    tracking.getRange('H4').setNote('somme de janvier et février');
    const plan = generatedPlan(3);
    const kpis = plan.objectives[0]!.operational[0]!.kpis;
    kpis.unshift(kpis.pop()!); // kpi-3 first: kpi-1 moves down a row
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true, restoredValues: 5, movedValues: 5 });
    expect(tracking.getRange('G5').getFormula()).toBe('=Sheet1!A1*2');
    expect(tracking.getRange('H5').getFormula()).toBe('=E5+F5');
    const view = em.view('Suivi');
    expect([view.cell('G5').value, view.cell('H5').value, view.cell('H5').note]).toEqual([
      42,
      21,
      'somme de janvier et février',
    ]);
  });

  test('a row inserted among the KPIs: its text is archived, the KPIs below keep their values', () => {
    const { em, scope, tracking } = builtWithValues();
    tracking.insertRowsAfter(4, 1);
    tracking.getRange('B5:E5').setValues([['Total', '', '', 21]]);
    const summary = scope.buildWorkbook(generatedPlan(3)) as Summary;
    expect(summary).toMatchObject({ ok: true, restoredValues: 3, archivedValues: 2 });
    expect(em.view('Suivi').cell('P6').value).toBe(30);
    const archive = em
      .view('Archive KPI Kit')
      .rows.slice(2)
      .map((r) => r.slice(0, 5).map((c) => c.value));
    expect(archive).toEqual([
      ['Suivi', 'B5', '', '', 'Total'],
      ['Suivi', 'E5', '', '', 21],
    ]);
  });

  test('a Tracking sheet no one can recognise is refused: a message naming it, nothing written', () => {
    const { em, scope, tracking } = builtWithValues();
    tracking.deleteRows(2, 2); // the key row and the header row
    em.calls.reset();
    const summary = scope.buildWorkbook(generatedPlan(3)) as Summary;
    expect(summary.ok).toBe(false);
    expect(summary.problems?.[0]?.message).toMatch(/«\u00a0Suivi\u00a0» .*Rien n’a été écrit/);
    expect(writeCalls(em)).toEqual([]);
    expect(em.view('Suivi').cell('E2').value).toBe(10);
  });
});

describe('the other built sheets', () => {
  test('text typed right of the Objectives table stays where it is', () => {
    const { em, scope, ss } = builtWithValues();
    const objectives = ss.getSheetByName('Objectifs')!;
    objectives.getRange('Z9').setValue('validé en comité');
    objectives.getRange('C2').setValue('version 3');
    expect(scope.buildWorkbook(generatedPlan(3))).toMatchObject({ ok: true, archivedValues: 0 });
    const view = em.view('Objectifs');
    expect([view.cell('Z9').value, view.cell('C2').value]).toEqual(['validé en comité', 'version 3']);
  });

  test('a row a user inserted in the Scorecard is archived, never dropped', () => {
    const { em, scope, ss } = builtWithValues();
    const scorecard = ss.getSheetByName('Tableau de bord')!;
    const view = em.view('Tableau de bord');
    const header = view.rows.findIndex((r) => r.some((c) => c.value === 'Valeur à date')) + 1;
    scorecard.insertRowsAfter(header + 1, 1);
    scorecard.getRange(header + 2, 3).setValue('Point à revoir lundi');
    const summary = scope.buildWorkbook(generatedPlan(3)) as Summary;
    expect(summary.ok).toBe(true);
    const archive = em
      .view('Archive KPI Kit')
      .rows.slice(2)
      .map((r) => r.slice(0, 5).map((c) => c.value));
    expect(archive).toContainEqual(['Tableau de bord', `C${header + 2}`, '', '', 'Point à revoir lundi']);
  });

  test('the menu rebuild says what it kept, moved and archived', () => {
    const { em, scope, tracking } = builtWithValues();
    tracking.insertRowsBefore(1, 1);
    scope.rebuildFromWorkbook();
    expect(em.toasts().at(-1)?.message).toMatch(
      /^Tableau de bord reconstruit\u00a0: 3 KPI\.\nVos saisies\u00a0: 3 restées en place\.$/,
    );
  });
});
