import type { Lang } from '../../src/core/i18n';
import type { Draft } from '../../src/core/rpc/draft';
import { formatMilestones } from '../../src/core/plan/milestonesText';
import { formatUserNumber } from './numbers';
import type { PlanOut } from './toPlan';

/** A plan (read back from the workbook or a template) as a draft the wizard can edit. */
export function planToDraft(plan: PlanOut, uiLang: Lang): Draft {
  const lang = uiLang;
  return {
    version: 1,
    step: 'context',
    context: {
      name: plan.name,
      strategy: plan.strategy ?? '',
      goal: plan.goal ?? '',
      start: plan.period.start,
      end: plan.period.end,
      frequency: plan.period.frequency,
      ...(plan.period.history === true ? { history: true } : {}),
      language: plan.language,
      currency: plan.currency ?? 'EUR',
      // Kept from the workbook or the template: the agency set it once for every client.
      ...(plan.branding?.agency ? { agency: plan.branding.agency } : {}),
      ...(plan.branding?.client ? { client: plan.branding.client } : {}),
      ...(plan.branding?.accentColor ? { accentColor: plan.branding.accentColor } : {}),
    },
    objectives: plan.objectives.map((so) => ({
      id: so.id,
      title: so.title,
      operational: so.operational.map((oo) => ({
        id: oo.id,
        title: oo.title,
        kpis: oo.kpis.map((k) => {
          const percent = k.unit === 'percent';
          return {
            id: k.id,
            ...(k.libraryId ? { libraryId: k.libraryId } : {}),
            name: k.name,
            unit: k.unit,
            direction: k.direction,
            aggregation: k.aggregation ?? 'last',
            baseline: formatUserNumber(k.baseline, lang, percent),
            target: formatUserNumber(k.target, lang, percent),
            deadline: k.deadline ?? '',
            band: formatUserNumber(k.band, lang, true),
            weight: formatUserNumber(k.weight, lang),
            benchmark: formatUserNumber(k.benchmark, lang, percent),
            owner: k.owner ?? '',
            source: k.source ?? '',
            ...(k.milestones && k.milestones.length > 0
              ? { milestones: formatMilestones(k.milestones, k.unit, lang) }
              : {}),
          };
        }),
      })),
    })),
  };
}
