import { STATUS_LABELS } from '../../../src/workbook/layouts/scorecard';
import { scorecardGrid } from '../../../src/workbook/layouts/scorecard/positions';
import { smallPlan } from './helpers/planBuilder';
import { buildWorkbook } from './helpers/workbookFixture';

// The Scorecard is live: it follows the Objectives sheet (the editable source) and the Tracking data,
// and its period selector, without a rebuild.

function setup() {
  const built = buildWorkbook(smallPlan([{ direction: 'higher', target: 100, baseline: 0 }]), [
    [80, 100, null],
  ]);
  const grid = scorecardGrid(built.context);
  const sheet = built.context.names.scorecard;
  const o = built.context.objectives;
  const t = built.context.tracking;
  return {
    built,
    grid,
    get: (row: number, column: number) => built.workbook.get(sheet, row, column),
    kpi: (key: keyof typeof grid.columns) => built.workbook.get(sheet, grid.firstKpiRow, grid.columns[key]),
    setObjectives: (field: keyof typeof o.columns, v: string | number | null) =>
      built.workbook.set(o.sheet, o.firstKpiRow, o.columns[field], v),
    setTracked: (period: number, v: number | null) =>
      built.workbook.set(t.sheet, t.firstKpiRow, t.firstPeriodColumn + period - 1, v),
    select: (label: string | null) =>
      built.workbook.set(sheet, grid.selectorCell.row, grid.selectorCell.column, label),
  };
}

describe('Scorecard live behaviour', () => {
  it('shows the latest period with data when the selector is blank, and moves when a new month is typed', () => {
    const s = setup();
    expect(s.get(s.grid.shownPeriodCell.row, s.grid.shownPeriodCell.column)).toBe('févr. 2027');
    expect(s.kpi('value')).toBe(100);
    s.setTracked(3, 120);
    expect(s.get(s.grid.shownPeriodCell.row, s.grid.shownPeriodCell.column)).toBe('mars 2027');
    expect(s.kpi('value')).toBe(120);
    expect(s.kpi('change')).toBe(20);
  });

  it('follows the selector, and falls back to the latest period when its label is no longer a Tracking header', () => {
    const s = setup();
    s.select('janv. 2027');
    expect(s.kpi('value')).toBe(80);
    // 30 of the plan's 89 days: a third of the way from 0 to 100 is due, and 80 is well ahead of it.
    expect(s.kpi('due')).toBeCloseTo((100 * 30) / 89, 12);
    expect(s.kpi('status')).toBe(STATUS_LABELS.onTrack.fr);
    s.setTracked(1, 20);
    expect(s.kpi('status')).toBe(STATUS_LABELS.offTrack.fr);
    s.select('déc. 1999');
    expect(s.kpi('value')).toBe(100);
  });

  it('follows a direction change typed in the Objectives sheet: the same 100 becomes off track for "lower" with target 80', () => {
    const s = setup();
    expect(s.kpi('status')).toBe(STATUS_LABELS.onTrack.fr);
    // Without a baseline there is no line to follow: the KPI is judged against its target all along.
    s.setObjectives('baseline', null);
    s.setObjectives('direction', 'lower');
    s.setObjectives('target', 80);
    expect(s.kpi('variancePct')).toBe(-0.25);
    expect(s.kpi('status')).toBe(STATUS_LABELS.offTrack.fr);
    // KPI_VARIANCE's other words work too, in any case, with or without accents or spaces.
    for (const word of ['baisse', ' Down ', 'moins']) {
      s.setObjectives('direction', word);
      expect(s.kpi('status')).toBe(STATUS_LABELS.offTrack.fr);
    }
    s.setObjectives('direction', 'cible'); // |100 − 80| / 80 = 25 % > 2 × 10 %
    expect(s.kpi('status')).toBe(STATUS_LABELS.offTrack.fr);
    s.setObjectives('direction', 'hausse');
    expect(s.kpi('status')).toBe(STATUS_LABELS.onTrack.fr);
  });

  it('never shows #DIV/0!: a target of 0 reads "cible = 0", a cleared band falls back to the default', () => {
    const s = setup();
    s.setObjectives('target', 0);
    expect(s.kpi('variancePct')).toBe('cible = 0');
    expect(s.kpi('attainment')).toBe('cible = 0');
    expect(s.kpi('status')).toBe(STATUS_LABELS.onTrack.fr); // 100 − 0 ≥ 0
    s.setObjectives('baseline', null);
    s.setObjectives('target', 105);
    s.setObjectives('band', null);
    expect(s.kpi('band')).toBe(0.1);
    expect(s.kpi('status')).toBe(STATUS_LABELS.atRisk.fr);
  });

  it('uses the aggregation typed in Objectives: sum and average of the periods up to the one shown', () => {
    const s = setup();
    s.setObjectives('aggregation', 'sum');
    expect(s.kpi('value')).toBe(180);
    s.setObjectives('aggregation', 'average');
    expect(s.kpi('value')).toBe(90);
    s.setObjectives('aggregation', 'Dernière');
    expect(s.kpi('value')).toBe(100);
    s.setObjectives('aggregation', 'cumul');
    expect(s.kpi('value')).toBe(180);
  });
});
