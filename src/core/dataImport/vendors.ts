import { foldText } from '../text';

// The words exports use: which header dates the rows, which language the headers speak, which tool
// wrote the file, and the concepts a column stands for (a KPI's own column, or a component of a rate).
// Column names as GA4, Search Console, Google Ads, Meta Ads Manager, Mailchimp, Brevo and Shopify
// write them in French and English, folded (lower case, no accents).

const DATE_HEADERS =
  /^(?:date|day|jour|week|semaine|month|mois|year month|annee mois|reporting starts|debut des rapports|send date|date d'envoi|date de l'envoi|sent date|period|periode)$/;

export function isDateHeader(name: string): boolean {
  return DATE_HEADERS.test(foldText(name));
}

const FRENCH =
  /\b(?:clics|jour|coût|cout|commandes|ventes|utilisateurs|couverture|montant|depense|ouvertures|delivres|desinscriptions|campagne|resultats|taux|moy\.?)\b/;
const ENGLISH =
  /\b(?:clicks|day|cost|orders|sales|users|reach|amount|spent|opens|deliveries|delivered|unsubscribes|campaign|results|rate|avg\.?)\b/;

export function headerLanguage(names: readonly string[]): 'fr' | 'en' | undefined {
  let fr = 0;
  let en = 0;
  for (const n of names) {
    const f = foldText(n);
    if (FRENCH.test(f)) fr += 1;
    if (ENGLISH.test(f)) en += 1;
  }
  return fr === en ? undefined : fr > en ? 'fr' : 'en';
}

/** A tool, known by headers only it writes (all of them, folded), or by its comment lines. */
const VENDORS: readonly { readonly name: string; readonly any: readonly (readonly string[])[] }[] = [
  {
    name: 'GA4',
    any: [
      ['engaged sessions'],
      ['sessions avec engagement'],
      ['active users', 'sessions'],
      ['utilisateurs actifs', 'sessions'],
    ],
  },
  {
    name: 'Search Console',
    any: [
      ['clicks', 'impressions', 'ctr', 'position'],
      ['clics', 'impressions', 'ctr', 'position'],
    ],
  },
  {
    name: 'Google Ads',
    any: [
      ['impr.', 'cost'],
      ['impr.', 'cout'],
      ['impr.', 'clicks'],
      ['impr.', 'clics'],
    ],
  },
  { name: 'Meta Ads', any: [['reporting starts'], ['debut des rapports']] },
  { name: 'Mailchimp', any: [['successful deliveries', 'unique opens']] },
  {
    name: 'Brevo',
    any: [
      ['delivres', 'ouvertures uniques'],
      ['delivered', 'unique opens'],
    ],
  },
  {
    name: 'Shopify',
    any: [
      ['gross sales', 'orders'],
      ['ventes brutes', 'commandes'],
    ],
  },
];

