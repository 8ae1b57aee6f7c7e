import type { KpiDefinition } from './schema';

type Channel = KpiDefinition['channel'];

/** The indices of the KPIs a text names, best match first, each once. */
export type TermMatcher = (text: string) => number[];

const NOT_ASCII = /[^\0-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES = /[œŒæÆ]/g;
const SPELLED_OUT: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };
const WORD = /[A-Za-z0-9]+/g;
const LOWER_CASE = /[a-z]/;
const GLUED_AFTER_E = /^(?:mails?|commerce)$/i;

/**
 * The words the matcher compares, case kept: accents dropped, ligatures spelled out, and every other
 * character a separator, so apostrophes (' or ’), hyphens, slashes and punctuation do not matter
 * ("taux d’ouverture" = "taux d'ouverture" = "taux d ouverture"). "e-mail" and "e-commerce" are glued
 * so that they equal "email" and "ecommerce".
 */
export function matchWords(text: string): string[] {
  // Most objectives typed without accents are plain ASCII: skip the Unicode work for them.
  const plain = NOT_ASCII.test(text)
    ? text
        .normalize('NFD')
        .replace(COMBINING_MARKS, '')
        .replace(LIGATURES, (ligature) => SPELLED_OUT[ligature] ?? ligature)
    : text;
  const words = plain.match(WORD) ?? [];
  const glued: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if ((word === 'e' || word === 'E') && next !== undefined && GLUED_AFTER_E.test(next)) {
      glued.push(word + next);
      i++;
    } else glued.push(word);
  }
  return glued;
}

/** Folded key of a library term: its words, lower case, one space apart. */
function termKey(term: string): string {
  return matchWords(term).join(' ').toLowerCase();
}

/**
 * People write "leads", "abonnés", "conversion rates": a term also matches with an "s" on its last word.
 * Not for words shorter than 3 letters, nor words that already end in s, x, z or a digit.
 */
function pluralKey(key: string): string | undefined {
  return /^[a-z0-9]{2,}[a-rt-wy]$/.test(key.slice(key.lastIndexOf(' ') + 1)) ? `${key}s` : undefined;
}

/**
 * Words that say which channel an objective is about, to choose between KPIs that share a name ("CTR"
 * of a newsletter is the e-mail click rate, of a Google Ads campaign the paid CTR).
 */
const CHANNEL_HINTS: Readonly<Record<string, Channel>> = {
  seo: 'seo',
  organique: 'seo',
  organiques: 'seo',
  organic: 'seo',
  naturel: 'seo',
  naturels: 'seo',
  referencement: 'seo',
  serp: 'seo',
  facebook: 'social',
  instagram: 'social',
  linkedin: 'social',
  youtube: 'social',
  tiktok: 'social',
  social: 'social',
  sociaux: 'social',
  publications: 'social',
  posts: 'social',
  reels: 'social',
  stories: 'social',
  chaine: 'social',
  channel: 'social',
  email: 'email',
  emails: 'email',
  emailing: 'email',
  newsletter: 'email',
  newsletters: 'email',
  mailchimp: 'email',
  brevo: 'email',
  ads: 'paid',
  sea: 'paid',
  adwords: 'paid',
  payant: 'paid',
  payants: 'paid',
  paid: 'paid',
  annonce: 'paid',
  annonces: 'paid',
  publicite: 'paid',
  publicites: 'paid',
  publicitaire: 'paid',
  publicitaires: 'paid',
  ga4: 'web',
  analytics: 'web',
  matomo: 'web',
  site: 'web',
  website: 'web',
};

/**
 * Phrases that contain a KPI's word but name no KPI ("sales team", "reach out", "tenir nos
 * engagements"). Matched like terms, so that they consume their words, and then dropped.
 */
const NOT_KPIS: readonly string[] = [
  'sales team',
  'sales teams',
  'sales rep',
  'sales reps',
  'sales representatives',
  'sales manager',
  'sales director',
  'sales force',
  'reach out',
  'reach a',
  'reach an',
  'reach the',
  'reach our',
  'to reach',
  'nos engagements',
  'engagements rse',
  'vos engagements',
  'leurs engagements',
  'pipeline de recrutement',
  'recruitment pipeline',
  'hiring pipeline',
  'data pipeline',
  // « seuil de rentabilité » is the break-even point, not ROI.
  'seuil de rentabilite',
  'point de rentabilite',
  // « gagner en notoriété » is the vague aim "be better known", not the awareness rate.
  'gagner en notoriete',
  'contacts presse',
  'press contacts',
  'media contacts',
  'abonnements logiciels',
  'software subscriptions',
];

