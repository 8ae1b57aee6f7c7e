// The workbook builder as users hit it: dist/Code.js loaded against the offline emulator, entry points
// called like the sidebar and the menu call them.
import { UNIX_EPOCH_SERIAL } from '../../src/core/calendarDate';
import { listKpis } from '../../src/core/kpiLibrary';
import { parsePlan } from '../../src/core/plan/parse';
import { readPlanFromWorkbook } from '../../src/workbook/read/readPlan';
import { generatedPlan, examplePlan } from '../core/plan/fixtures';
import { loadCodeJs } from '../helpers/codeJs';
import { openSession, roundTrips, writeCalls } from './helpers/emulatorBuild';

type Summary = {
  ok: boolean;
  sheets?: string[];
  kpiCount?: number;
  warnings?: string[];
  problems?: { path: string; message: string }[];
  restoredValues?: number;
  archivedValues?: number;
  archiveSheet?: string;
  report?: string[];
};

describe('buildWorkbook(plan) from the sidebar', () => {
  test('builds Objectives, Tracking and Scorecard, marked as KPI Kit sheets', () => {
    const { em, scope } = openSession();
    const summary = scope.buildWorkbook(JSON.stringify(examplePlan())) as Summary;
    expect(summary).toMatchObject({
      ok: true,
      sheets: ['Objectifs', 'Suivi', 'Tableau de bord', 'Graphiques'],
      kpiCount: 1,
    });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary); // JSON only, for google.script.run

    const snap = em.snapshot();
    const sheet = (name: string) => snap.sheets.find((s) => s.name === name)!;
    for (const [name, role] of <[string, string][]>[
      ['Objectifs', 'objectives'],
      ['Suivi', 'tracking'],
      ['Tableau de bord', 'scorecard'],
    ])
      expect(sheet(name).developerMetadata).toContainEqual(
        expect.objectContaining({ key: 'kpikit.role', value: role }),
      );
    expect(sheet('Objectifs')).toMatchObject({ frozenRows: 8 });
    expect(sheet('Suivi')).toMatchObject({ frozenRows: 3, frozenColumns: 4 });
    expect(sheet('Tableau de bord').protections).toEqual([
      expect.objectContaining({ type: 'SHEET', warningOnly: true }),
    ]);
    expect(sheet('Sheet1').developerMetadata).toEqual([]);
  });

  test('Objectives: header block, one row per KPI with library fields, dropdowns and number/date validation', () => {
    const { em, scope } = openSession();
    scope.buildWorkbook(examplePlan());
    const view = em.view('Objectifs');
    expect(view.cell('B1').value).toBe('Croissance e-commerce 2027');
    expect(view.cell('B4').display).toBe('2027-01-01');
    expect(view.cell('C4').display).toBe('2027-12-31');
    expect(view.cell('D4').value).toBe('mensuel');
    expect(view.cell('D4').note).toBe('hebdomadaire, mensuel, trimestriel');
    const header = view.rows[7]!.map((c) => c.value);
    const col = (title: string) => header.indexOf(title) + 1;
    const row = 9;
    expect(view.cell(row, col('KPI')).value).toBe('Taux de conversion');
    expect(view.cell(row, col('Définition')).value).toMatch(/sessions/);
    expect(view.cell(row, col('Cible')).value).toBe(0.024);
    expect(view.cell(row, col('Cible')).display).toBe('2,4%');
    expect(view.cell(row, col('Échéance')).display).toBe('2027-06-30');
    // The enumerated words are the plan's (French) words, and the dropdowns list them.
    expect(view.cell(row, col('Unité')).value).toBe('pourcentage');
    expect(view.cell(row, col('Sens')).value).toBe('hausse');
    expect(view.cell(row, col('Agrégation')).value).toBe('dernière valeur');
    expect(view.cell(row, col('Unité')).validation).toMatchObject({
      values: [['nombre', 'pourcentage', 'devise', 'durée'], true],
      allowInvalid: false,
    });
    expect(view.cell(row, col('Sens')).validation).toMatchObject({
      values: [['hausse', 'baisse', 'cible'], true],
      allowInvalid: false,
    });
    expect(view.cell(row, col('Agrégation')).validation).toMatchObject({
      values: [['dernière valeur', 'somme', 'moyenne'], true],
      allowInvalid: false,
    });
    expect(view.cell(row, col('Cible')).validation?.criteria).toMatch(/NUMBER/);
    expect(view.cell(row, col('Échéance')).validation?.criteria).toMatch(/DATE/);
    expect(view.cell(row, col('SMART (opérationnel)')).value).toEqual(expect.any(Number));
  });

  test('Tracking: baseline first, one column per month, a rate warned outside 0–100 % with help text, source note', () => {
    const { em, scope } = openSession();
    scope.buildWorkbook(examplePlan());
    const view = em.view('Suivi');
    expect(view.rows[2]!.slice(0, 6).map((c) => c.display)).toEqual([
      'ID KPI',
      'KPI',
      'Unité',
      'Valeur de départ',
      'janv. 2027',
      'févr. 2027',
    ]);
    expect(view.rows[2]!.length).toBeGreaterThanOrEqual(16);
    expect(view.cell('P3').display).toBe('déc. 2027');
    expect(view.cell('A4').value).toBe('conversion-rate');
    expect(view.cell('B4').display).toBe('Taux de conversion');
    expect(view.cell('B4').note).toMatch(/GA4/);
    expect(view.cell('C4').display).toBe('pourcentage');
    expect(view.cell('D4').value).toBe(0.018);
    // A conversion rate is a share: warned (not refused) outside 0–100 %, saying what to type.
    expect(view.cell('E4').validation).toMatchObject({
      criteria: 'NUMBER_BETWEEN',
      values: [0, 1],
      allowInvalid: true,
      helpText: expect.stringMatching(/^Un taux entre 0 et 100/),
    });
    expect(em.snapshot().sheets.find((s) => s.name === 'Suivi')!.cells.E3).toMatchObject({
      note: 'Du 2027-01-01 au 2027-01-31',
    });
  });
});

