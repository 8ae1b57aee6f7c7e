import { parsePlan } from '../../src/core/plan/parse';
import type { KpiPlan } from '../../src/core/plan/schema';
import { composeGrid } from '../../src/workbook/apply/grid';
import { layoutContext } from '../../src/workbook/geometry';
import { objectivesLayout } from '../../src/workbook/layouts/objectives';
import { KEY_ROW_MARKER, trackingLayout } from '../../src/workbook/layouts/tracking';
import { enumWord } from '../../src/workbook/enumWords';
import { libraryLayout } from '../../src/workbook/layouts/library';
import { planFromObjectivesGrid } from '../../src/workbook/read/readPlan';
import { readTrackedValues } from '../../src/workbook/read/tracking';
import { chooseSheetNames } from '../../src/workbook/sheetNames';
import { listKpis } from '../../src/core/kpiLibrary';
import { CATEGORY_WORDS, CHANNEL_WORDS, STAGE_WORDS } from '../../src/core/libraryWords';
import { CATEGORIES, CHANNELS, FUNNEL_STAGES } from '../../src/core/vocabulary';
import { examplePlan, generatedPlan } from '../core/plan/fixtures';

function valid(input: unknown): KpiPlan {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}

const names = {
  objectives: 'Objectifs',
  tracking: 'Suivi',
  scorecard: 'Tableau de bord',
  library: 'Bibliothèque KPI',
};

/** What Sheets would hand back from getValues() for what the applier writes (the apostrophe is not kept). */
function asRead(values: (string | number | boolean)[][]): unknown[][] {
  return values.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}

describe('Objectives layout', () => {
  const plan = valid(generatedPlan(60));
  const ctx = layoutContext(plan, names);
  const sheet = objectivesLayout(ctx);
  const grid = composeGrid(sheet);

  test('one row per KPI under a frozen header, id columns hidden, the library linked', () => {
    expect(grid.rows).toBe(ctx.objectives.lastKpiRow);
    expect(sheet.frozenRows).toBe(ctx.objectives.headerRow);
    expect(sheet.hiddenColumns).toEqual([22, 23, 24]);
    expect(grid.values[ctx.objectives.firstKpiRow - 1]![ctx.objectives.columns.kpiId - 1]).toBe('kpi-1');
    const linked = valid(examplePlan());
    const row = composeGrid(objectivesLayout(layoutContext(linked, names))).values[8]!;
    expect(row[ctx.objectives.columns.definition - 1]).toBe(
      listKpis().find((k) => k.id === 'conversion_rate')!.definition.fr,
    );
  });

  test('the plan read back from its grid is the plan', () => {
    const values = asRead(grid.values);
    const display = values.map((row, r) =>
      row.map((v, c) =>
        grid.numberFormats[r]![c] === 'yyyy-mm-dd' && typeof v === 'number'
          ? new Date((v - 25569) * 864e5).toISOString().slice(0, 10)
          : String(v),
      ),
    );
    expect(parsePlan(planFromObjectivesGrid(values, display))).toEqual({ ok: true, plan, ignored: [] });
  });

  test("the grid holds the plan language's words, and reads back to the same plan in French and English", () => {
    for (const language of ['fr', 'en'] as const) {
      const p = valid({ ...generatedPlan(12, 'quarterly'), language });
      const g = composeGrid(objectivesLayout(layoutContext(p, names)));
      const values = asRead(g.values);
      const row = values[ctx.objectives.firstKpiRow]!;
      const kpi = p.objectives[0]!.operational[0]!.kpis[1]!;
      expect(values[3]![3]).toBe(language === 'fr' ? 'trimestriel' : 'quarterly');
      expect(row[ctx.objectives.columns.unit - 1]).toBe(enumWord('unit', kpi.unit, language));
      expect(row[ctx.objectives.columns.direction - 1]).toBe(enumWord('direction', kpi.direction, language));
      expect(row[ctx.objectives.columns.aggregation - 1]).toBe(
        enumWord('aggregation', kpi.aggregation, language),
      );
      expect(parsePlan(planFromObjectivesGrid(values, values))).toEqual({ ok: true, plan: p, ignored: [] });
    }
  });

  test('the number of distinct validations does not grow with the plan', () => {
    const distinct = (p: KpiPlan) =>
      new Set(
        composeGrid(objectivesLayout(layoutContext(p, names)))
          .validations.flat()
          .filter(Boolean)
          .map((v) => JSON.stringify(v)),
      ).size;
    expect(distinct(valid(generatedPlan(2)))).toBe(distinct(plan));
  });
});

test('values typed in a row a user inserted (no KPI id) are archived, not dropped', () => {
  const plan = valid(generatedPlan(2));
  const grid = asRead(composeGrid(trackingLayout(layoutContext(plan, names)).sheet).values);
  grid.splice(4, 0, ['', 'Total', '', '', 99]);
  const next = trackingLayout(layoutContext(plan, names), readTrackedValues(grid));
  expect(next).toMatchObject({ archived: 1 });
  expect(asRead(composeGrid(next.sheet).values).at(-1)?.slice(0, 3)).toEqual(['?row-5', '2027-01', 99]);
});

