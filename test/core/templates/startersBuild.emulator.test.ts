// Issue 8: "each starter builds through the emulator with no warning". Every starter, in French and in
// English, is built by the REAL dist/Code.js (buildWorkbook, as the sidebar calls it) into the offline
// emulator, and read back through what the user sees: the build summary, the three sheets, the
// emulator's view warnings, no engine error in any cell, and the SMART scores the Objectives sheet shows.
import type { Lang } from '../../../src/core/i18n';
import { kpisOf, parsePlan } from '../../../src/core/plan';
import { getStarterPlan, starters } from '../../../src/core/templates';
import { SHEET_NAMES } from '../../../src/workbook/labels';
import { OBJECTIVES_COLUMNS, OBJECTIVES_HEADER_ROW } from '../../../src/workbook/layoutContext';
import { openSession } from '../../workbook/helpers/emulatorBuild';

type Summary = { ok: boolean; sheets?: string[]; kpiCount?: number; warnings?: string[]; problems?: unknown };

const ENGINE_ERROR = /^#(DIV\/0!|N\/A|NAME\?|VALUE!|NUM!|REF!|ERROR!|NULL!)$/;
const SCORE_COLUMNS = (['strategicSmartScore', 'operationalSmartScore'] as const).map(
  (key) => OBJECTIVES_COLUMNS.indexOf(key) + 1,
);

const cases = starters().flatMap((s) => (['fr', 'en'] as Lang[]).map((lang) => [s.id, lang] as const));

describe.each(cases)('starter %s (%s) built by dist/Code.js in the emulator', (id, lang) => {
  const plan = getStarterPlan(id, lang);
  if (!plan) throw new Error(`no starter ${id}`);
  const parsed = parsePlan(plan);
  if (!parsed.ok) throw new Error(`${id} must be a valid plan`);
  const kpiCount = kpisOf(parsed.plan).length;
  const names = (['objectives', 'tracking', 'scorecard', 'dashboard'] as const).map(
    (role) => SHEET_NAMES[role][lang],
  );

  // One build per case, shared by its tests (a build takes a few hundred milliseconds).
  const { em, scope } = openSession(
    lang === 'fr' ? { locale: 'fr_FR', userLocale: 'fr_FR' } : { locale: 'en_US', userLocale: 'en_US' },
  );
  const summary = scope.buildWorkbook(plan) as Summary;

  it('builds, with no warning, the four sheets', () => {
    expect(summary).toMatchObject({ ok: true, sheets: names, kpiCount, warnings: [] });
    expect(em.snapshot().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(names));
  });

  it('no sheet shows an engine error or a view warning', () => {
    for (const name of names) {
      const view = em.view(name);
      expect(view.warnings).toEqual([]);
      // The dashboard's chart data marks a period without a value #N/A on purpose: a chart draws a gap
      // there, not a zero. Any other error, anywhere, is a bug.
      const gap = (display: string) => name === names[3] && display === '#N/A';
      const errors = view.rows
        .flat()
        .filter((cell) => (cell.error || ENGINE_ERROR.test(cell.display)) && !gap(cell.display));
      expect(errors.map((cell) => `${name}!${cell.a1} ${cell.display}`)).toEqual([]);
    }
  });

  it('shows a SMART score of at least 4/5 beside every objective, as the user reads it', () => {
    const view = em.view(names[0]!);
    const shown: string[] = [];
    for (let row = OBJECTIVES_HEADER_ROW + 1; row <= OBJECTIVES_HEADER_ROW + kpiCount; row++)
      for (const column of SCORE_COLUMNS) shown.push(view.cell(row, column).display);
    // One strategic and one operational score on each KPI row, displayed "n/5".
    expect(shown).toHaveLength(2 * kpiCount);
    expect(shown.filter((text) => !/^[0-5]\/5$/.test(text))).toEqual([]);
    expect(shown.filter((text) => Number(text[0]) < 4)).toEqual([]);
  });
});