describe('no injection: user text stays text', () => {
  const corpus = [
    '=HYPERLINK("http://evil")',
    '+33 6 12',
    '-20 %',
    '@channel',
    '=1+1',
    "'quoted",
    '0,5',
    '2027-01-01',
  ];

  test.each(corpus)('%s is written literally wherever a user writes', (text) => {
    const plan = examplePlan();
    plan.name = text;
    plan.strategy = text;
    plan.objectives[0]!.title = text;
    plan.objectives[0]!.operational[0]!.title = text;
    Object.assign(plan.objectives[0]!.operational[0]!.kpis[0]!, { name: text, owner: text, source: text });
    const { em, scope } = openSession();
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    const view = em.view('Objectifs');
    const cells = [view.cell('B1'), view.cell('B2'), ...view.rows[8]!.filter((c) => c.value === text)];
    expect(cells.length).toBeGreaterThanOrEqual(7); // name, strategy, 2 titles, KPI name, owner, source
    for (const c of cells) {
      expect(c.formula).toBe('');
      expect(c.value).toBe(text);
    }
    // Tracking shows the name through our own formula, which yields the text, never evaluates it.
    expect(em.view('Suivi').cell('B4').value).toBe(text);
  });
});

describe('nothing lost on rebuild', () => {
  test('typed values follow their KPI id and period; removed ones go to a visible archive', () => {
    const { em, scope, ss } = openSession();
    const plan = generatedPlan(3);
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    const tracking = ss.getSheetByName('Suivi')!;
    // kpi-1: Jan, Feb; kpi-2: Mar; kpi-3: Dec (row order = plan order)
    tracking.getRange('E4:F4').setValues([[10, 11]]);
    tracking.getRange('G5').setValue(20);
    tracking.getRange('P6').setValue(30);

    // New plan: kpi-2 removed, a new KPI first, the plan now ends in June.
    const next = generatedPlan(3, 'monthly', { start: '2027-01-01', end: '2027-06-30' });
    const kpis = next.objectives[0]!.operational[0]!.kpis;
    kpis.splice(1, 1);
    kpis.unshift({ ...kpis[0]!, id: 'new-kpi', name: 'Nouveau' });
    const summary = scope.buildWorkbook(next) as Summary;
    expect(summary).toMatchObject({
      ok: true,
      restoredValues: 2,
      archivedValues: 2,
      archiveSheet: 'Archive KPI Kit',
      report: [
        'Vos saisies\u00a0: 2 déplacées avec leur KPI et leur période, 2 archivées dans la feuille «\u00a0Archive KPI Kit\u00a0».',
      ],
    });

    const view = em.view('Suivi');
    expect(view.rows.slice(3, 6).map((r) => [r[0]!.value, r[4]!.value, r[5]!.value, r[6]!.value])).toEqual([
      ['new-kpi', '', '', ''],
      ['kpi-1', 10, 11, ''],
      ['kpi-3', '', '', ''],
    ]);
    // Nothing of the old, wider grid is left beside the new one.
    expect([view.cell('P6').value, view.cell('P3').value, view.cell('K3').value]).toEqual(['', '', '']);
    expect(view.cell('J3').display).toBe('juin 2027');
    const archive = em.view('Archive KPI Kit').rows.map((r) => r.slice(0, 5).map((c) => c.value));
    expect(archive[0]![0]).toBe('Archive KPI Kit');
    expect(archive.slice(2)).toEqual([
      ['Suivi', 'G5', 'kpi-2', '2027-03', 20],
      ['Suivi', 'P6', 'kpi-3', '2027-12', 30],
    ]);

    // Put them back in the plan: the archived values come home.
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true, restoredValues: 4, archivedValues: 0 });
    const back = em.view('Suivi');
    expect(back.cell('G5').value).toBe(20);
    expect(back.cell('P6').value).toBe(30);
    expect(back.cell('F4').value).toBe(11);
  });

  test('a workbook whose monthly keys Sheets read as dates (built before keys were plain text) keeps its values on rebuild', () => {
    // Paris: the key dates are midnight there, the evening before in UTC, where the vm reads them.
    const { em, scope, ss } = openSession({ timeZone: 'Europe/Paris' });
    const plan = generatedPlan(3);
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    const tracking = ss.getSheetByName('Suivi')!;
    const keys = tracking.getRange('E2:P2');
    expect(keys.getValues()[0]!.slice(0, 2)).toEqual(['2027-01', '2027-02']);
    // What Sheets made of "2027-01" … "2027-12" written without a text format: first-of-month dates.
    const firstOfMonth = Array.from(
      { length: 12 },
      (_, m) => Date.UTC(2027, m, 1) / 86_400_000 + UNIX_EPOCH_SERIAL,
    );
    keys.setNumberFormat('MMM yyyy').setValues([firstOfMonth]);
    expect(keys.getValues()[0]![0]).toBeInstanceOf(Date);
    tracking.getRange('E4:F4').setValues([[10, 11]]);
    tracking.getRange('P6').setValue(30);

    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true, restoredValues: 3, archivedValues: 0 });
    const view = em.view('Suivi');
    expect([view.cell('E4').value, view.cell('F4').value, view.cell('P6').value]).toEqual([10, 11, 30]);
    expect(tracking.getRange('E2:F2').getValues()).toEqual([['2027-01', '2027-02']]);
  });

  test('the period picked on the Scorecard stays picked while the plan still tracks it', () => {
    const { em, scope, ss } = openSession();
    const plan = generatedPlan(3);
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    ss.getSheetByName('Suivi')!
      .getRange('E4:G4')
      .setValues([[10, 11, 12]]);
    const selector = () => ss.getSheetByName('Tableau de bord')!.getRange('B2');
    const shown = () => em.view('Tableau de bord').cell('D2').display;
    expect(shown()).toBe('mars 2027'); // blank selector: the latest period with data
    selector().setValue('févr. 2027');
    expect(shown()).toBe('févr. 2027');

    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    expect(selector().getValue()).toBe('févr. 2027');
    expect(shown()).toBe('févr. 2027');

    // The plan switched to English: the same period, in English, still picked.
    expect(scope.buildWorkbook({ ...plan, language: 'en' })).toMatchObject({ ok: true });
    expect(selector().getValue()).toBe('Feb 2027');
    expect(shown()).toBe('Feb 2027');

    // The period is no longer tracked: the selector is blank again, showing the latest period with data.
    const january = { ...plan, period: { ...plan.period, end: '2027-01-31' } };
    for (const kpi of january.objectives.flatMap((so) => so.operational.flatMap((oo) => oo.kpis)))
      kpi.deadline = '2027-01-31';
    expect(scope.buildWorkbook(january)).toMatchObject({ ok: true });
    expect(selector().getValue()).toBe('');
    expect(shown()).toBe('janv. 2027');
  });

  test('the parameters tuned on the Scorecard (cap, default band and weight) survive a rebuild; a value the formulas cannot use does not', () => {
    const { em, scope, ss } = openSession();
    const plan = generatedPlan(3);
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    const parameters = () => ss.getSheetByName('Tableau de bord')!.getRange('B4:F4');
    const defaults = parameters()
      .getValues()[0]!
      .filter((_, i) => i % 2 === 0);
    expect(defaults).toEqual([1.5, 0.1, 1]);

    parameters().setValues([[2, 'Bande', 0.25, 'Poids', 3]]);
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true, warnings: [] });
    expect(
      parameters()
        .getValues()[0]!
        .filter((_, i) => i % 2 === 0),
    ).toEqual([2, 0.25, 3]);
    // Still shown as the layout formats them, and still what the formulas read.
    expect(em.view('Tableau de bord').cell('B4').display).toBe('200%');
    expect(scope.buildWorkbook({ ...plan, language: 'en' })).toMatchObject({ ok: true });
    expect(
      parameters()
        .getValues()[0]!
        .filter((_, i) => i % 2 === 0),
    ).toEqual([2, 0.25, 3]);

    // Text, a band over 100 %, a zero weight: the layout's defaults come back.
    parameters().setValues([['beaucoup', 'Bande', 1.5, 'Poids', 0]]);
    expect(scope.buildWorkbook({ ...plan, language: 'en' })).toMatchObject({ ok: true });
    expect(
      parameters()
        .getValues()[0]!
        .filter((_, i) => i % 2 === 0),
    ).toEqual(defaults);
  });

  test("the user's own conditional-format rules survive, KPI Kit's are replaced, not duplicated", () => {
    const { em, scope, ss } = openSession();
    scope.buildWorkbook(generatedPlan(4));
    const scorecard = ss.getSheetByName('Tableau de bord')!;
    const ours = scorecard.getConditionalFormatRules().length;
    expect(ours).toBeGreaterThan(0);
    const userRule = em.SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains('!!')
      .setBackground('#ff00ff')
      .setRanges([scorecard.getRange('A1:A3')])
      .build();
    scorecard.setConditionalFormatRules([...scorecard.getConditionalFormatRules(), userRule]);
    const tracking = ss.getSheetByName('Suivi')!;
    const trackingRule = em.SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(100)
      .setBackground('#00ff00')
      .setRanges([tracking.getRange('E4:E6')])
      .build();
    tracking.setConditionalFormatRules([trackingRule]);

    scope.buildWorkbook(generatedPlan(4));
    scope.buildWorkbook(generatedPlan(6));
    const rules = em.snapshot().sheets.find((s) => s.name === 'Tableau de bord')!.conditionalFormatRules;
    expect(rules).toHaveLength(ours + 1);
    expect(rules).toContainEqual(expect.objectContaining({ ranges: ['A1:A3'] }));
    expect(em.snapshot().sheets.find((s) => s.name === 'Suivi')!.conditionalFormatRules).toEqual([
      expect.objectContaining({ ranges: ['E4:E6'] }),
    ]);
  });

  test('a sheet KPI Kit did not create is never touched: the build goes beside it', () => {
    const { em, scope, ss } = openSession({ sheets: ['Objectifs', 'Suivi (2)'] });
    ss.getSheetByName('Objectifs')!
      .getRange('A1:B2')
      .setValues([
        ['mine', '=1+1'],
        [3, 4],
      ]);
    const before = em.snapshot().sheets.filter((s) => s.name === 'Objectifs' || s.name === 'Suivi (2)');
    const summary = scope.buildWorkbook(examplePlan()) as Summary;
    expect(summary).toMatchObject({
      ok: true,
      sheets: ['Objectifs (2)', 'Suivi', 'Tableau de bord', 'Graphiques'],
    });
    expect(summary.warnings).toEqual([
      expect.stringMatching(/«\u00a0Objectifs\u00a0» existe déjà .* «\u00a0Objectifs \(2\)\u00a0»/),
    ]);
    const after = em.snapshot().sheets.filter((s) => s.name === 'Objectifs' || s.name === 'Suivi (2)');
    expect(after).toEqual(before);
    // A rebuild finds its own sheets again, whatever their names.
    expect(scope.buildWorkbook(examplePlan())).toMatchObject({
      ok: true,
      sheets: ['Objectifs (2)', 'Suivi', 'Tableau de bord', 'Graphiques'],
    });
    expect(em.snapshot().sheets.filter((s) => s.name === 'Objectifs')).toEqual(before.slice(0, 1));
  });
});

