import { createEmulator } from '../../../dev/emulator';
import type { KpiPlanInput } from '../../../src/core/plan/schema';
import { planSchema } from '../../../src/core/plan/schema';
import { buildWorkbookInto } from '../../../src/workbook/build';
import { STATUS_LABELS } from '../../../src/workbook/layouts/scorecard';
import { STATUS_COLOURS } from '../../../src/workbook/layouts/scorecard/colours';
import { scorecardGrid } from '../../../src/workbook/layouts/scorecard/positions';
import { layoutContext } from '../../../src/workbook/layoutContext';

// The cases a new user met in the playground, read the way they see them: the status cell's text and
// colour, the reading sentence, through the real build path in the offline Sheets emulator. A plan
// still under way is judged against where each KPI should be by now, not against its final target.

type Kpi = KpiPlanInput['objectives'][number]['operational'][number]['kpis'][number];

function plan(language: 'fr' | 'en', period: KpiPlanInput['period'], kpis: Kpi[]): KpiPlanInput {
  return {
    version: 1,
    name: 'Plan',
    language,
    currency: 'EUR',
    period,
    objectives: [{ id: 'so', title: 'Grow', operational: [{ id: 'oo', title: 'Acquire', kpis }] }],
  };
}

function build(
  input: KpiPlanInput,
  values: (number | null)[][],
  locale: string,
  history: Record<string, number> = {},
) {
  const emulator = createEmulator({ locale, today: '2027-12-02T09:00:00Z' });
  const spreadsheet = emulator.SpreadsheetApp.getActive();
  const summary = buildWorkbookInto(spreadsheet, input, { app: emulator.SpreadsheetApp });
  if (!summary.ok) throw new Error(JSON.stringify(summary.problems));
  const names = {
    objectives: summary.sheets[0] as string,
    tracking: summary.sheets[1] as string,
    scorecard: summary.sheets[2] as string,
    dashboard: '',
    library: '',
    archive: '',
  };
  const context = layoutContext(planSchema.parse(input), names);
  const t = context.tracking;
  const width = Math.max(...values.map((r) => r.length));
  spreadsheet
    .getSheetByName(t.sheet)
    ?.getRange(t.firstKpiRow, t.firstPeriodColumn, values.length, width)
    .setValues(values.map((r) => r.map((v) => v ?? '')));
  // Last year's figures, typed in the history columns by period key (first KPI's row).
  for (const [key, v] of Object.entries(history)) {
    const h = t.historyPeriods.findIndex((p) => p.key === key);
    if (h < 0) throw new Error(`no history column for ${key}`);
    spreadsheet
      .getSheetByName(t.sheet)
      ?.getRange(t.firstKpiRow, t.firstHistoryColumn + h)
      .setValue(v);
  }
  const grid = scorecardGrid(context);
  const view = emulator.view(names.scorecard);
  return (kpi: number, key: keyof typeof grid.columns) =>
    view.cell(grid.firstKpiRow + kpi, grid.columns[key]);
}

const julyToJune = { start: '2026-07-01', end: '2027-06-30', frequency: 'monthly' } as const;

describe('November of a July–June plan (FR)', () => {
  const at = build(
    plan('fr', julyToJune, [
      // 20 % → 26 %: by 30 November 22,5 % is due; 23 % is about 120 % of the pace.
      {
        id: 'open-rate',
        name: 'Taux d’ouverture',
        unit: 'percent',
        direction: 'higher',
        baseline: 0.2,
        target: 0.26,
      },
      // 8 000 → 12 000 sessions a month: 9 670 due by November, 9 700 tracked, rising ~350 a month.
      {
        id: 'organic',
        name: 'Trafic organique',
        unit: 'number',
        direction: 'higher',
        baseline: 8000,
        target: 12000,
      },
    ]),
    [
      [0.205, 0.212, 0.218, 0.224, 0.23],
      [8300, 8700, 9000, 9400, 9700],
    ],
    'fr_FR',
  );

  test('an open rate at 120 % of its pace is on track, in green, and so is its outlook', () => {
    expect(at(0, 'status').display).toBe(STATUS_LABELS.onTrack.fr);
    expect(at(0, 'status').background).toBe(STATUS_COLOURS.onTrack.background);
    expect(at(0, 'due').display).toBe('22,5%');
    expect(at(0, 'pace').display).toBe('120%');
    expect(at(0, 'forecastStatus').display).toBe(STATUS_LABELS.onTrack.fr);
    expect(at(0, 'forecastStatus').background).toBe(STATUS_COLOURS.onTrack.background);
    // 3 points still to gain over the 7 months left.
    expect(at(0, 'needed').display).toBe('+0,4 pts');
  });

  test('organic traffic on pace and forecast to beat its target is on track, and says so in words', () => {
    expect(at(1, 'status').display).toBe(STATUS_LABELS.onTrack.fr);
    expect(at(1, 'status').background).toBe(STATUS_COLOURS.onTrack.background);
    expect(at(1, 'forecastStatus').display).toBe(STATUS_LABELS.onTrack.fr);
    expect(at(1, 'reading').display).toMatch(
      /^102\u00a0% du rythme prévu\u202f; à ce rythme, 12[\s\u00a0\u202f]\d{3} au 30\/06\/2027 \(cible 12[\s\u00a0\u202f]000\)\u202f; il faut \+329 par mois d’ici là$/,
    );
  });
});

