import { ATTAINMENT_CAP } from '../../../src/workbook/layouts/scorecard';
import { scorecardGrid } from '../../../src/workbook/layouts/scorecard/positions';
import { smallPlan } from './helpers/planBuilder';
import { buildWorkbook } from './helpers/workbookFixture';

// Roll-ups: one runaway KPI cannot hide the others, and a KPI not typed yet is not a 0 %.

describe('Scorecard roll-ups', () => {
  const plan = smallPlan([
    { direction: 'higher', target: 100, weight: 1 }, // 400 → attainment 400 %, counts 150 %
    { direction: 'higher', target: 100, weight: 1 }, // 50 → 50 %, off track
    { direction: 'higher', target: 100, weight: 5 }, // nothing typed: left out
    { direction: 'higher', target: 0, weight: 2 }, // target 0: a status, no attainment
  ]);
  const built = buildWorkbook(plan, [
    [null, null, 400],
    [null, null, 50],
    [null, null, null],
    [null, null, 3],
  ]);
  const grid = scorecardGrid(built.context);
  const sheet = built.context.names.scorecard;
  const goal = grid.rollups.find((r) => r.level === 'goal');
  if (!goal) throw new Error('no goal roll-up');
  const at = (column: number) => built.workbook.get(sheet, goal.row, column);

  it('caps each KPI at 150 % before weighting', () => {
    expect(built.workbook.get(sheet, grid.firstKpiRow, grid.columns.attainment)).toBe(4);
    expect(ATTAINMENT_CAP).toBe(1.5);
    expect(at(grid.rollupColumns.attainment)).toBe((1.5 * 1 + 0.5 * 1) / 2);
  });

  it('leaves KPIs without data and without an attainment out of the weights, and says how many KPIs it rests on', () => {
    // on track: the runaway KPI and the target-0 KPI (3 ≥ 0); off track: the 50 %.
    expect(at(grid.rollupColumns.shareOnTrack)).toBe(2 / 3);
    expect(at(grid.rollupColumns.withData)).toBe('3 / 4');
  });

  it('follows the cap cell: a user who sets it to 200 % sees the roll-up change', () => {
    built.workbook.set(sheet, grid.capCell.row, grid.capCell.column, 2);
    expect(at(grid.rollupColumns.attainment)).toBe((2 + 0.5) / 2);
    built.workbook.set(sheet, grid.capCell.row, grid.capCell.column, ATTAINMENT_CAP);
  });

  it('gives every level a row: operational, strategic, goal, each over its own KPIs', () => {
    expect(grid.rollups.map((r) => r.level)).toEqual(['operational', 'strategic', 'goal']);
    for (const r of grid.rollups) {
      expect(built.workbook.get(sheet, r.row, grid.rollupColumns.attainment)).toBe(1);
    }
    expect(built.workbook.get(sheet, grid.rollups[0]?.row ?? 0, grid.rollupColumns.title)).toBe(
      'Objectif opérationnel',
    );
    expect(built.workbook.get(sheet, goal.row, grid.rollupColumns.title)).toBe('Doubler le CA');
  });

  it('is blank, not #DIV/0!, when no KPI has data', () => {
    const empty = buildWorkbook(plan, [[], [], [], []]);
    expect(empty.workbook.get(sheet, goal.row, grid.rollupColumns.attainment)).toBe('');
    expect(empty.workbook.get(sheet, goal.row, grid.rollupColumns.shareOnTrack)).toBe('');
    expect(empty.workbook.get(sheet, goal.row, grid.rollupColumns.withData)).toBe('0 / 4');
  });
});