describe("language and the user's own choices", () => {
  test('an English plan builds English sheets', () => {
    const { em, scope } = openSession({ userLocale: 'fr_FR' });
    const plan = { ...examplePlan(), language: 'en' as const };
    expect(scope.buildWorkbook(plan)).toMatchObject({
      ok: true,
      sheets: ['Objectives', 'Tracking', 'Scorecard', 'Dashboard'],
    });
    expect(
      em
        .view('Tracking')
        .rows[2]!.slice(0, 5)
        .map((c) => c.display),
    ).toEqual(['KPI ID', 'KPI', 'Unit', 'Baseline', 'Jan 2027']);
    expect(em.view('Tracking').cell('C4').display).toBe('percent');
    const objectives = em.view('Objectives');
    expect(objectives.cell('D4').value).toBe('monthly');
    const header = objectives.rows[7]!.map((c) => c.value);
    const col = (title: string) => header.indexOf(title) + 1;
    expect(
      [col('Unit'), col('Direction'), col('Aggregation')].map((c) => objectives.cell(9, c).value),
    ).toEqual(['percent', 'higher', 'last']);
    expect(objectives.cell(9, col('Direction')).validation).toMatchObject({
      values: [['higher', 'lower', 'target'], true],
    });
  });

  test('a rebuild keeps a renamed sheet, resized columns, frozen panes and tab colour', () => {
    const { em, scope, ss } = openSession();
    scope.buildWorkbook(generatedPlan(3));
    const tracking = ss.getSheetByName('Suivi')!;
    tracking.setName('Réalisé 2027');
    tracking.setColumnWidth(2, 333);
    tracking.setFrozenRows(4);
    tracking.setTabColor('#123456');
    expect(scope.buildWorkbook(generatedPlan(3))).toMatchObject({
      ok: true,
      sheets: ['Objectifs', 'Réalisé 2027', 'Tableau de bord', 'Graphiques'],
      created: [],
    });
    const snap = em.snapshot().sheets.find((s) => s.name === 'Réalisé 2027')!;
    expect(snap).toMatchObject({ frozenRows: 4, tabColor: '#123456' });
    expect(snap.columnWidths.B).toBe(333);
    expect(em.snapshot().sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'Objectifs',
      'Réalisé 2027',
      'Tableau de bord',
      'Graphiques',
    ]);
  });
});

