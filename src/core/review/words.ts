import { matchWords } from '../kpiLibrary/termMatcher';
import type { CHANNELS, FUNNEL_STAGES } from '../vocabulary';

export type Channel = (typeof CHANNELS)[number];
export type Stage = (typeof FUNNEL_STAGES)[number];

// Words by which a strategy or an objective names an acquisition channel or a stage of the funnel, in
// French and English, folded the way the KPI library's matcher folds them (accents and case dropped,
// "e-mail" glued to "email"). Phrases are whole words: "sea" is not found in "season".

/** The channels a plan "relies on" when it names them: those a team buys or earns traffic from. */
export const ACQUISITION_CHANNELS = ['seo', 'social', 'email', 'paid'] as const;
export type AcquisitionChannel = (typeof ACQUISITION_CHANNELS)[number];

const CHANNEL_PHRASES: Readonly<Record<AcquisitionChannel, readonly string[]>> = {
  seo: [
    'seo',
    'referencement naturel',
    'referencement organique',
    'search console',
    'organic search',
    'recherche organique',
    'recherche naturelle',
    'trafic organique',
    'organic traffic',
    'backlinks',
  ],
  social: [
    'reseaux sociaux',
    'reseau social',
    'social media',
    'social network',
    'social networks',
    'linkedin',
    'instagram',
    'facebook',
    'tiktok',
    'youtube',
    'pinterest',
  ],
  email: [
    'email',
    'emails',
    'emailing',
    'newsletter',
    'newsletters',
    'courriel',
    'courriels',
    'mailchimp',
    'brevo',
  ],
  paid: [
    'paid search',
    'paid media',
    'paid social',
    'sea',
    'google ads',
    'meta ads',
    'linkedin ads',
    'adwords',
    'publicite payante',
    'publicite en ligne',
    'campagnes payantes',
    'campagne payante',
    'liens sponsorises',
    'online ads',
    'online advertising',
  ],
};

const STAGE_PHRASES: Readonly<Record<Stage, readonly string[]>> = {
  attract: [
    'notoriete',
    'visibilite',
    'attirer',
    'awareness',
    'visibility',
    'reach',
    'portee',
    'audience',
    'trafic',
    'traffic',
  ],
  engage: ['engagement', 'engager', 'engage', 'interactions'],
  convert: [
    'conversion',
    'conversions',
    'convertir',
    'convert',
    'leads',
    'prospects',
    'ventes',
    'sales',
    'chiffre d affaires',
    'revenue',
    'commandes',
    'orders',
  ],
  retain: [
    'fideliser',
    'fidelisation',
    'fidelite',
    'retention',
    'retenir',
    'retain',
    'loyalty',
    'churn',
    'attrition',
    'reachat',
    'repeat purchase',
    'repeat purchases',
    'renouvellement',
    'renewal',
    'renewals',
  ],
  advocate: [
    'recommandation',
    'recommander',
    'recommend',
    'ambassadeurs',
    'ambassadors',
    'parrainage',
    'referral',
    'referrals',
    'bouche a oreille',
    'word of mouth',
    'avis clients',
    'customer reviews',
    'nps',
    'advocacy',
    'advocates',
  ],
};

/** Text as the phrases above are written: folded words, one space apart, padded for whole-word search. */
export function foldedWords(text: string): string {
  return ` ${matchWords(text).join(' ').toLowerCase()} `;
}

function named<K extends string>(table: Readonly<Record<K, readonly string[]>>, folded: string): K[] {
  return (Object.keys(table) as K[]).filter((key) => table[key].some((p) => folded.includes(` ${p} `)));
}

/** The acquisition channels a text, folded by foldedWords, names ("grow LinkedIn leads" → social). */
export function channelsNamed(folded: string): AcquisitionChannel[] {
  return named(CHANNEL_PHRASES, folded);
}

/** The funnel stages a text, folded by foldedWords, aims at ("fidéliser nos clients" → retain). */
export function stagesNamed(folded: string): Stage[] {
  return named(STAGE_PHRASES, folded);
}
