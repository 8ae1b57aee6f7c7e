import { serialToIso } from '../../src/core/calendarDate';
import { parsePlan } from '../../src/core/plan/parse';
import type { KpiPlan } from '../../src/core/plan/schema';
import { composeGrid } from '../../src/workbook/apply/cellBatches';
import { layoutContext } from '../../src/workbook/layoutContext';
import { objectivesLayout } from '../../src/workbook/layouts/objectives';
import { KEY_ROW_MARKER, trackingLayout } from '../../src/workbook/layouts/tracking';
import { enumWord } from '../../src/workbook/enumWords';
import { libraryLayout } from '../../src/workbook/layouts/library';
import { planFromObjectivesGrid } from '../../src/workbook/read/readPlan';
import { readTracking } from '../../src/workbook/read/tracking';
import { renderWorkbook } from '../../src/workbook/build';
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
  dashboard: 'Graphiques',
  library: 'Bibliothèque KPI',
  archive: 'Archive KPI Kit',
};

/** What Sheets would hand back from getValues() for what the applier writes (the apostrophe is not kept). */
function asRead(values: (string | number | boolean)[][]): unknown[][] {
  return values.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}

/** A grid as a rebuild reads it: what the applier wrote as "=..." is a formula, the rest values; no notes. */
function asCells(values: unknown[][]) {
  const isFormula = (v: unknown): v is string => typeof v === 'string' && v.startsWith('=');
  return {
    values: values.map((r) => r.map((v) => (isFormula(v) ? 'computed' : v))),
    formulas: values.map((r) => r.map((v) => (isFormula(v) ? v : ''))),
    notes: values.map((r) => r.map(() => '')),
  };
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
        grid.numberFormats[r]![c] === 'yyyy-mm-dd' && typeof v === 'number' ? serialToIso(v) : String(v),
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

test('values typed in a row a user inserted (no KPI id) are archived with their cell, not dropped', () => {
  const plan = valid(generatedPlan(2));
  const grid = asRead(composeGrid(trackingLayout(layoutContext(plan, names)).sheet).values);
  grid.splice(4, 0, ['', 'Total', '', '', 99]);
  const read = readTracking(asCells(grid));
  expect(read).toMatchObject({ ok: true, origin: { row: 1, column: 1 } });
  const rendered = renderWorkbook(plan, [{ name: 'Suivi', role: 'tracking' }], { tracking: asCells(grid) });
  if (!rendered.ok) throw new Error('refused');
  expect(rendered.kept).toMatchObject({ archived: 2, moved: 0 });
  const archive = rendered.workbook.sheets.find((s) => s.role === 'archive')!;
  const rows = asRead(composeGrid(archive).values).slice(2);
  expect(rows.map((r) => r.slice(0, 5))).toEqual([
    ['Suivi', 'B5', '', '', 'Total'],
    ['Suivi', 'E5', '', '', 99],
  ]);
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

  test('typed values come back by KPI id and period key; the rest goes to the archive sheet', () => {
    const first = composeGrid(trackingLayout(ctx).sheet);
    const typed = asRead(first.values);
    typed[3]![4] = 12; // kpi-1, 2027-01
    typed[4]![15] = 'n/a'; // kpi-2, 2027-12
    typed[6]![5] = 7; // kpi-4, 2027-02
    const read = readTracking(asCells(typed));
    if (!read.ok || read.empty) throw new Error('not read');
    expect(read.entries).toContainEqual({
      id: 'kpi-1',
      key: '2027-01',
      value: 12,
      from: { row: 4, column: 5 },
    });

    const shorter = valid({
      ...generatedPlan(4),
      period: { start: '2027-01-01', end: '2027-06-30', frequency: 'monthly' },
    });
    shorter.objectives[0]!.operational[0]!.kpis.pop(); // kpi-4 leaves the plan
    const seen = [
      { name: 'Objectifs', role: 'objectives' as const },
      { name: 'Suivi', role: 'tracking' as const },
    ];
    // The previous Objectives sheet lists kpi-4: its id in Tracking is KPI Kit's, not the user's.
    const objectives = asCells(asRead(composeGrid(objectivesLayout(ctx)).values));
    const next = renderWorkbook(shorter, seen, { objectives, tracking: asCells(typed) });
    if (!next.ok) throw new Error('refused');
    expect(next).toMatchObject({ restored: 1, kept: { inPlace: 1, moved: 0, archived: 2, archiveSize: 2 } });
    const tracking = composeGrid(next.workbook.sheets.find((s) => s.role === 'tracking')!);
    expect(tracking.values[3]![4]).toBe(12);
    const archive = composeGrid(next.workbook.sheets.find((s) => s.role === 'archive')!);
    const archived = asRead(archive.values).slice(2);
    expect(archived.map((r) => r.slice(0, 5))).toEqual([
      ['Suivi', 'P5', 'kpi-2', '2027-12', 'n/a'],
      ['Suivi', 'F7', 'kpi-4', '2027-02', 7],
    ]);
    // A later rebuild reads the archive back: the values return when their KPI and period do.
    const back = renderWorkbook(
      valid(generatedPlan(4)),
      [...seen, { name: 'Archive KPI Kit', role: 'archive' }],
      {
        objectives,
        tracking: asCells(asRead(tracking.values)),
        archive: asCells(asRead(archive.values)),
      },
    );
    if (!back.ok) throw new Error('refused');
    expect(back.kept).toMatchObject({ moved: 2, archived: 0, archiveSize: 0 });
    const again = composeGrid(back.workbook.sheets.find((s) => s.role === 'tracking')!);
    expect([again.values[4]![15], again.values[6]![5]]).toEqual(['n/a', 7]);
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
      dashboard: 'Graphiques',
    });
    expect(beside).toEqual(['objectives']);
  });
});