describe('validation before the first write', () => {
  test('an invalid plan writes nothing and returns every problem with its path', () => {
    const { em, scope } = openSession();
    const before = em.snapshot();
    em.calls.reset();
    const plan = examplePlan();
    plan.objectives[0]!.operational[0]!.kpis[0]!.target = 'beaucoup' as never;
    plan.period.end = '2027-02-30';
    const summary = scope.buildWorkbook(plan) as Summary;
    expect(summary).toEqual({
      ok: false,
      problems: [
        { path: 'period.end', message: expect.stringMatching(/2027-02-30/) },
        {
          path: 'objectives[0].operational[0].kpis[0].target',
          message: 'un nombre attendu, reçu «\u00a0beaucoup\u00a0»',
        },
      ],
    });
    expect(writeCalls(em)).toEqual([]);
    expect(em.snapshot()).toEqual(before);
  });

  test('a plan of another version is refused in one message', () => {
    const { scope } = openSession();
    expect(scope.buildWorkbook({ ...examplePlan(), version: 2 })).toEqual({
      ok: false,
      problems: [
        {
          path: 'version',
          message: 'version de plan 2 non prise en charge\u00a0: ce KPI Kit lit la version 1',
        },
      ],
    });
  });
});

/**
 * The emulator's SpreadsheetApp, except that the `nth` call of `method` (on any object reached from it)
 * throws like a service failure (quota, timeout) would.
 */
