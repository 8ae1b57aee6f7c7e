import { formatMilestones, parseMilestones } from '../../../src/core/plan/milestonesText';
import { parsePlan } from '../../../src/core/plan/parse';
import { formatProblem } from '../../../src/core/plan/problems';
import { examplePlan } from './fixtures';

// Optional milestones per KPI: the points of a phased trajectory.

type Plan = ReturnType<typeof examplePlan> & {
  objectives: { operational: { kpis: Record<string, unknown>[] }[] }[];
};

function withMilestones(milestones: unknown, language: 'fr' | 'en' = 'en'): Plan {
  const plan = { ...examplePlan(), language } as Plan;
  const kpi = plan.objectives[0]!.operational[0]!.kpis[0]!;
  (kpi as Record<string, unknown>).milestones = milestones;
  delete kpi.deadline;
  return plan;
}

function problemsOf(input: unknown): string[] {
  const result = parsePlan(input);
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.problems.map(formatProblem);
}

describe('milestones in the plan format', () => {
  test('a plan without milestones loads as before; milestones are kept exactly', () => {
    const plain = parsePlan(examplePlan());
    expect(plain.ok && plain.plan.objectives[0]!.operational[0]!.kpis[0]!.milestones).toBeUndefined();
    const points = [
      { date: '2027-03-31', value: 4000 },
      { date: '2027-09-30', value: 9000 },
    ];
    const result = parsePlan(withMilestones(points));
    expect(result).toMatchObject({ ok: true, ignored: [] });
    expect(result.ok && result.plan.objectives[0]!.operational[0]!.kpis[0]!.milestones).toEqual(points);
  });

  test('a milestone outside the plan or out of order names the field and the fix (EN, FR)', () => {
    const start = String(examplePlan().period.start);
    const end = String(examplePlan().period.end);
    const path = 'objectives[0].operational[0].kpis[0].milestones';
    expect(problemsOf(withMilestones([{ date: start, value: 1 }]))).toEqual([
      `${path}[0].date: the milestone on ${start} must fall after the plan starts (${start}) and before the KPI's deadline (${end}): change its date or remove it`,
    ]);
    const early = '2027-06-30';
    const later = '2027-09-30';
    expect(
      problemsOf(
        withMilestones(
          [
            { date: later, value: 2 },
            { date: early, value: 1 },
          ],
          'fr',
        ),
      ),
    ).toEqual([
      `${path}[1].date: le jalon du ${early} vient après celui du ${later} dans la liste\u00a0: rangez les jalons par date, sans doublon`,
    ]);
  });

  test('a milestone that is not a date or not a number is refused with its path', () => {
    const problems = problemsOf(withMilestones([{ date: '31/03/2027', value: 'beaucoup' }]));
    expect(
      problems.some((p) => p.startsWith('objectives[0].operational[0].kpis[0].milestones[0].date')),
    ).toBe(true);
    expect(
      problems.some((p) => p.startsWith('objectives[0].operational[0].kpis[0].milestones[0].value')),
    ).toBe(true);
  });
});

describe('milestones as the Objectives sheet shows them', () => {
  const points = [
    { date: '2027-03-31', value: 4000.5 },
    { date: '2027-09-30', value: 9000 },
  ];

  test('French and English typography, percent KPIs in percent', () => {
    expect(formatMilestones(points, 'number', 'fr')).toBe(
      '2027-03-31\u00a0: 4000,5\u202f; 2027-09-30\u00a0: 9000',
    );
    expect(formatMilestones(points, 'number', 'en')).toBe('2027-03-31: 4000.5; 2027-09-30: 9000');
    expect(formatMilestones([{ date: '2027-03-31', value: 0.07 }], 'percent', 'fr')).toBe(
      '2027-03-31\u00a0: 7\u00a0%',
    );
  });

  test('what is written reads back the same, in both languages and units', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const unit of ['number', 'percent', 'currency'] as const) {
        const scaled = unit === 'percent' ? points.map((p) => ({ ...p, value: p.value / 10000 })) : points;
        expect(parseMilestones(formatMilestones(scaled, unit, lang))).toEqual(scaled);
      }
  });

  test('typed by hand: line breaks, "=", spaces; what is unreadable is passed on as typed', () => {
    expect(parseMilestones('2027-03-31 = 4 000\n 2027-06-30:12,5 %;')).toEqual([
      { date: '2027-03-31', value: 4000 },
      { date: '2027-06-30', value: 0.125 },
    ]);
    expect(parseMilestones('fin mars: beaucoup')).toEqual([{ date: 'fin mars', value: 'beaucoup' }]);
  });
});
