import fc from 'fast-check';
import { sameKeyLastYear } from '../../../src/core/plan/periodOfKey';
import { STATUS_LABELS } from '../../../src/workbook/layouts/scorecard';
import { scorecardGrid } from '../../../src/workbook/layouts/scorecard/positions';
import { TEXT } from '../../../src/workbook/layouts/scorecard/labels';
import { ATTAINMENT_CAP } from '../../../src/workbook/layouts/scorecard/layout';
import { caseArb, type GeneratedCase } from './helpers/arbitraries';
import { mismatch } from './helpers/assertions';
import {
  expectKpi,
  expectRollup,
  type KpiExpected,
  selectedIndex,
  type StatusShown,
} from './helpers/expectations';
import { buildWorkbook, DEFAULT_NAMES, type EngineName } from './helpers/workbookFixture';

// The Scorecard's central promise: on random plans (phased milestones included) and tracked data, its
// native formulas, evaluated by a real spreadsheet engine, give every KPI the trajectory, variance,
// attainment, status, pace, forecast and what it needs that the KPI functions give for the same inputs,
// and the roll-ups follow their rules.

const STATUS_KEY: Record<StatusShown, keyof typeof STATUS_LABELS> = {
  'on track': 'onTrack',
  'at risk': 'atRisk',
  'off track': 'offTrack',
  'no data': 'noData',
};