function failingOn(app: unknown, method: string, nth: number): unknown {
  let seen = 0;
  const wrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(wrap);
    if (value === null || typeof value !== 'object') return value;
    return new Proxy(value, {
      get(target, prop) {
        const member = Reflect.get(target, prop) as unknown;
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => {
          if (prop === method && ++seen === nth) throw new Error('Service Spreadsheets timed out');
          return wrap((member as (...a: unknown[]) => unknown).apply(target, args));
        };
      },
    });
  };
  return wrap(app);
}

describe('a build that fails halfway', () => {
  test('answers with a message and leaves every typed value in place; the next build completes', () => {
    const { em, scope, ss } = openSession();
    const plan = generatedPlan(3);
    scope.buildWorkbook(plan);
    ss.getSheetByName('Suivi')!
      .getRange('E4:G4')
      .setValues([[1, 2, 3]]);
    // Objectives, Tracking, Scorecard are written in that order: fail as Tracking starts.
    const broken = loadCodeJs({
      ...em.globals,
      SpreadsheetApp: failingOn(em.SpreadsheetApp, 'insertRowsAfter', 2),
    });
    expect(broken.buildWorkbook(plan)).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message: expect.stringMatching(
            /^La construction s’est interrompue \(Service Spreadsheets timed out\)/,
          ),
        },
      ],
    });
    expect(
      em
        .view('Suivi')
        .rows[3]!.slice(4, 7)
        .map((c) => c.value),
    ).toEqual([1, 2, 3]);
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true, restoredValues: 3 });
    expect(
      em
        .view('Suivi')
        .rows[3]!.slice(4, 7)
        .map((c) => c.value),
    ).toEqual([1, 2, 3]);
  });
});