describe('A calendar-year plan (EN)', () => {
  const year = { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' } as const;

  test('ad clicks, a total, at 100 % of pace: on track, attainment 100 % in green, what it needs in words', () => {
    const at = build(
      plan('en', year, [
        {
          id: 'clicks',
          name: 'Ad clicks',
          unit: 'number',
          direction: 'higher',
          aggregation: 'sum',
          target: 12000,
        },
      ]),
      [[950, 980, 1000, 1000]],
      'en_US',
    );
    // 119 of 364 days: 3,923 clicks due; 3,930 tracked.
    expect(at(0, 'due').display).toBe('3,923.08');
    expect(at(0, 'status').display).toBe(STATUS_LABELS.onTrack.en);
    expect(at(0, 'attainment').display).toBe('100%');
    expect(at(0, 'status').background).toBe(STATUS_COLOURS.onTrack.background);
    expect(at(0, 'reading').display).toMatch(
      /^At 100% of plan; on this trend [\d,]+ by Dec 31, 2027 \(target 12,000\); needs \+1,009 a month from now$/,
    );
  });

  test('a KPI on pace today but slowing is on track now and at risk at the deadline', () => {
    const at = build(
      plan('en', year, [
        { id: 'nps', name: 'Leads a month', unit: 'number', direction: 'higher', baseline: 100, target: 200 },
      ]),
      [[120, 135, 145, 148, 150, 151]],
      'en_US',
    );
    expect(at(0, 'status').display).toBe(STATUS_LABELS.onTrack.en);
    expect(at(0, 'forecastStatus').display).toBe(STATUS_LABELS.atRisk.en);
    expect(at(0, 'forecastStatus').background).toBe(STATUS_COLOURS.atRisk.background);
  });

  test('a value far outside the KPI’s own history is flagged, not blocked', () => {
    const at = build(
      plan('en', year, [
        {
          id: 'sessions',
          name: 'Sessions',
          unit: 'number',
          direction: 'higher',
          baseline: 1000,
          target: 2000,
        },
      ]),
      [[1010, 1100, 1180, 1260, 9800]],
      'en_US',
    );
    expect(at(0, 'outlier').display).toBe(STATUS_LABELS.outlier.en);
    expect(at(0, 'outlier').background).toBe(STATUS_COLOURS.outlier.background);
    expect(at(0, 'status').display).toBe(STATUS_LABELS.onTrack.en);
  });

  test('a phased plan: most sales in Q4, so a slow first half is still on track', () => {
    const at = build(
      plan('en', year, [
        {
          id: 'sales',
          name: 'Sales',
          unit: 'currency',
          direction: 'higher',
          aggregation: 'sum',
          target: 120000,
          milestones: [{ date: '2027-09-30', value: 40000 }],
        },
      ]),
      [[4000, 4200, 4500, 4400, 4600, 4800]],
      'en_US',
    );
    // By 30 June, 180 of the 272 days to the 40,000 milestone: 26,471 due, 26,500 tracked. On a
    // straight line to 120,000, 59,341 would be due and the same sales would be far off track.
    expect(at(0, 'due').display).toBe('26,471 €');
    expect(at(0, 'status').display).toBe(STATUS_LABELS.onTrack.en);
    expect(at(0, 'pace').display).toBe('100%');
  });

  test('with last year’s columns, the change against the same month a year earlier', () => {
    const at = build(
      plan('en', { ...year, history: true }, [
        { id: 'leads', name: 'Leads', unit: 'number', direction: 'higher', baseline: 100, target: 200 },
      ]),
      [[110, 118, 130]],
      'en_US',
      { '2026-03': 100, '2026-02': 90 },
    );
    expect(at(0, 'yearChange').display).toBe('+30.0');
    expect(at(0, 'change').display).toBe('+12.0');
  });
});
