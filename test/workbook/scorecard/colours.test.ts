import fc from 'fast-check';
import { planSchema } from '../../../src/core/plan/schema';
import { layoutContext } from '../../../src/workbook/layoutContext';
import { objectivesLayout } from '../../../src/workbook/layouts/objectives';
import { scorecardLayout } from '../../../src/workbook/layouts/scorecard';
import { CHANGE_COLOURS, STATUS_COLOURS } from '../../../src/workbook/layouts/scorecard/colours';
import { scorecardGrid } from '../../../src/workbook/layouts/scorecard/positions';
import { caseArb } from './helpers/arbitraries';
import { EmulatorWorkbook } from './helpers/emulatorWorkbook';
import { expectKpi, selectedIndex } from './helpers/expectations';
import { dateSerial } from './helpers/formulaEngine';
import { DEFAULT_NAMES, kpiInputs, trackingSheet } from './helpers/workbookFixture';

// Colours as a reader sees them, on random plans: the workbook written by the real applier into the
// emulator, colours read from emulator.view after the conditional-format rules. Green must mean "on
// track" for every direction; a lower-is-better KPI above its target, or rising, is never good news.

const GREEN = STATUS_COLOURS.onTrack.background;
const KEY = {
  'on track': 'onTrack',
  'at risk': 'atRisk',
  'off track': 'offTrack',
  'no data': 'noData',
} as const;

describe('Scorecard colours in the emulator view', () => {
  it('follow the status on random plans, and a lower-is-better KPI above what is due or rising is never green (150 cases)', () => {
    const seen = { lowerAboveTarget: 0, lowerRises: 0, stale: 0, noData: 0 };
    fc.assert(
      fc.property(caseArb, (generated) => {
        const plan = planSchema.parse(generated.plan);
        const context = layoutContext(plan, DEFAULT_NAMES);
        const grid = scorecardGrid(context);
        const workbook = new EmulatorWorkbook(
          [
            objectivesLayout(context),
            trackingSheet(context, generated.values),
            scorecardLayout(plan, context),
          ],
          { viaApplier: true },
        );
        const sheet = context.names.scorecard;
        if (generated.selector !== undefined) {
          const label = context.periods[generated.selector - 1]?.label ?? '';
          workbook.set(sheet, grid.selectorCell.row, grid.selectorCell.column, label);
        }
        const view = workbook.emulator.view(sheet);
        expect(view.warnings).toEqual([]);
        const kpis = kpiInputs(plan, generated.values);
        const ends = context.periods.map((p) => dateSerial(p.end));
        const k = selectedIndex(kpis, generated.selector);
        kpis.forEach((kpi, i) => {
          const row = grid.firstKpiRow + i;
          const e = expectKpi(kpi, k, ends, dateSerial(plan.period.start));
          const status = view.cell(row, grid.columns.status);
          expect(status.background).toBe(STATUS_COLOURS[KEY[e.status]].background);
          if (e.status === 'no data') seen.noData += 1;
          // Judged against where it should be by now: above what is due, a KPI to lower is never green.
          if (
            kpi.direction === 'lower' &&
            e.hasData &&
            e.value !== undefined &&
            e.due !== undefined &&
            e.value > e.due
          ) {
            seen.lowerAboveTarget += 1;
            expect(status.background).not.toBe(GREEN);
          }
          const change = view.cell(row, grid.columns.change).fontColor;
          if (kpi.direction === 'lower' && e.change !== undefined && e.change > 0) {
            seen.lowerRises += 1;
            expect(change).toBe(CHANGE_COLOURS.unfavourable);
          }
          if (e.changeFavourable === 1) expect(change).toBe(CHANGE_COLOURS.favourable);
          if (e.changeFavourable === -1) expect(change).toBe(CHANGE_COLOURS.unfavourable);
          const stale = view.cell(row, grid.columns.stale);
          if (e.stale) {
            seen.stale += 1;
            expect(stale.background).toBe(STATUS_COLOURS.stale.background);
          } else expect(stale.display).toBe('');
        });
      }),
      { seed: 4242, numRuns: 150 },
    );
    // The property saw the cases it is about.
    expect(seen.lowerAboveTarget).toBeGreaterThan(10);
    expect(seen.lowerRises).toBeGreaterThan(10);
    expect(seen.stale).toBeGreaterThan(5);
    expect(seen.noData).toBeGreaterThan(10);
  }, 180_000);
});