describe('the document lock', () => {
  test('a second build while one runs waits, then fails clearly and writes nothing', () => {
    const { em, scope } = openSession();
    const release = em.locks.holdDocumentLock();
    const before = em.snapshot();
    em.calls.reset();
    const summary = scope.buildWorkbook(examplePlan()) as Summary;
    expect(summary).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/Une autre construction KPI Kit est en cours/) }],
    });
    expect(em.calls.count('Lock.tryLock')).toBe(1);
    expect(writeCalls(em)).toEqual([]);
    expect(em.snapshot()).toEqual(before);
    release();
    expect(scope.buildWorkbook(examplePlan())).toMatchObject({ ok: true });
  });
});

describe('round trip through the Objectives sheet', () => {
  test('the plan read back equals the plan that built it, after defaults, in French and English', () => {
    const english = (plan: ReturnType<typeof examplePlan>) => ({ ...plan, language: 'en' as const });
    for (const plan of [
      examplePlan(),
      generatedPlan(12, 'weekly'),
      generatedPlan(7, 'quarterly'),
      english(examplePlan()),
      english(generatedPlan(12, 'weekly')),
      english(generatedPlan(7, 'quarterly')),
    ]) {
      const { em, scope } = openSession();
      scope.buildWorkbook(plan);
      const expected = parsePlan(plan);
      if (!expected.ok) throw new Error('fixture invalid');
      expect(scope.loadPlanFromWorkbook()).toEqual({ ok: true, plan: expected.plan, ignored: [] });
      expect(readPlanFromWorkbook(em.SpreadsheetApp.getActiveSpreadsheet())).toEqual({
        ok: true,
        plan: expected.plan,
        ignored: [],
      });
    }
  });

  test('"Build scorecard from this workbook" rebuilds with a target and a direction edited in Objectives', () => {
    const { em, scope, ss } = openSession();
    scope.buildWorkbook(generatedPlan(3));
    const objectives = ss.getSheetByName('Objectifs')!;
    const header = objectives.getRange(8, 1, 1, 24).getValues()[0]!;
    const col = (t: string) => header.indexOf(t) + 1;
    objectives.getRange(10, col('Cible')).setValue(999);
    objectives.getRange(10, col('Sens')).setValue('lower');
    scope.rebuildFromWorkbook();
    expect(em.toasts()).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Tableau de bord reconstruit\u00a0: 3 KPI/),
      }),
    ]);
    const read = readPlanFromWorkbook(ss);
    expect(read.ok && read.plan.objectives[0]!.operational[0]!.kpis[1]).toMatchObject({
      id: 'kpi-2',
      target: 999,
      direction: 'lower',
    });
    // The scorecard's formulas read the Objectives sheet: its target for kpi-2 is the new one.
    const scorecard = em.view('Tableau de bord');
    expect(scorecard.rows.flat().some((c) => c.value === 999)).toBe(true);
  });

  test('enumerated cells read back from either language, any case or accents, and from the old English codes', () => {
    const { em, scope, ss } = openSession();
    const plan = generatedPlan(6);
    scope.buildWorkbook(plan);
    const expected = parsePlan(plan);
    if (!expected.ok) throw new Error('fixture invalid');
    const objectives = ss.getSheetByName('Objectifs')!;
    const header = objectives.getRange(8, 1, 1, 24).getValues()[0]!;
    const col = (t: string) => header.indexOf(t) + 1;
    // A workbook built before the words were translated holds the English codes.
    objectives.getRange(4, 4).setValue('monthly');
    expected.plan.objectives[0]!.operational[0]!.kpis.forEach((kpi, i) => {
      objectives.getRange(9 + i, col('Unité')).setValue(kpi.unit);
      objectives.getRange(9 + i, col('Sens')).setValue(kpi.direction);
      objectives.getRange(9 + i, col('Agrégation')).setValue(kpi.aggregation);
    });
    expect(readPlanFromWorkbook(ss)).toEqual({ ok: true, plan: expected.plan, ignored: [] });
    // Hand edits, French or English, in any case, with or without accents.
    objectives.getRange(4, 4).setValue('TRIMESTRIEL');
    objectives.getRange(9, col('Sens')).setValue('Baisse');
    objectives.getRange(9, col('Agrégation')).setValue('derniere valeur');
    objectives.getRange(9, col('Unité')).setValue('Duree');
    objectives.getRange(10, col('Sens')).setValue('TARGET');
    const read = readPlanFromWorkbook(ss);
    expect(read.ok && read.plan.period.frequency).toBe('quarterly');
    expect(read.ok && read.plan.objectives[0]!.operational[0]!.kpis.slice(0, 2)).toMatchObject([
      { id: 'kpi-1', unit: 'duration', direction: 'lower', aggregation: 'last' },
      { id: 'kpi-2', direction: 'target' },
    ]);
    // The rebuild writes them back as the plan's words, and the Scorecard reads those.
    scope.rebuildFromWorkbook();
    expect(em.view('Objectifs').cell(9, col('Sens')).value).toBe('baisse');
    expect(em.view('Objectifs').cell('D4').value).toBe('trimestriel');
  });

  test('an unknown enumerated word is a problem naming the cell, the value and the accepted words', () => {
    const { scope, ss } = openSession();
    scope.buildWorkbook(generatedPlan(2));
    const objectives = ss.getSheetByName('Objectifs')!;
    const header = objectives.getRange(8, 1, 1, 24).getValues()[0]!;
    const column = header.indexOf('Sens') + 1;
    objectives.getRange(10, column).setValue('croissance');
    const cell = `${String.fromCharCode(64 + column)}10`;
    expect(readPlanFromWorkbook(ss, 'fr')).toEqual({
      ok: false,
      problems: [
        {
          path: 'objectives[0].operational[0].kpis[1].direction',
          cell: `Objectifs!${cell}`,
          message:
            '«\u00a0croissance\u00a0» n’est pas une valeur connue\u00a0: choisissez-en une dans la liste (hausse, baisse, cible, higher, lower, target).',
        },
      ],
    });
    objectives.getRange(4, 4).setValue('daily');
    const read = readPlanFromWorkbook(ss, 'en');
    expect(read.ok ? [] : read.problems.map((p) => [p.path, p.cell])).toEqual([
      ['period.frequency', 'Objectifs!D4'],
      ['objectives[0].operational[0].kpis[1].direction', `Objectifs!${cell}`],
    ]);
    expect(read.ok ? '' : read.problems[0]!.message).toBe(
      '"daily" is not a known value: pick one from the list (hebdomadaire, mensuel, trimestriel, weekly, monthly, quarterly).',
    );
  });

  test('an Objectives sheet edited into an invalid plan is refused with paths, nothing rebuilt', () => {
    const { em, scope, ss } = openSession();
    scope.buildWorkbook(generatedPlan(2));
    const objectives = ss.getSheetByName('Objectifs')!;
    const header = objectives.getRange(8, 1, 1, 24).getValues()[0]!;
    const band = header.indexOf('Zone à risque') + 1;
    objectives.getRange(9, band).setValue(3);
    objectives.getRange(1, 2).setValue('');
    const before = em.snapshot();
    scope.rebuildFromWorkbook();
    // The alert names the cells to fix, not plan paths: the reader edits a sheet.
    const lines = em.ui.alerts[0]?.prompt.split('\n') ?? [];
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^Objectifs!B1: /),
      expect.stringMatching(new RegExp(`^Objectifs!${String.fromCharCode(64 + band)}9: .*3`)),
    ]);
    expect(lines.join('\n')).not.toMatch(/objectives\[/);
    expect(em.snapshot().sheets.map((s) => s.cells)).toEqual(before.sheets.map((s) => s.cells));
  });
});

