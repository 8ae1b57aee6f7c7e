import type { Lang, Translated } from './i18n';
import type { CATEGORIES, CHANNELS, FUNNEL_STAGES, SOURCES } from './vocabulary';

// The words for the KPI library's classifications, in both languages, for everything a user reads: the
// wizard's filters and the KPI library sheet. One table, so the sheet and the sidebar cannot disagree.
// Zod-free like ./vocabulary.ts: both bundles import it.

export const CHANNEL_WORDS: Readonly<Record<(typeof CHANNELS)[number], Translated>> = {
  seo: { fr: 'SEO', en: 'SEO' },
  social: { fr: 'Réseaux sociaux', en: 'Social media' },
  email: { fr: 'E-mailing', en: 'Email' },
  paid: { fr: 'Publicité payante', en: 'Paid media' },
  ecommerce: { fr: 'E-commerce', en: 'E-commerce' },
  web: { fr: 'Site web', en: 'Website' },
  sales: { fr: 'Ventes', en: 'Sales' },
  finance: { fr: 'Finance', en: 'Finance' },
  customer: { fr: 'Client', en: 'Customer' },
};

export const STAGE_WORDS: Readonly<Record<(typeof FUNNEL_STAGES)[number], Translated>> = {
  attract: { fr: 'Attirer', en: 'Attract' },
  engage: { fr: 'Engager', en: 'Engage' },
  convert: { fr: 'Convertir', en: 'Convert' },
  retain: { fr: 'Fidéliser', en: 'Retain' },
  advocate: { fr: 'Recommander', en: 'Advocate' },
};

export const CATEGORY_WORDS: Readonly<Record<(typeof CATEGORIES)[number], Translated>> = {
  quality: { fr: 'Qualité', en: 'Quality' },
  efficiency: { fr: 'Efficacité', en: 'Efficiency' },
  capacity: { fr: 'Capacité', en: 'Capacity' },
  strategy: { fr: 'Stratégie', en: 'Strategy' },
};

/** Sources that name a kind of record rather than a product (GA4, HubSpot... are names in every language). */
const GENERIC_SOURCES: Readonly<Partial<Record<(typeof SOURCES)[number], Translated>>> = {
  Accounting: { fr: 'Comptabilité', en: 'Accounting' },
  Survey: { fr: 'Enquête client', en: 'Survey' },
};

/** A library source as a user of `lang` writes it; any other text unchanged. */
export function sourceWord(source: string, lang: Lang): string {
  return (GENERIC_SOURCES as Readonly<Record<string, Translated | undefined>>)[source]?.[lang] ?? source;
}
