import type { KpiPlanInput } from '../../../../src/core/plan/schema';

type KpiInput = KpiPlanInput['objectives'][number]['operational'][number]['kpis'][number];

/** A monthly plan for Jan–Mar 2027 with one strategic and one operational objective holding `kpis`. */
export function smallPlan(kpis: readonly Partial<KpiInput>[], language: 'fr' | 'en' = 'fr'): KpiPlanInput {
  return {
    version: 1,
    name: 'Plan',
    language,
    currency: 'EUR',
    period: { start: '2027-01-01', end: '2027-03-31', frequency: 'monthly' },
    goal: 'Doubler le CA',
    objectives: [
      {
        id: 'so-1',
        title: 'Objectif stratégique',
        operational: [
          {
            id: 'oo-1',
            title: 'Objectif opérationnel',
            kpis: kpis.map((k, i) => ({
              id: `kpi-${i}`,
              name: `KPI ${i}`,
              unit: 'currency',
              direction: 'lower',
              target: 50,
              ...k,
            })),
          },
        ],
      },
    ],
  };
}
