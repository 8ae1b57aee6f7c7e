import fc from 'fast-check';
import { STATUS_LABELS } from '../../../src/workbook/scorecard';
import { CHANGE_COLOURS, STATUS_COLOURS } from '../../../src/workbook/scorecard/colours';
import { scorecardGrid } from '../../../src/workbook/scorecard/grid';
import { caseArb } from './helpers/arbitraries';
import { conditionalColours } from './helpers/conditionalView';
import { expectKpi, selectedIndex } from './helpers/expectations';
import { smallPlan } from './helpers/planBuilder';
import { type BuiltWorkbook, buildWorkbook } from './helpers/workbookFixture';

// Colours as a reader sees them: the conditional-format rules of the Scorecard evaluated on the
// computed sheet (./helpers/conditionalView.ts). Green must mean "on track" for every direction.

const GREEN = STATUS_COLOURS.onTrack.background;

function viewer(built: BuiltWorkbook) {
  const grid = scorecardGrid(built.context);
  const scratch = { row: 5, column: grid.lastColumn + 3 };
  return {
    grid,
    colours: (row: number, key: keyof typeof grid.columns) =>
      conditionalColours(built.workbook, built.scorecard, row, grid.columns[key], scratch),
  };
}

describe('Scorecard colours', () => {
  // Lower is better (a cost per acquisition), target 50, band 10 %; March is the period shown.
  const rows = {
    roseAboveTarget: [null, 45, 60], // 60 vs 50: −20 % → off track, and the rise is bad news
    roseIntoBand: [null, 40, 52], // −4 % → at risk
    fell: [null, 48, 45], // on track, and the fall is good news
    roseStillBelowTarget: [null, 40, 45], // still better than target → on track; the rise itself is bad news
    missingThisPeriod: [null, 40, null], // no value in March → no data, not stale (February is the previous period)
    stale: [40, null, null], // last value in January → no data and stale
  };
  const built = buildWorkbook(smallPlan(Object.keys(rows).map(() => ({}))), Object.values(rows));
  const { grid, colours } = viewer(built);
  const row = (name: keyof typeof rows) => grid.firstKpiRow + Object.keys(rows).indexOf(name);
  const sheet = built.context.names.scorecard;

  it('shows a lower-is-better KPI above its target in red or amber, never green', () => {
    expect(built.workbook.get(sheet, row('roseAboveTarget'), grid.columns.status)).toBe(
      STATUS_LABELS.offTrack.fr,
    );
    expect(colours(row('roseAboveTarget'), 'status')?.background).toBe(STATUS_COLOURS.offTrack.background);
    expect(built.workbook.get(sheet, row('roseIntoBand'), grid.columns.status)).toBe(STATUS_LABELS.atRisk.fr);
    expect(colours(row('roseIntoBand'), 'status')?.background).toBe(STATUS_COLOURS.atRisk.background);
  });

  it('colours a rise of a lower-is-better KPI as bad news in the change column, even when still on track', () => {
    expect(colours(row('roseStillBelowTarget'), 'status')?.background).toBe(GREEN);
    expect(colours(row('roseStillBelowTarget'), 'change')?.fontColor).toBe(CHANGE_COLOURS.unfavourable);
    expect(colours(row('roseAboveTarget'), 'change')?.fontColor).toBe(CHANGE_COLOURS.unfavourable);
    expect(colours(row('fell'), 'change')?.fontColor).toBe(CHANGE_COLOURS.favourable);
    expect(colours(row('fell'), 'status')?.background).toBe(GREEN);
  });

  it('greys a KPI without a value in the period shown and flags a stale one', () => {
    for (const name of ['missingThisPeriod', 'stale'] as const) {
      expect(built.workbook.get(sheet, row(name), grid.columns.status)).toBe(STATUS_LABELS.noData.fr);
      expect(colours(row(name), 'status')?.background).toBe(STATUS_COLOURS.noData.background);
    }
    expect(built.workbook.get(sheet, row('stale'), grid.columns.stale)).toBe(STATUS_LABELS.stale.fr);
    expect(colours(row('stale'), 'stale')?.background).toBe(STATUS_COLOURS.stale.background);
    expect(built.workbook.get(sheet, row('missingThisPeriod'), grid.columns.stale)).toBe('');
    expect(colours(row('missingThisPeriod'), 'stale')).toBeUndefined();
  });

  it('puts attainment on a red-to-green scale: 110 % green, 80 % between red and amber', () => {
    // 45 for a target of 50, lower is better: attainment 1.1; 60: 0.8.
    expect(built.workbook.get(sheet, row('fell'), grid.columns.attainment)).toBeCloseTo(1.1, 12);
    expect(colours(row('fell'), 'attainment')?.background).toBe('#57bb8a');
    expect(built.workbook.get(sheet, row('roseAboveTarget'), grid.columns.attainment)).toBeCloseTo(0.8, 12);
    expect(colours(row('roseAboveTarget'), 'attainment')?.background).not.toBe('#57bb8a');
  });

  it('follows the status on random plans: green only when on track, and never for a lower-is-better KPI above target (150 cases)', () => {
    let lowerAboveTarget = 0;
    let lowerRises = 0;
    fc.assert(
      fc.property(caseArb, (generated) => {
        const b = buildWorkbook(generated.plan, generated.values);
        if (generated.selector !== undefined) {
          const g = scorecardGrid(b.context);
          const label = b.context.periods[generated.selector - 1]?.label ?? '';
          b.workbook.set(b.context.names.scorecard, g.selectorCell.row, g.selectorCell.column, label);
        }
        const v = viewer(b);
        const k = selectedIndex(b.kpis, generated.selector);
        b.kpis.forEach((kpi, i) => {
          const r = v.grid.firstKpiRow + i;
          const e = expectKpi(kpi, k, b.ends, b.start);
          const status = v.colours(r, 'status');
          const key = {
            'on track': 'onTrack',
            'at risk': 'atRisk',
            'off track': 'offTrack',
            'no data': 'noData',
          } as const;
          expect(status?.background).toBe(STATUS_COLOURS[key[e.status]].background);
          if (kpi.direction === 'lower' && e.hasData && e.value !== undefined && e.value > kpi.target) {
            lowerAboveTarget += 1;
            expect(status?.background).not.toBe(GREEN);
          }
          const change = v.colours(r, 'change')?.fontColor;
          if (kpi.direction === 'lower' && e.change !== undefined && e.change > 0) {
            lowerRises += 1;
            expect(change).toBe(CHANGE_COLOURS.unfavourable);
          }
          if (e.changeFavourable === 1) expect(change).toBe(CHANGE_COLOURS.favourable);
          if (e.changeFavourable === -1) expect(change).toBe(CHANGE_COLOURS.unfavourable);
        });
      }),
      { seed: 4242, numRuns: 150 },
    );
    // The property saw the cases it is about.
    expect(lowerAboveTarget).toBeGreaterThan(20);
    expect(lowerRises).toBeGreaterThan(20);
  }, 180_000);
});
