import type { KpiPlanInput } from '../../../src/core/plan/schema';

// Plans for the review's tests: one that a consultant would pass, and helpers to break it one way at a
// time. Every KPI has a library id, a source, an owner, a baseline; each objective's key KPI has a
// benchmark within reach of its target.

type KpiInput = KpiPlanInput['objectives'][number]['operational'][number]['kpis'][number];

export function kpi(id: string, name: string, libraryId: string, extra: Partial<KpiInput> = {}): KpiInput {
  return {
    id,
    name,
    libraryId,
    unit: 'number',
    direction: 'higher',
    baseline: 100,
    target: 120,
    benchmark: 110,
    owner: 'Camille',
    source: 'GA4',
    ...extra,
  };
}

/** A sound plan in French: organic traffic and leads, each measured and sourced. */
export function soundPlan(): KpiPlanInput {
  return {
    version: 1,
    name: 'Plan sain',
    language: 'fr',
    period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
    strategy: 'Faire du blog notre première source de contacts',
    goal: 'Doubler le trafic organique en deux ans',
    objectives: [
      {
        id: 'so-1',
        title: 'Porter le trafic organique de 100 à 120 sessions par mois d’ici fin 2027',
        operational: [
          {
            id: 'oo-1',
            title: 'Porter le trafic organique de 100 à 120 sessions d’ici le 31/12/2027',
            kpis: [kpi('sessions', 'Trafic organique', 'organic_sessions')],
          },
          {
            id: 'oo-2',
            title: 'Porter les leads issus du blog de 100 à 120 d’ici le 31/12/2027',
            kpis: [kpi('leads', 'Leads issus du blog', 'leads', { source: 'HubSpot' })],
          },
        ],
      },
    ],
  };
}

/** The sound plan with a change applied to a deep copy. */
export function changed(change: (plan: KpiPlanInput) => void): KpiPlanInput {
  const plan = structuredClone(soundPlan());
  change(plan);
  return plan;
}

export function firstKpi(plan: KpiPlanInput): KpiInput {
  return plan.objectives[0]!.operational[0]!.kpis[0]!;
}
