// The plan review in the Objectives sheet, as a client reading the workbook sees it: dist/Code.js built
// against the offline emulator, cells read as displayed.
import type { KpiPlanInput } from '../../src/core/plan/schema';
import { changed, firstKpi, soundPlan } from '../core/review/plans';
import { openSession } from './helpers/emulatorBuild';

type Summary = { ok: boolean; archivedValues?: number; report?: string[] };

const column = (em: ReturnType<typeof openSession>['em'], sheet = 'Objectifs') =>
  Array.from({ length: 7 }, (_, i) => em.view(sheet).cell(`H${i + 1}`));

describe('the review block of the Objectives sheet', () => {
  test('a sound plan: the counts, and nothing to report', () => {
    const { em, scope } = openSession();
    expect(scope.buildWorkbook(soundPlan())).toMatchObject({ ok: true });
    const cells = column(em);
    expect(cells.map((c) => c.display)).toEqual([
      'Revue du plan\u00a0: 0\u00a0erreur · 0\u00a0avertissement · 0\u00a0conseil',
      'Rien à signaler.',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(cells[0]!.bold).toBe(true);
  });

  test('findings in the plan language, most serious first; plan text stays literal text', () => {
    const { em, scope } = openSession();
    const plan = changed((p) => {
      p.language = 'en';
      const k = firstKpi(p);
      k.name = '=HYPERLINK("http://x")';
      delete k.source;
      delete k.owner;
      p.strategy = 'Rely on LinkedIn';
    });
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    const cells = column(em, 'Objectives');
    expect(cells[0]!.display).toBe('Plan review: 0\u00a0errors · 2\u00a0warnings · 1\u00a0tip');
    expect(cells[1]!.display).toMatch(/^Warning — The plan relies on social media, but no KPI measures it/);
    expect(cells[2]!.display).toBe(
      'Warning — The KPI "=HYPERLINK("http://x")" has no source: nobody knows where to read its value, or whether two people read the same one. Name the tool it is read from (for example GA4, Matomo).',
    );
    expect(cells[3]!.display).toMatch(/^Tip — The KPI "=HYPERLINK\("http:\/\/x"\)" has no owner/);
    for (const cell of cells) expect(cell.formula ?? '').toBe('');
  });

  test('more findings than rows (7): the first five and how many more, in the same seven cells', () => {
    const { em, scope } = openSession();
    const plan: KpiPlanInput = changed((p) => {
      for (const oo of p.objectives[0]!.operational)
        for (const k of oo.kpis) {
          delete k.source;
          delete k.owner;
          delete k.baseline;
          delete k.benchmark;
        }
    });
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    const cells = column(em);
    expect(cells[0]!.display).toBe(
      'Revue du plan\u00a0: 0\u00a0erreur · 2\u00a0avertissements · 5\u00a0conseils',
    );
    expect(cells.slice(1, 6).map((c) => c.display.split(' — ')[0])).toEqual([
      'Attention',
      'Attention',
      'Conseil',
      'Conseil',
      'Conseil',
    ]);
    expect(cells[6]!.display).toBe(
      '… et 2\u00a0autres points\u00a0: Extensions > KPI Kit > Ouvrir l’assistant KPI, étape Revue.',
    );
  });

  test('a rebuild from the edited sheet rewrites the block, archiving none of it as user text', () => {
    const { em, scope } = openSession();
    const plan = changed((p) => {
      for (const oo of p.objectives[0]!.operational) for (const k of oo.kpis) delete k.source;
    });
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    expect(column(em)[1]!.display).toMatch(
      /^Attention — Le KPI «\u00a0Trafic organique\u00a0» n’a pas de source/,
    );
    // The client types the sources in the sheet, then rebuilds from it (menu).
    const sheet = em.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Objectifs')!;
    const header = sheet.getRange('A8:X8').getValues()[0]!;
    const source = header.indexOf('Source') + 1;
    sheet.getRange(9, source, 2, 1).setValues([['GA4'], ['HubSpot']]);
    scope.rebuildFromWorkbook();
    expect(
      column(em)
        .map((c) => c.display)
        .slice(0, 2),
    ).toEqual([
      'Revue du plan\u00a0: 0\u00a0erreur · 0\u00a0avertissement · 0\u00a0conseil',
      'Rien à signaler.',
    ]);
    // And a rebuild of the sound plan again from the sidebar: nothing typed, nothing archived.
    const summary = scope.buildWorkbook(soundPlan()) as Summary;
    expect(summary).toMatchObject({ ok: true, archivedValues: 0 });
    expect(em.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Archive KPI Kit')).toBeNull();
  });
});
