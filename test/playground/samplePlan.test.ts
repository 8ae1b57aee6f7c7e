import { parsePlan } from '../../src/core/plan';
import { getStarterPlan } from '../../src/core/templates';
import { SAMPLE_STARTER, samplePlan } from '../../dev/playground/samplePlan';

describe('the playground sample', () => {
  test("is the starter template moved to the clock's year, and still a valid plan", () => {
    const starter = getStarterPlan(SAMPLE_STARTER, 'en');
    const { plan } = samplePlan(new Date('2031-05-02T08:00:00Z'), 'en');
    expect(plan.period.start).toBe('2031-01-01');
    expect(plan.period.end).toBe('2031-12-31');
    expect(JSON.stringify(plan)).not.toContain(starter?.period.start.slice(0, 4));
    expect(parsePlan(plan).ok).toBe(true);
    // Only the years moved: same KPIs, same targets.
    const targets = (p: typeof plan | undefined) =>
      p?.objectives.flatMap((so) => so.operational.flatMap((oo) => oo.kpis.map((k) => [k.id, k.target])));
    expect(targets(plan)).toEqual(targets(starter));
  });

  test('has actuals for every KPI for each month before today (at least three)', () => {
    const may = samplePlan(new Date('2031-05-02T08:00:00Z'), 'fr');
    const ids = may.plan.objectives.flatMap((so) => so.operational.flatMap((oo) => oo.kpis.map((k) => k.id)));
    expect(Object.keys(may.tracked)).toEqual(ids);
    expect(Object.values(may.tracked).map((v) => v.length)).toEqual(ids.map(() => 4));
    const january = samplePlan(new Date('2031-01-10T08:00:00Z'), 'fr');
    expect(Object.values(january.tracked).every((v) => v.length === 3)).toBe(true);
    expect(
      Object.values(may.tracked)
        .flat()
        .every((n) => Number.isFinite(n) && n > 0),
    ).toBe(true);
  });
});