/**
 * Qualifiers people put inside a KPI's name ("new B2B customers", "new paying customers"): skipped while a
 * term is being read, unless the term itself contains them ("panier moyen B2B").
 */
const QUALIFIERS = new Set([
  'b2b',
  'b2c',
  'pme',
  'tpe',
  'smb',
  'sme',
  'paying',
  'online',
  'premium',
  'retail',
]);

/**
 * Compiles the library's names and aliases once into a map from folded term to KPIs, indexed by first
 * word. A text is then read word by word, and at each word the longest term starting there wins (its
 * words are consumed), so the cost is a few map look-ups per word, whatever the library's size; no
 * RegExp is built per call. Terms are whole words by construction: "ca" never matches inside "cas",
 * nor "roi" inside "froid".
 */
export function compileTermMatcher(kpis: readonly KpiDefinition[]): TermMatcher {
  const terms = new Map<string, number[]>();
  const mostWords = new Map<string, number>();
  const capitals = new Set<string>();
  const channels = kpis.map((kpi) => kpi.channel);
  const hints = new Map(Object.entries(CHANNEL_HINTS));

  const add = (key: string, index?: number): void => {
    if (key === '') return;
    const owners = terms.get(key) ?? [];
    terms.set(key, owners);
    if (index !== undefined && !owners.includes(index)) owners.push(index);
    const words = key.split(' ');
    const first = words[0] as string;
    mostWords.set(first, Math.max(mostWords.get(first) ?? 0, words.length));
  };

  // Names first: when a term is shared, the KPI it names comes before those that only alias it.
  kpis.forEach((kpi, index) => {
    add(termKey(kpi.name.fr), index);
    add(termKey(kpi.name.en), index);
  });
  kpis.forEach((kpi, index) => {
    for (const alias of [...kpi.aliases.fr, ...kpi.aliases.en]) add(termKey(alias), index);
    for (const capital of kpi.capitalAliases ?? []) {
      capitals.add(capital);
      add(capital, index);
    }
  });
  for (const phrase of NOT_KPIS) add(phrase);
  const explicit = new Set(terms.keys());
  for (const key of explicit) {
    const plural = pluralKey(key);
    if (plural === undefined || explicit.has(plural)) continue;
    for (const index of terms.get(key) ?? []) add(plural, index);
  }

  return (text) => {
    const words = matchWords(text);
    // In a text with no lower case at all, capitals say nothing ("CES OBJECTIFS"): they are ignored.
    const keepCapitals = LOWER_CASE.test(text);
    const keys = words.map((word) => word.toLowerCase());

    const hinted = new Set<Channel>();
    for (const key of keys) {
      const channel = hints.get(key);
      if (channel !== undefined) hinted.add(channel);
    }

    const matches: { length: number; owners: readonly number[] }[] = [];
    for (let i = 0; i < keys.length; i++) {
      const most = mostWords.get(keys[i] as string) ?? 0;
      // Grow the phrase word by word and keep the longest term it makes.
      let phrase = keys[i] as string;
      let longest: { length: number; owners: readonly number[] } | undefined;
      let longestWords = 0;
      for (let j = i, n = 1; j < keys.length && n <= most; j++) {
        if (j > i) {
          const key = keys[j] as string;
          const grown = `${phrase} ${key}`;
          if (QUALIFIERS.has(key) && !terms.has(grown)) continue;
          phrase = grown;
          n++;
        }
        const owners = terms.get(phrase);
        if (owners === undefined) continue;
        longest = { length: phrase.length, owners };
        longestWords = j - i + 1;
      }
      if (longest !== undefined) {
        if (longest.owners.length > 0) matches.push(longest);
        i += longestWords - 1;
      } else if (keepCapitals && capitals.has(words[i] as string)) {
        matches.push({ length: (words[i] as string).length, owners: terms.get(words[i] as string) ?? [] });
      }
    }
    // Longest term first; Array#sort is stable, so equal lengths keep the order of the text.
    matches.sort((a, b) => b.length - a.length);

    const found: number[] = [];
    for (const { owners } of matches) {
      const preferred =
        owners.length > 1 ? owners.filter((index) => hinted.has(channels[index] as Channel)) : owners;
      for (const index of preferred.length > 0 ? preferred : owners)
        if (!found.includes(index)) found.push(index);
    }
    return found;
  };
}
