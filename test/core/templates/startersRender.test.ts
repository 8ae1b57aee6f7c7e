import type { Lang } from '../../../src/core/i18n';
import { parsePlan } from '../../../src/core/plan';
import { STARTERS, starterPlan } from '../../../src/core/templates';
import { renderWorkbook } from '../../../src/workbook/build';
import { scorecardLayout } from '../../../src/workbook/scorecard';
import type { SheetSpec } from '../../../src/workbook/types';

// The issue asks that each starter builds with no warning. Until the emulator lands, this renders each
// one into a fresh spreadsheet with the real layouts (pure: no Apps Script) and reads what the user
// would see in the Objectives sheet.

/** Every SMART score the Objectives sheet shows (the cells formatted as "n/5"). */
function smartScores(sheet: SheetSpec): number[] {
  return (sheet.blocks ?? []).flatMap((block) =>
    block.cells.flatMap((row) =>
      row.filter((cell) => cell.numberFormat === '0"/5"').map((cell) => cell.value as number),
    ),
  );
}

const cases = STARTERS.flatMap((s) =>
  (['fr', 'en'] as Lang[]).map((lang) => [`${s.id} (${lang})`, s, lang] as const),
);

describe.each(cases)('starter %s rendered as a workbook', (_name, starter, lang) => {
  const parsed = parsePlan(starterPlan(starter, lang));
  if (!parsed.ok) throw new Error(`${starter.id} must be a valid plan`);
  const rendered = renderWorkbook(parsed.plan, [], undefined, (ctx) => scorecardLayout(ctx.plan, ctx));

  it('builds the Objectives, Tracking and Scorecard sheets with no warning', () => {
    expect(rendered.warnings).toEqual([]);
    expect(rendered.workbook.sheets.map((s) => s.role)).toEqual(['objectives', 'tracking', 'scorecard']);
  });

  it('shows a SMART score of at least 4/5 beside every objective', () => {
    const objectives = rendered.workbook.sheets.find((s) => s.role === 'objectives') as SheetSpec;
    const scores = smartScores(objectives);
    const kpiCount = parsed.plan.objectives.flatMap((so) => so.operational.flatMap((oo) => oo.kpis)).length;
    // One strategic and one operational score per KPI row.
    expect(scores).toHaveLength(2 * kpiCount);
    expect(scores.filter((score) => score < 4)).toEqual([]);
  });
});