function check(generated: GeneratedCase, engine: EngineName): string[] {
  const built = buildWorkbook(generated.plan, generated.values, DEFAULT_NAMES, engine, generated.history);
  const { workbook, context, kpis, ends, start } = built;
  const grid = scorecardGrid(context);
  const sheet = context.names.scorecard;
  const lang = context.lang;
  if (generated.selector !== undefined) {
    const label = context.periods[generated.selector - 1]?.label ?? '';
    workbook.set(sheet, grid.selectorCell.row, grid.selectorCell.column, label);
  }
  const k = selectedIndex(kpis, generated.selector);
  // HyperFormula set up like Sheets returns IEEE doubles: same operations, same bits, compared exactly.
  // The emulator, as shipped, rounds what getValue returns to about 11 significant digits (HyperFormula's
  // smartRounding; Sheets does not round): there, a relative 1e-9.
  const exact = engine === 'hyperformula' ? 0 : 1e-9;
  const problems: string[] = [];
  const push = (p: string | undefined, where: string): void => {
    if (p) problems.push(`${where} ${p}`);
  };
  push(
    mismatch('k', workbook.get(sheet, grid.selectedIndexCell.row, grid.selectedIndexCell.column), k, 0),
    '',
  );

  const expected: KpiExpected[] = kpis.map((kpi, i) => {
    const e = expectKpi(kpi, k, ends, start);
    const row = grid.firstKpiRow + i;
    const at = (key: keyof typeof grid.columns) => workbook.get(sheet, row, grid.columns[key]);
    const where = `KPI ${i} (${kpi.direction}/${kpi.aggregation}, target ${kpi.target}):`;
    const target0 = TEXT.targetZero[lang];
    push(mismatch('value', at('value'), e.value, exact), where);
    push(mismatch('due', at('due'), e.due, exact), where);
    push(mismatch('absolute', at('varianceAbs'), e.absolute, exact), where);
    push(mismatch('percent', at('variancePct'), e.percent === 'target0' ? target0 : e.percent, exact), where);
    push(
      mismatch('attainment', at('attainment'), e.attainment === 'target0' ? target0 : e.attainment, exact),
      where,
    );
    push(mismatch('status', at('status'), STATUS_LABELS[STATUS_KEY[e.status]][lang]), where);
    push(mismatch('pace', at('pace'), e.pace), where);
    // x are day serials (~46 000): the engines' sums of squares differ in the last bits, so the
    // tolerance scales with the values' magnitude.
    const scale = Math.max(1, ...kpi.values.map((v) => Math.abs(v ?? 0)));
    push(mismatch('forecast', at('forecast'), e.forecast, 1e-7, scale), where);
    // A forecast on a status boundary may fall either side with the engines' last bits: compared only
    // when the forecasts themselves agree exactly.
    if (at('forecast') === e.forecast)
      push(
        mismatch(
          'at the deadline',
          at('forecastStatus'),
          e.forecastStatus === undefined ? undefined : STATUS_LABELS[STATUS_KEY[e.forecastStatus]][lang],
        ),
        where,
      );
    push(mismatch('periods left', at('periodsLeft'), e.periodsLeft, 0), where);
    push(mismatch('needed', at('needed'), e.needed, exact), where);
    push(mismatch('outlier', at('outlier'), e.outlier ? STATUS_LABELS.outlier[lang] : undefined), where);
    push(mismatch('change', at('change'), e.change, exact), where);
    // The same period a year earlier, found by its key among last year's columns and the plan's.
    const before = k > 0 ? sameKeyLastYear(context.periods[k - 1]?.key ?? '') : undefined;
    const keys = [...context.tracking.historyPeriods, ...context.periods].map((p) => p.key);
    const tracked = [...(generated.history[i] ?? []), ...kpi.values];
    const ly = before === undefined ? -1 : keys.indexOf(before);
    const current = k > 0 ? kpi.values[k - 1] : null;
    const lastYear = ly >= 0 ? tracked[ly] : null;
    const yearChange =
      e.hasData && current !== null && current !== undefined && lastYear !== null && lastYear !== undefined
        ? (current - lastYear) * (kpi.points ? 100 : 1)
        : undefined;
    push(mismatch('year change', at('yearChange'), yearChange, exact), where);
    push(mismatch('benchmark gap', at('benchmarkGap'), e.benchmarkGap, exact), where);
    push(mismatch('stale', at('stale'), e.stale ? STATUS_LABELS.stale[lang] : undefined), where);
    // No cell of the row shows an engine error (#DIV/0!, #VALUE!...). SPARKLINE is Sheets-only: HyperFormula
    // does not know it, and the row's other cells never read it.
    for (const key of Object.keys(grid.columns) as (keyof typeof grid.columns)[]) {
      const result = at(key);
      if (key !== 'trend' && typeof result === 'object' && result !== null)
        push(`${key} shows ${result.error}`, where);
    }
    const favourable = at('changeFavourable');
    const sign = typeof favourable === 'number' ? Math.sign(favourable) : undefined;
    if (sign !== e.changeFavourable)
      push(`change favourable: expected ${e.changeFavourable}, got ${String(favourable)}`, where);
    return e;
  });

  for (const rollup of grid.rollups) {
    const slice = (list: readonly unknown[]) =>
      list.slice(rollup.firstKpiRow - grid.firstKpiRow, rollup.lastKpiRow - grid.firstKpiRow + 1);
    const r = expectRollup(slice(kpis) as typeof kpis, slice(expected) as KpiExpected[], ATTAINMENT_CAP);
    const at = (column: number) => workbook.get(sheet, rollup.row, column);
    const where = `roll-up ${rollup.level} ${rollup.id}:`;
    push(mismatch('weighted attainment', at(grid.rollupColumns.attainment), r.attainment), where);
    push(mismatch('share on track', at(grid.rollupColumns.shareOnTrack), r.shareOnTrack), where);
    push(mismatch('with data', at(grid.rollupColumns.withData), `${r.withStatus} / ${r.count}`), where);
  }
  return problems;
}

describe.each([
  ['HyperFormula (Sheets settings)', 'hyperformula', 200],
  ['the offline Sheets emulator', 'emulator', 120],
] as const)('Scorecard formulas evaluated by %s', (_name, engine, numRuns) => {
  it(`equal the KPI functions and the roll-up rules on random plans and data (${numRuns} cases)`, () => {
    fc.assert(
      fc.property(caseArb, (generated) => {
        const problems = check(generated, engine);
        if (problems.length > 0) throw new Error(problems.slice(0, 8).join('\n'));
      }),
      { seed: 20270101, numRuns },
    );
  }, 180_000);
});
