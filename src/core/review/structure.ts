import { quoted, type ReviewContext } from './context';
import type { RawFinding } from './types';

// The plan's shape: an objective must be steered by KPIs, and by few enough that a team reads them all.

/** Past this many KPIs on one objective, a team stops reading them all at each review. */
export const MAX_KPIS_PER_OBJECTIVE = 5;

export function structureFindings({ plan }: ReviewContext): RawFinding[] {
  const out: RawFinding[] = [];
  plan.objectives.forEach((strategic, i) => {
    // The plan schema refuses an objective without KPIs; a plan built in code (a draft, a test) may
    // still hold one, and it cannot be steered.
    if (strategic.operational.length === 0) {
      const name = quoted(strategic.title);
      out.push({
        code: 'objective-without-kpi',
        severity: 'error',
        path: `objectives[${i}].operational`,
        message: {
          fr: `L’objectif stratégique ${name.fr} n’a ni objectif opérationnel ni KPI\u00a0: rien ne dira s’il est atteint.`,
          en: `The strategic objective ${name.en} has no operational objective and no KPI: nothing will tell whether it is reached.`,
        },
        fix: {
          fr: 'Ajoutez un objectif opérationnel et au moins un KPI qui le mesure.',
          en: 'Add an operational objective and at least one KPI that measures it.',
        },
      });
    }
    strategic.operational.forEach((operational, j) => {
      const name = quoted(operational.title);
      const path = `objectives[${i}].operational[${j}]`;
      if (operational.kpis.length === 0)
        out.push({
          code: 'objective-without-kpi',
          severity: 'error',
          path: `${path}.kpis`,
          message: {
            fr: `L’objectif ${name.fr} n’a aucun KPI\u00a0: il ne peut pas être piloté.`,
            en: `The objective ${name.en} has no KPI: it cannot be steered.`,
          },
          fix: {
            fr: 'Ajoutez au moins un KPI avec une cible et une échéance.',
            en: 'Add at least one KPI with a target and a deadline.',
          },
        });
      const count = operational.kpis.length;
      if (count > MAX_KPIS_PER_OBJECTIVE)
        out.push({
          code: 'too-many-kpis',
          severity: 'warning',
          path: `${path}.title`,
          message: {
            fr: `L’objectif ${name.fr} est suivi par ${count} KPI. Au-delà de ${MAX_KPIS_PER_OBJECTIVE}, une équipe ne les lit plus tous à chaque point\u00a0: l’attention se disperse et les signaux se contredisent.`,
            en: `The objective ${name.en} is tracked by ${count} KPIs. Beyond ${MAX_KPIS_PER_OBJECTIVE}, a team stops reading them all at each review: attention scatters and the signals contradict each other.`,
          },
          fix: {
            fr: `Gardez les ${MAX_KPIS_PER_OBJECTIVE} KPI qui décident de l’action, ou scindez l’objectif en deux.`,
            en: `Keep the ${MAX_KPIS_PER_OBJECTIVE} KPIs that drive action, or split the objective in two.`,
          },
        });
    });
  });
  return out;
}
