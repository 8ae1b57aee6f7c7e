import type { Lang } from '../../i18n';
import type { KpiPlanInput } from '../../plan/schema';
import { B2B_LEAD_GENERATION } from './b2bLeadGeneration';
import { CONTENT_SEO } from './contentSeo';
import { CUSTOMER_RETENTION } from './customerRetention';
import { ECOMMERCE_GROWTH } from './ecommerceGrowth';
import { EMAIL_MARKETING } from './emailMarketing';
import { LOCAL_BUSINESS } from './localBusiness';
import { PAID_ACQUISITION } from './paidAcquisition';
import { SOCIAL_COMMUNITY } from './socialCommunity';
import { type Starter, starterPlan } from './starter';

export type { Starter, StarterKpi, StarterOperational, StarterStrategic } from './starter';
export { starterPlan } from './starter';

/** Every starter, in the order the wizard's Start step lists them. */
export const STARTERS: readonly Starter[] = [
  ECOMMERCE_GROWTH,
  B2B_LEAD_GENERATION,
  LOCAL_BUSINESS,
  CONTENT_SEO,
  SOCIAL_COMMUNITY,
  EMAIL_MARKETING,
  PAID_ACQUISITION,
  CUSTOMER_RETENTION,
];

export function getStarter(id: string): Starter | undefined {
  return STARTERS.find((s) => s.id === id);
}

/** The starter's plan in `lang`, or undefined for an unknown id. */
export function getStarterPlan(id: string, lang: Lang): KpiPlanInput | undefined {
  const starter = getStarter(id);
  return starter ? starterPlan(starter, lang) : undefined;
}

/** What the wizard's Start step shows for a starter: its name, one line, and a preview of its KPIs. */
export interface StarterPreview {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly objectives: number;
  /** KPI names in plan order, in `lang`. */
  readonly kpis: readonly string[];
}

export function starterPreviews(lang: Lang): StarterPreview[] {
  return STARTERS.map((starter) => ({
    id: starter.id,
    name: starter.name[lang],
    description: starter.description[lang],
    objectives: starter.objectives.reduce((n, so) => n + 1 + so.operational.length, 0),
    kpis: starter.objectives.flatMap((so) =>
      so.operational.flatMap((oo) => oo.kpis.map((k) => k.name[lang])),
    ),
  }));
}