test('loading a plan from a workbook KPI Kit never built says what to do', () => {
  const { scope } = openSession();
  expect(scope.loadPlanFromWorkbook()).toEqual({
    ok: false,
    problems: [
      {
        path: '',
        message: expect.stringMatching(/^Aucune feuille d’objectifs KPI Kit .* depuis l’assistant\.$/),
      },
    ],
  });
});

describe('the KPI library sheet', () => {
  test('insertKpiLibrarySheet writes the whole library, in the user language', () => {
    const { em, scope } = openSession();
    scope.insertKpiLibrarySheet();
    const view = em.view('Bibliothèque KPI');
    expect(view.rows.length).toBe(listKpis().length + 1);
    expect(view.cell('B1').value).toBe('KPI');
    expect(view.rows.slice(1).map((r) => r[0]!.value)).toEqual(listKpis().map((k) => k.id));
    expect(view.cell('B2').value).toBe(listKpis()[0]!.name.fr);
  });
});

describe('call budget', () => {
  // 100 until the dashboard: its sheet and three native charts cost 29 round trips on a first build and
  // 40 on a rebuild, the same for any plan size (npm run bench: 127 and 139).
  test('the same number of service calls for 5 KPIs × 12 months and 500 KPIs × 52 weeks, at most 140 round trips', () => {
    const counts = [
      generatedPlan(5, 'monthly', { start: '2027-01-01', end: '2027-12-31' }),
      generatedPlan(500, 'weekly', { start: '2027-01-04', end: '2028-01-02' }),
    ].map((plan) => {
      const { em, scope } = openSession();
      const build = () => {
        em.calls.reset();
        expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
        return { total: em.calls.total, roundTrips: roundTrips(em), byMethod: em.calls.byMethod() };
      };
      return { first: build(), rebuild: build() };
    });
    const [small, large] = counts as [(typeof counts)[0], (typeof counts)[0]];
    expect(large.first.byMethod).toEqual(small.first.byMethod);
    expect(large.rebuild.byMethod).toEqual(small.rebuild.byMethod);
    expect(small.first.roundTrips).toBeLessThanOrEqual(140);
    expect(small.rebuild.roundTrips).toBeLessThanOrEqual(140);
  });
});
