import fc from 'fast-check';
import type { KpiPlanInput } from '../../../../src/core/plan/schema';
import { formatIsoDate, fromDayNumber, parseIsoDate, dayNumber } from '../../../../src/core/calendarDate';
import { historyPeriods, trackingPeriods } from '../../../../src/core/plan/periods';

// Random plans and tracked data that reach the corners of the rules: targets of 0 and below 0, values
// exactly on target or on the band's edge, blanks (none, some, all), one KPI or many, every direction,
// aggregation, unit and frequency, deadlines before, inside and after the tracked periods.

const day = (iso: string): number =>
  dayNumber(parseIsoDate(iso) as NonNullable<ReturnType<typeof parseIsoDate>>);
const iso = (n: number): string => formatIsoDate(fromDayNumber(n));

const BANDS = [0.05, 0.1, 0.2, 0.25, 0.5, 1];

const kpiShape = fc.record({
  unit: fc.constantFrom('number', 'percent', 'currency', 'duration'),
  direction: fc.constantFrom('higher', 'lower', 'target'),
  aggregation: fc.constantFrom('last', 'sum', 'average'),
  target: fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 6, arbitrary: fc.integer({ min: -50, max: 400 }) },
    { weight: 2, arbitrary: fc.constantFrom(0.024, 0.5, 12.5, -3.75) },
  ),
  baseline: fc.option(fc.oneof(fc.integer({ min: -50, max: 400 }), fc.constant(0.018)), { nil: undefined }),
  band: fc.constantFrom(...BANDS),
  weight: fc.constantFrom(0.5, 1, 2, 3),
  benchmark: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  deadlineOffset: fc.option(fc.integer({ min: -30, max: 500 }), { nil: undefined }),
  // Phased trajectories: points at fractions of the KPI's span (dropped where they would not fall
  // strictly inside it, in order).
  milestones: fc.array(
    fc.record({
      at: fc.integer({ min: 1, max: 99 }),
      value: fc.oneof(fc.integer({ min: -50, max: 400 }), fc.constantFrom(0.02, 12.5)),
    }),
    { maxLength: 3 },
  ),
});

/** Milestones strictly between the start day and the deadline day, increasing (as the plan requires). */
function milestonesWithin(
  points: readonly { at: number; value: number }[],
  startDay: number,
  deadlineDay: number,
): { date: string; value: number }[] {
  const days = [...points]
    .sort((a, b) => a.at - b.at)
    .map((p) => ({ day: startDay + Math.round(((deadlineDay - startDay) * p.at) / 100), value: p.value }));
  const out: { date: string; value: number }[] = [];
  let previous = startDay;
  for (const p of days)
    if (p.day > previous && p.day < deadlineDay) {
      out.push({ date: iso(p.day), value: p.value });
      previous = p.day;
    }
  return out;
}

export interface GeneratedCase {
  readonly plan: KpiPlanInput;
  readonly values: (number | null)[][];
  /** Per KPI, last year's values (one per history period; none when the plan has no history). */
  readonly history: (number | null)[][];
  /** 1-based period index picked in the selector, or undefined (blank selector). */
  readonly selector: number | undefined;
}

/** One tracked value: blank, a round number, or one that sits exactly on a rule's edge for this KPI. */
function valueArb(target: number, band: number): fc.Arbitrary<number | null> {
  const edge = Math.abs(target) * band;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: fc.integer({ min: -40, max: 420 }) },
    { weight: 1, arbitrary: fc.integer({ min: -800, max: 800 }).map((n) => n / 8) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(target, target - edge, target + edge, target - 2 * edge, target + 2 * edge),
    },
  );
}

export const caseArb: fc.Arbitrary<GeneratedCase> = fc
  .record({
    language: fc.constantFrom('fr' as const, 'en' as const),
    currency: fc.constantFrom('EUR', 'USD', 'CHF'),
    frequency: fc.constantFrom('weekly' as const, 'monthly' as const, 'quarterly' as const),
    // Last year's columns before the plan's periods, for the change against the same period.
    history: fc.boolean(),
    startDay: fc.integer({ min: day('2026-01-01'), max: day('2028-12-31') }),
    length: fc.integer({ min: 0, max: 400 }),
    tree: fc.array(
      fc.array(fc.array(kpiShape, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
  })
  .chain((shape) => {
    const start = iso(shape.startDay);
    const end = iso(shape.startDay + shape.length);
    const period = { start, end, frequency: shape.frequency, ...(shape.history ? { history: true } : {}) };
    let n = 0;
    const objectives = shape.tree.map((ops, i) => ({
      id: `so-${i}`,
      title: i === 0 ? '=HYPERLINK("x")' : `Objectif stratégique ${i}`,
      operational: ops.map((kpis, j) => ({
        id: `oo-${i}-${j}`,
        title: j === 0 ? '+33 leads @équipe' : `Objectif opérationnel ${i}.${j}`,
        kpis: kpis.map((k) => {
          const id = `kpi-${n++}`;
          const deadlineDay = shape.startDay + (k.deadlineOffset ?? shape.length);
          const milestones = milestonesWithin(k.milestones, shape.startDay, deadlineDay);
          return {
            id,
            name: n % 2 === 0 ? `-${id}` : `KPI ${id}`,
            unit: k.unit,
            direction: k.direction,
            aggregation: k.aggregation,
            target: k.target,
            band: k.band,
            weight: k.weight,
            ...(k.baseline !== undefined ? { baseline: k.baseline } : {}),
            ...(k.benchmark !== undefined ? { benchmark: k.benchmark } : {}),
            ...(k.deadlineOffset !== undefined ? { deadline: iso(shape.startDay + k.deadlineOffset) } : {}),
            ...(milestones.length > 0 ? { milestones } : {}),
          };
        }),
      })),
    }));
    const plan: KpiPlanInput = {
      version: 1,
      name: "Plan d'essai",
      language: shape.language,
      currency: shape.currency,
      period,
      goal: '@Doubler le CA',
      objectives,
    };
    const periodCount = trackingPeriods(period, shape.language).length;
    const historyCount = historyPeriods(period, shape.language).length;
    const kpis = objectives.flatMap((o) => o.operational.flatMap((op) => op.kpis));
    return fc.record({
      plan: fc.constant(plan),
      values: fc.tuple(
        ...kpis.map((k) =>
          fc.array(valueArb(k.target, k.band), { minLength: periodCount, maxLength: periodCount }),
        ),
      ),
      history: fc.tuple(
        ...kpis.map((k) =>
          fc.array(valueArb(k.target, k.band), { minLength: historyCount, maxLength: historyCount }),
        ),
      ),
      selector: fc.option(fc.integer({ min: 1, max: periodCount }), { nil: undefined, freq: 2 }),
    });
  });
