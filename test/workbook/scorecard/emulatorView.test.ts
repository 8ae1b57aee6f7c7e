import { createEmulator } from '../../../dev/emulator';
import { buildWorkbookInto } from '../../../src/workbook/build';
import { STATUS_LABELS } from '../../../src/workbook/layouts/scorecard';
import { CHANGE_COLOURS, STATUS_COLOURS } from '../../../src/workbook/layouts/scorecard/colours';
import { scorecardGrid } from '../../../src/workbook/layouts/scorecard/positions';
import { layoutContext } from '../../../src/workbook/layoutContext';
import { planSchema } from '../../../src/core/plan/schema';
import { smallPlan } from './helpers/planBuilder';

// End to end through the real path: buildWorkbookInto (validation, layouts, the one applier) writes the
// workbook into the offline Sheets emulator; the team types actuals in Tracking; the emulator's view
// shows the colours a reader sees, after the conditional-format rules as the applier wrote them.

const rows = {
  roseAboveTarget: [null, 45, 60],
  roseIntoBand: [null, 40, 52],
  fell: [null, 48, 45],
  roseStillBelowTarget: [null, 40, 45],
  missingThisPeriod: [null, 40, null],
  stale: [40, null, null],
  higherRose: [null, 45, 60],
} as const;
const input = smallPlan(
  Object.keys(rows).map((name) => (name === 'higherRose' ? { direction: 'higher' as const } : {})),
);

function build() {
  const emulator = createEmulator({ locale: 'fr_FR', today: '2027-04-02T09:00:00Z' });
  const spreadsheet = emulator.SpreadsheetApp.getActive();
  const summary = buildWorkbookInto(spreadsheet, input, { app: emulator.SpreadsheetApp });
  if (!summary.ok) throw new Error(JSON.stringify(summary.problems));
  const plan = planSchema.parse(input);
  const names = {
    objectives: summary.sheets[0] as string,
    tracking: summary.sheets[1] as string,
    scorecard: summary.sheets[2] as string,
    dashboard: '',
    library: '',
    archive: '',
  };
  const context = layoutContext(plan, names);
  const t = context.tracking;
  const values = Object.values(rows).map((r) => r.map((v) => v ?? ''));
  spreadsheet
    .getSheetByName(t.sheet)
    ?.getRange(t.firstKpiRow, t.firstPeriodColumn, values.length, 3)
    .setValues(values);
  const grid = scorecardGrid(context);
  const view = emulator.view(names.scorecard);
  const cell = (name: keyof typeof rows, key: keyof typeof grid.columns) =>
    view.cell(grid.firstKpiRow + Object.keys(rows).indexOf(name), grid.columns[key]);
  return { summary, view, cell, grid };
}

describe('Scorecard in the emulator, built by buildWorkbookInto', () => {
  const { summary, view, cell } = build();

  it('builds four sheets and evaluates every rule on the Scorecard itself', () => {
    expect(summary.ok && summary.sheets).toEqual(['Objectifs', 'Suivi', 'Tableau de bord', 'Graphiques']);
    expect(view.warnings).toEqual([]);
  });

  it('never shows green for a lower-is-better KPI above its target: red when 20 % over, amber within the band', () => {
    expect(cell('roseAboveTarget', 'status').display).toBe(STATUS_LABELS.offTrack.fr);
    expect(cell('roseAboveTarget', 'status').background).toBe(STATUS_COLOURS.offTrack.background);
    expect(cell('roseIntoBand', 'status').display).toBe(STATUS_LABELS.atRisk.fr);
    expect(cell('roseIntoBand', 'status').background).toBe(STATUS_COLOURS.atRisk.background);
    // The same numbers for a higher-is-better KPI are good news.
    expect(cell('higherRose', 'status').background).toBe(STATUS_COLOURS.onTrack.background);
    expect(cell('higherRose', 'change').fontColor).toBe(CHANGE_COLOURS.favourable);
  });

  it('shows a rise of a lower-is-better KPI in red in the change column, a fall in green', () => {
    expect(cell('roseStillBelowTarget', 'change').fontColor).toBe(CHANGE_COLOURS.unfavourable);
    expect(cell('roseAboveTarget', 'change').fontColor).toBe(CHANGE_COLOURS.unfavourable);
    expect(cell('fell', 'change').fontColor).toBe(CHANGE_COLOURS.favourable);
  });

  it('greys "no data" and flags stale data', () => {
    expect(cell('missingThisPeriod', 'status').display).toBe(STATUS_LABELS.noData.fr);
    expect(cell('missingThisPeriod', 'status').background).toBe(STATUS_COLOURS.noData.background);
    expect(cell('stale', 'stale').display).toBe(STATUS_LABELS.stale.fr);
    expect(cell('stale', 'stale').background).toBe(STATUS_COLOURS.stale.background);
    expect(cell('missingThisPeriod', 'stale').display).toBe('');
  });

  it('shows numbers in their formats: euros, signed percentages, attainment on a colour scale', () => {
    expect(cell('roseAboveTarget', 'value').display).toMatch(/^60\s?€$/);
    expect(cell('roseAboveTarget', 'variancePct').display).toMatch(/^-20,0\s?%$/);
    expect(cell('fell', 'attainment').display).toMatch(/^110\s?%$/);
    expect(cell('fell', 'attainment').background).toBe('#57bb8a');
    expect(cell('roseAboveTarget', 'attainment').background).not.toBe('#57bb8a');
  });
});