describe('Tracking layout', () => {
  const plan = valid(generatedPlan(4));
  const ctx = layoutContext(plan, names);

  test('id, name, unit, baseline, then one column per period; hidden key row', () => {
    const { sheet } = trackingLayout(ctx);
    const grid = composeGrid(sheet);
    expect(grid.values[1]!.slice(0, 5)).toEqual([KEY_ROW_MARKER, '', '', '', '2027-01']);
    expect(grid.values[2]!.slice(0, 5)).toEqual(['ID KPI', 'KPI', 'Unité', 'Valeur de départ', 'janv. 2027']);
    expect(grid.values[3]![1]).toBe("='Objectifs'!H9");
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.frozenColumns).toBe(4);
    expect(grid.validations[3]![4]).toMatchObject({
      kind: 'number',
      strict: true,
      helpText: expect.stringMatching(/Nombres/),
    });
  });

  test('typed values come back by KPI id and period key; the rest goes to the archive', () => {
    const first = composeGrid(trackingLayout(ctx).sheet);
    const typed = asRead(first.values);
    typed[3]![4] = 12; // kpi-1, 2027-01
    typed[4]![15] = 'n/a'; // kpi-2, 2027-12
    typed[6]![5] = 7; // kpi-4, 2027-02
    const previous = readTrackedValues(typed);
    expect(previous.get('kpi-1')?.get('2027-01')).toBe(12);

    const shorter = valid({
      ...generatedPlan(4),
      period: { start: '2027-01-01', end: '2027-06-30', frequency: 'monthly' },
    });
    shorter.objectives[0]!.operational[0]!.kpis.pop(); // kpi-4 leaves the plan
    const next = trackingLayout(layoutContext(shorter, names), previous);
    expect(next).toMatchObject({ restored: 1, archived: 2, archiveRow: 8 });
    const grid = composeGrid(next.sheet);
    expect(grid.values[3]![4]).toBe(12);
    expect(asRead(grid.values).slice(9)).toEqual([
      ['kpi-2', '2027-12', 'n/a', '', '', '', '', '', '', ''],
      ['kpi-4', '2027-02', 7, '', '', '', '', '', '', ''],
    ]);
    // A later rebuild reads the archive too, even if someone retitled it.
    const retitled = asRead(grid.values);
    retitled[7]![0] = 'Vieilles valeurs';
    expect(readTrackedValues(retitled).get('kpi-2')?.get('2027-12')).toBe('n/a');
    const again = readTrackedValues(asRead(grid.values));
    expect(again.get('kpi-4')?.get('2027-02')).toBe(7);
  });
});

test('the library sheet lists every KPI, in English or French', () => {
  const en = composeGrid(libraryLayout('KPI library', 'en'));
  expect(en.rows).toBe(listKpis().length + 1);
  expect(en.values[1]![1]).toBe(listKpis()[0]!.name.en);
  const fr = composeGrid(libraryLayout('Bibliothèque KPI', 'fr'));
  const first = listKpis()[0]!;
  // Unit, direction and aggregation (columns E–G) are the plan's words, like the Objectives sheet's.
  expect(fr.values[1]!.slice(4, 7)).toEqual([
    enumWord('unit', first.unit, 'fr'),
    enumWord('direction', first.direction, 'fr'),
    enumWord('aggregation', first.aggregation, 'fr'),
  ]);
  expect(en.values[1]!.slice(4, 7)).toEqual([first.unit, first.direction, first.aggregation]);
});

test('the French library sheet says channel, funnel stage, category and generic sources in French', () => {
  const fr = composeGrid(libraryLayout('Bibliothèque KPI', 'fr'));
  const en = composeGrid(libraryLayout('KPI library', 'en'));
  const column = (grid: typeof fr, i: number) => grid.values.slice(1).map((row) => row[i] as string);
  // Channel, stage and category (columns H–J) hold the words the wizard's filters show.
  listKpis().forEach((kpi, i) => {
    expect([fr, en].map((grid) => grid.values[i + 1]!.slice(7, 10))).toEqual([
      [CHANNEL_WORDS[kpi.channel].fr, STAGE_WORDS[kpi.stage].fr, CATEGORY_WORDS[kpi.category].fr],
      [CHANNEL_WORDS[kpi.channel].en, STAGE_WORDS[kpi.stage].en, CATEGORY_WORDS[kpi.category].en],
    ]);
  });
  const codes = new Set<string>([...CHANNELS, ...FUNNEL_STAGES, ...CATEGORIES]);
  const frenchCells = [7, 8, 9].flatMap((i) => column(fr, i));
  // "SEO" and "E-commerce" are the same word in French; no other English code is left.
  expect(frenchCells.filter((cell) => codes.has(cell))).toEqual([]);
  const frSources = column(fr, 10).join(', ');
  expect(frSources).toMatch(/Comptabilité/);
  expect(frSources).toMatch(/Enquête client/);
  expect(frSources).not.toMatch(/Accounting|Survey/);
  expect(column(en, 10).join(', ')).toMatch(/Accounting/);
});

describe('sheet names', () => {
  test('KPI Kit sheets keep their (renamed) names; foreign sheets push the build to a free name', () => {
    const seen = [
      { name: 'objectifs' },
      { name: 'Objectifs (2)' },
      { name: 'Mon suivi', role: 'tracking' as const },
    ];
    const { names: chosen, beside } = chooseSheetNames(['objectives', 'tracking', 'scorecard'], 'fr', seen);
    expect(chosen).toMatchObject({
      objectives: 'Objectifs (3)',
      tracking: 'Mon suivi',
      scorecard: 'Tableau de bord',
    });
    expect(beside).toEqual(['objectives']);
  });
});