export function detectVendor(names: readonly string[], preamble: readonly string[]): string | undefined {
  const folded = new Set(names.map(foldText));
  for (const v of VENDORS) if (v.any.some((all) => all.every((h) => folded.has(h)))) return v.name;
  if (preamble.some((l) => /^#.*(?:property|propriete|ga4|analytics)/i.test(foldText(l)))) return 'GA4';
  return undefined;
}

/**
 * Concepts and the column names that carry them. A KPI's own column is found by the KPI's library
 * names and aliases first; these add the exports' own words (« Impr. », « Montant dépensé (EUR) »).
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  sessions: ['sessions', 'visites'],
  engaged_sessions: ['engaged sessions', 'sessions avec engagement'],
  users: [
    'active users',
    'total users',
    'users',
    'utilisateurs actifs',
    'utilisateurs',
    "nombre total d'utilisateurs",
  ],
  new_users: ['new users', 'nouveaux utilisateurs'],
  page_views: ['views', 'vues', 'page views', 'pages vues'],
  conversions: ['key events', 'evenements cles', 'conversions', 'conv.', 'results', 'resultats'],
  // Meta's French exports write « Clics sur un lien » (older ones « Clics sur le lien »), then « Clics (tous) ».
  clicks: [
    'clicks',
    'clics',
    'link clicks',
    'clics sur un lien',
    'clics sur le lien',
    'clicks (all)',
    'clics (tous)',
  ],
  impressions: ['impressions', 'impr.'],
  cost: ['cost', 'cout', 'amount spent', 'montant depense', 'spend', 'depenses'],
  // Revenue excluding tax (the library's definition) first: Shopify's net sales before its total sales.
  revenue: [
    'net sales',
    'ventes nettes',
    'purchase revenue',
    'revenus generes par les achats',
    'total revenue',
    'revenus totaux',
    'conv. value',
    'valeur de conv.',
    'total sales',
    'ventes totales',
  ],
  orders: ['orders', 'commandes'],
  reach: ['reach', 'couverture', 'portee'],
  delivered: ['successful deliveries', 'delivered', 'delivres', 'emails delivered', 'e-mails delivres'],
  // Mailchimp's report names its counts « Recipients », « Opened », « Clicked », « Unsubscribed ».
  sent: ['emails sent', 'total recipients', 'sent', 'envoyes', 'destinataires', 'recipients'],
  unique_opens: ['unique opens', 'ouvertures uniques', 'opened'],
  unique_clicks: ['unique clicks', 'clics uniques', 'clicked'],
  unsubscribes: ['unsubscribes', 'desabonnements', 'desinscriptions', 'unsubscribed'],
  bounces: ['total bounces', 'bounces', 'rebonds', 'hard bounces'],
  position: ['position', 'average position', 'position moyenne'],
  followers: ['followers', 'abonnes', 'total followers'],
};

/**
 * What a library KPI reads in an export: its own column (`concept`), or a rate recomputed from two
 * columns (`ratio`: numerator ÷ denominator, times `scale`).
 */
export const KPI_SOURCES: Readonly<
  Record<
    string,
    { readonly concept?: string; readonly ratio?: readonly [string, string]; readonly scale?: number }
  >
> = {
  sessions: { concept: 'sessions' },
  engaged_sessions: { concept: 'engaged_sessions' },
  users: { concept: 'users' },
  new_users: { concept: 'new_users' },
  page_views: { concept: 'page_views' },
  key_events: { concept: 'conversions' },
  engagement_rate: { ratio: ['engaged_sessions', 'sessions'] },
  conversion_rate: { ratio: ['conversions', 'sessions'] },
  organic_clicks: { concept: 'clicks' },
  organic_impressions: { concept: 'impressions' },
  organic_ctr: { ratio: ['clicks', 'impressions'] },
  average_position: { concept: 'position' },
  ad_clicks: { concept: 'clicks' },
  ad_impressions: { concept: 'impressions' },
  ad_spend: { concept: 'cost' },
  marketing_budget: { concept: 'cost' },
  paid_ctr: { ratio: ['clicks', 'impressions'] },
  cpc: { ratio: ['cost', 'clicks'] },
  cpm: { ratio: ['cost', 'impressions'], scale: 1000 },
  cpa: { ratio: ['cost', 'conversions'] },
  ads_conversion_rate: { ratio: ['conversions', 'clicks'] },
  roas: { ratio: ['revenue', 'cost'] },
  ad_frequency: { ratio: ['impressions', 'reach'] },
  social_reach: { concept: 'reach' },
  social_impressions: { concept: 'impressions' },
  followers: { concept: 'followers' },
  revenue: { concept: 'revenue' },
  orders: { concept: 'orders' },
  average_order_value: { ratio: ['revenue', 'orders'] },
  email_open_rate: { ratio: ['unique_opens', 'delivered'] },
  email_click_rate: { ratio: ['unique_clicks', 'delivered'] },
  email_click_to_open_rate: { ratio: ['unique_clicks', 'unique_opens'] },
  email_unsubscribe_rate: { ratio: ['unsubscribes', 'delivered'] },
  email_bounce_rate: { ratio: ['bounces', 'sent'] },
  email_deliverability: { ratio: ['delivered', 'sent'] },
};

/** The columns (by index) whose folded name is one of the concept's words. */
export function columnsOf(concept: string, folded: readonly string[]): number[] {
  const words = new Set(CONCEPTS[concept] ?? []);
  return folded.flatMap((name, i) => (words.has(name.replace(/\s*\([a-z]{3}\)$/, '')) ? [i] : []));
}
