import type { SmartInput } from '../../../src/core/smart';

/**
 * Objectives with the criteria a marketer would grade, many adapted from real plans (e-commerce, B2B lead
 * generation, local business, SEO/content, social media, email, paid acquisition, retention).
 * `expected` spells the met criteria in order S M A R T, with "-" for a criterion not met: "SM-RT" is
 * specific, measurable, not achievable, relevant, time-bound.
 */
export interface SmartExample {
  readonly objective: string;
  readonly expected: string;
  readonly lang: 'fr' | 'en';
  readonly inputs?: Omit<SmartInput, 'objective'>;
  /** Why the case is tricky, when it is. */
  readonly note?: string;
}

const fr = (
  objective: string,
  expected: string,
  inputs?: SmartExample['inputs'],
  note?: string,
): SmartExample => ({
  objective,
  expected,
  lang: 'fr',
  ...(inputs === undefined ? {} : { inputs }),
  ...(note === undefined ? {} : { note }),
});
const en = (
  objective: string,
  expected: string,
  inputs?: SmartExample['inputs'],
  note?: string,
): SmartExample => ({
  objective,
  expected,
  lang: 'en',
  ...(inputs === undefined ? {} : { inputs }),
  ...(note === undefined ? {} : { note }),
});

const END_2027 = { year: 2027, month: 12, day: 31 };

export const FRENCH_EXAMPLES: readonly SmartExample[] = [
  // E-commerce
  fr("Augmenter le taux de conversion de 2 % à 3 % d'ici le 31/12/2027", 'SMART'),
  fr(
    'Porter le taux de conversion de 1,8 % à 2,4 % d’ici fin 2026',
    'SMART',
    undefined,
    '« porter … de … à … »',
  ),
  fr("Doubler le chiffre d'affaires e-commerce d'ici fin 2027", 'SMART', undefined, 'multiplier 2'),
  fr(
    "Diviser par deux le taux d'abandon de panier avant le 30 juin 2027",
    'SMART',
    undefined,
    'multiplier ½',
  ),
  fr(
    'Atteindre un panier moyen de 65 €',
    'SMART',
    { baseline: 50, deadline: END_2027 },
    'baseline and deadline by argument',
  ),
  fr("Augmenter de 20 % le chiffre d'affaires en 2027", 'SMART', undefined, 'object after the quantity'),
  fr("Augmenter le chiffre d'affaires de 150 % d'ici 2027", 'SM-RT', undefined, 'ratio 2.5 out of range'),
  fr('Réaliser 1,5 M€ de chiffre d’affaires en 2027', 'SMART', { baseline: 1_200_000 }, 'amount with M€'),
  fr('Augmenter le panier moyen de 10 % prochainement', 'SMAR-', undefined, 'vague time word'),
  fr('Augmenter les commandes en ligne de 25 % au T4 2027', 'SMART', undefined, 'T4 = fourth quarter'),
  fr('Lancer la boutique en ligne en mars', 'S---T', undefined, 'no number: not measurable'),
  // B2B lead generation
  fr('Générer 200 leads par mois', 'SM-R-', undefined, '« par mois » is a rate, not a deadline'),
  fr('Générer 200 leads qualifiés par mois d’ici juin 2027', 'SM-RT'),
  fr(
    'Generer 200 leads qualifies par mois',
    'SMAR-',
    { baseline: 150 },
    'accents missing; baseline by argument',
  ),
  fr('Multiplier par 3 les leads entrants en 2027', 'SM-RT', undefined, 'ratio 3 out of range'),
  fr('Réduire le coût par lead de 45 € à 35 € sous 6 semaines', 'SMART'),
  fr('Augmenter le nombre de leads de 25 %', 'SMAR-'),
  fr('Augmenter le nombre de leads de 25 %', 'SMART', { deadline: END_2027 }, 'deadline by argument'),
  fr('Recruter 3 commerciaux d’ici le 1er mars', 'SM--T', undefined, 'no KPI named'),
  // Local business
  fr('Obtenir 50 avis clients sur Google d’ici 3 mois', 'SM-RT', undefined, 'baseline unknown'),
  fr('Augmenter la fréquentation du magasin', 'S--R-', undefined, 'store visits are a KPI'),
  fr('Être plus visible dans le quartier', '-----', undefined, 'vague aim, no verb'),
  fr('Améliorer notre image', '-----', undefined, 'vague aim'),
  fr('Optimiser notre présence en ligne d’ici fin 2026', '----T', undefined, 'vague object'),
  fr('Augmenter notre visibilité de 30 % en 2027', '-MA-T', undefined, 'vague object, even with a number'),
  fr('Gagner en notoriété auprès des 25-35 ans', '-----', undefined, '« gagner en », age band is no target'),
  // SEO / content
  fr('Augmenter le trafic organique de 30 % en 6 mois', 'SMART'),
  fr(
    'Faire croître le nombre de visiteurs uniques de 25 % d’ici le 2027-12-31',
    'SMART',
    undefined,
    'ISO date',
  ),
  fr(
    'Être dans le top 3 de Google sur « chaussures running » en 2027',
    '----T',
    undefined,
    '« top 3 » is a rank',
  ),
  fr('Publier 3 articles de blog par semaine', 'SM---', undefined, 'rate; no KPI'),
  fr('Reduire le taux de rebond de 55 % a 40 % d ici decembre 2027', 'SMART', undefined, 'no accents'),
  fr('Réduire le taux de rebond de 40 % à 55 % en 2027', 'SM-RT', undefined, 'target contradicts the verb'),
  // Social media
  fr('Tripler le nombre d’abonnés Instagram en 12 mois', 'SM-RT', undefined, 'ratio 3'),
  fr('Gagner 500 abonnés LinkedIn d’ici fin juin', 'SM-RT', undefined, 'an increment needs the baseline'),
  fr('Gagner 500 abonnés LinkedIn d’ici fin juin', 'SMART', { baseline: 2000 }, '2 000 + 500 → ×1,25'),
  fr('Passer de 0 à 500 abonnés YouTube d’ici fin 2027', 'SM-RT', undefined, 'baseline 0'),
  fr(
    'Atteindre un taux d’engagement de 5 % sur Instagram d’ici le 30/06/2027',
    'SMART',
    { baseline: 0.035 },
    'percent cell 3,5 % as a fraction',
  ),
  fr('Augmenter le taux d’engagement des publications x2 d’ici la fin de l’année', 'SMART', undefined, 'x2'),
  // Email
  fr(
    'Augmenter le taux d’ouverture des emails de 20 % dans les prochains mois',
    'SMAR-',
    undefined,
    'vague time',
  ),
  fr('Atteindre 10 000 abonnés à la newsletter d’ici décembre 2027', 'SM-RT', undefined, 'baseline unknown'),
  fr('Atteindre 10 000 abonnés à la newsletter d’ici décembre 2027', 'SMART', { baseline: 6000 }),
  fr('Réduire le taux de désabonnement de 60 % en 6 mois', 'SM-RT', undefined, 'ratio 0,4'),
  fr(
    'Augmenter le taux de clic des emails de 2 points d’ici fin 2027',
    'SM-RT',
    undefined,
    'points need a baseline',
  ),
  fr(
    'Augmenter le taux de clic des emails de 2 points d’ici fin 2027',
    'SMART',
    { baseline: 0.03 },
    '3 % → 5 %',
  ),
  // Paid acquisition
  fr('Augmenter le ROAS des campagnes Google Ads de 3 à 4,5 au T2 2027', 'SMART'),
  fr('Baisser le CPA sous 25 € d’ici le Q4 2027', 'SMART', { baseline: 30 }),
  fr('Reduire le cout d’acquisition client de 15 % d’ici fin 2026', 'SMART', undefined, 'accents missing'),
  fr(
    'Augmenter le CTR des annonces de 1,5 % à 2 % d’ici le 31 décembre 2027',
    'SMART',
    undefined,
    'date in words',
  ),
  fr(
    'Augmenter le chiffre d’affaires de 20 pour cent d’ici l’an prochain',
    'SMART',
    undefined,
    '« pour cent »',
  ),
  // Retention
  fr(
    'Réduire le churn mensuel de 5 % à 3,5 % d’ici 12 mois',
    'SMART',
    undefined,
    '« mensuel » is no deadline',
  ),
  fr('Obtenir un NPS de 50 d’ici l’année prochaine', 'SMART', { baseline: 35 }),
  fr('Augmenter la valeur vie client de 10 % à terme', 'SMAR-', undefined, '« à terme » is vague'),
  fr('Augmenter les ventes bientôt', 'S--R-', undefined, 'no number, vague time'),
  fr('Réduire de moitié le coût par lead d’ici le T3 2027', 'SMART', undefined, '« de moitié »'),
  fr('Réduire le taux de retour sous les 8 % d’ici 2027', 'SM-RT', undefined, 'a level, not a −8 % change'),
  fr('Maintenir le taux de churn sous 2 % en 2027', 'SM-RT', undefined, 'baseline unknown'),
  fr('Hausse de 15 % du trafic organique d’ici fin 2027', 'SMART', undefined, 'noun instead of a verb'),
  fr('Augmenter le CA de 10% vs 2025 d’ici fin 2026', 'SMART', undefined, '2025 is a year, not a target'),
  fr('Réduire le CAC d’un tiers d’ici fin 2027', 'SMART', undefined, '« d’un tiers »'),
  fr(
    'Atteindre 3 % de taux de conversion (contre 2 % aujourd’hui) d’ici fin 2027',
    'SMART',
    undefined,
    'baseline stated after the target',
  ),
  fr('Passer le CPA à 30 € contre 40 € actuellement', 'SMAR-', undefined, '« passer … à » with a baseline'),
  fr(
    'Réduire le taux d’attrition mensuel à moins de 2 % d’ici 2027',
    'SM-RT',
    undefined,
    'a level, not −2 %',
  ),
  fr('Augmenter le taux de réachat de 25 % à 35 % sur l’année 2027', 'SMART'),
  fr('Atteindre un ROAS de 4x sur Meta d’ici fin 2027', 'SM-RT', undefined, '« 4x » is a level here'),
  // A vague word before a KPI is an adjective, not the object (fix 1)
  fr(
    'Augmenter les marketing qualified leads de 400 à 600 d’ici fin 2027',
    'SMART',
    undefined,
    '« marketing » qualifies a KPI',
  ),
  fr('Augmenter le chiffre d’affaires en ligne de 960 k€ à 1,2 M€ d’ici fin 2027', 'SMART'),
  fr('Améliorer la qualité du trafic organique', '---R-', undefined, '« qualité du … » stays vague'),
  // Durations written with an abbreviated unit on each side (fix 2)
  fr('Réduire le délai de première réponse du support de 8 h à 4 h d’ici le 30/06/2027', 'SMART'),
  fr('Réduire le temps de résolution de 2 min à 1 min 30 d’ici fin 2027', 'SMART', undefined, '1 min 30'),
  fr('Réduire le délai de première réponse de 48 h à 24 h au T2 2027', 'SMART', undefined, '×0,5'),
  fr('Réduire le délai de résolution de 2 jours à 36 h d’ici fin 2027', 'SMART', undefined, 'two units'),
  // A level to hold: specific on a named KPI, achievable once the baseline is known (fix 3)
  fr(
    'Maintenir le taux de désabonnement sous 0,3 % chaque mois jusqu’au 31/12/2027',
    'SM-RT',
    undefined,
    'a level to hold, baseline unknown',
  ),
  fr(
    'Maintenir le taux de désabonnement sous 0,3 % chaque mois jusqu’au 31/12/2027',
    'SMART',
    { baseline: 0.0025 },
    'already under the level: ×1,2',
  ),
  fr('Garder le CPA sous 40 € (contre 45 € aujourd’hui) jusqu’à fin 2027', 'SMART'),
  fr('Rester sous les 2 % de churn mensuel en 2027', 'SMART', { baseline: 0.025 }),
  fr('Conserver un taux de marge brute au-dessus de 40 % en 2027', 'SM-RT', undefined, 'baseline unknown'),
  fr('Garder le cap en 2027', '----T', undefined, 'nothing measured to hold'),
  // KPIs the library now knows (fix 4)
  fr(
    'Conquérir 50 nouveaux clients B2B d’ici fin 2027',
    'SM-RT',
    undefined,
    'new customers, baseline unknown',
  ),
  fr('Augmenter la fréquentation du magasin de 10 % d’ici fin 2027', 'SMART', undefined, 'store visits'),
  fr('Réduire les réclamations de 30 % d’ici fin 2027', 'SMART'),
  fr('Augmenter la notoriété de 20 % à 30 % d’ici fin 2027', 'SMART'),
  fr('Générer 25 % de demandes de démo en plus en 2027', 'SMART'),
  fr('Réduire le délai de livraison de 5 à 3 jours d’ici fin 2027', 'SMART'),
  fr('Fidéliser nos clients d’ici fin 2027', 'S---T', undefined, '« nos clients » names no KPI'),
  fr('Atteindre le seuil de rentabilité d’ici fin 2027', 'S---T', undefined, 'break-even is not ROI'),
  // Everyday change verbs and constructions of marketing plans; a stated change on a named metric is
  // concrete whatever the verb; a broad concept with no measure is not specific
  fr(
    "Faire passer le taux de conversion de 2 % à 3 % d'ici fin 2027",
    'SMART',
    undefined,
    '« faire passer »',
  ),
  fr("Ramener le coût par lead de 60 € à 45 € d'ici juin 2027", 'SMART', undefined, '« ramener »'),
  fr("Décrocher 20 nouveaux clients d'ici fin 2027", 'SM-RT'),
  fr("Mettre en place un programme de fidélité de 2 000 membres d'ici fin 2027", 'SM--T'),
  fr("Faire grimper le panier moyen de 32 € à 38 € d'ici fin 2027", 'SMART', undefined, '« faire grimper »'),
  fr("Abaisser le taux de rebond de 60 % à 50 % d'ici juin 2027", 'SMART'),
  fr("Franchir le cap des 5 000 abonnés Instagram d'ici fin 2027", 'SM-RT', undefined, '« franchir le cap »'),
  fr(
    "Ramener le taux de désabonnement sous 0,5 % d'ici fin 2027",
    'SM-RT',
    undefined,
    'un seuil, départ inconnu',
  ),
  fr(
    "Augmenter notre visibilité : trafic organique de 8 000 à 15 000 visites d'ici fin 2027",
    'SMART',
    undefined,
    'le changement chiffré porte sur un indicateur nommé',
  ),
  fr("Améliorer l'expérience client d'ici fin 2027", '----T', undefined, 'concept large sans mesure'),
  fr("Augmenter notre réputation de 20 % d'ici 2027", '-MA-T', undefined, 'concept large sans mesure'),
  fr("Développer notre communauté d'ici fin 2027", '---RT', undefined, 'concept large sans mesure'),
  fr(
    "Augmenter la note de satisfaction de 7,2 à 8 d'ici fin 2027",
    'SMART',
    undefined,
    'mesurée par une note',
  ),
];

export const ENGLISH_EXAMPLES: readonly SmartExample[] = [
  // E-commerce
  en('Double e-commerce revenue by 2028', 'SMART'),
  en('Cut cart abandonment rate in half by Dec 2027', 'SMART', undefined, 'halving'),
  en(
    'Increase average order value from €55 to €65 by December 31, 2027',
    'SMART',
    undefined,
    'US date in words',
  ),
  en('Increase revenue by $50k by end of 2027', 'SM-RT', undefined, 'an increment needs the baseline'),
  en('Increase revenue by $50k by end of 2027', 'SMART', { baseline: 200_000 }, '200k + 50k → ×1.25'),
  en('Increase revenue by 20% per month', 'SMAR-', undefined, '"per month" is a rate'),
  en('Increase online orders by 25% in Q4 2027', 'SMART'),
  en('Increase sales in the coming months', 'S--R-', undefined, 'vague time'),
  // B2B lead generation
  en('Generate 150 leads per month', 'SM-R-', undefined, 'rate, baseline unknown'),
  en('Reduce cost per lead from $40 to $32 by Q3 2027', 'SMART'),
  en('Multiply leads ×2 by Q4 2027', 'SMART', undefined, '×2'),
  en('Increase MQLs 30 percent within 90 days', 'SMART', undefined, '"percent" without "by"'),
  en('Acquire 500 new customers in 2027', 'SM-RT', undefined, 'baseline unknown'),
  en('Win 20 new customers in B2B by the end of the year', 'SM-RT', undefined, '"B2B" is no number'),
  en('Increase conversion rate from 2% to 3%', 'SMART', { deadline: END_2027 }, 'deadline by argument'),
  // Local business
  en('Be better known', '-----', undefined, 'vague aim'),
  en('Improve our brand image', '-----', undefined, 'vague aim'),
  en('Get more visibility online', '-----', undefined, 'vague object'),
  en('Launch a podcast in the coming months', 'S----', undefined, 'no number, vague time'),
  en('Get 50 new Google reviews within 3 months', 'SM-RT'),
  // SEO / content
  en('Increase organic traffic by 20% within 6 months', 'SMART'),
  en('Rank in the top 3 on Google by 2027', '----T', undefined, '"top 3" is a rank'),
  en('Reduce bounce rate from 40% to 55% by end of year', 'SM-RT', undefined, 'contradicts the verb'),
  en('Improve conversion rate', 'S--R-', undefined, 'soft verb on a named KPI'),
  en('Improve conversion rate from 1.5% to 2.5% by H1 2027', 'SMART'),
  en('Reach 2000 subscribers by 2027', 'SM-RT', undefined, '2000 is a count, 2027 a year'),
  // Social media
  en('Grow Instagram followers from 2,000 to 3,000 by December 31, 2027', 'SMART'),
  en('Triple the number of newsletter subscribers next year', 'SM-RT'),
  en('Reach 10,000 followers on LinkedIn by end of Q2 2027', 'SM-RT', undefined, 'baseline unknown'),
  en('Increase Facebook engagement rate by 15% over the next 3 months', 'SMART'),
  en('Grow the newsletter list to 5k subscribers in 2027', 'SMART', { baseline: 3000 }),
  // Email
  en('Increase email open rate to 25% soon', 'SM-R-', undefined, 'vague time, baseline unknown'),
  en('Increase email open rate to 25% by 30/06/2027', 'SMART', { baseline: 0.2 }),
  en('Reduce unsubscribe rate from 0.5% to 0.3% within 90 days', 'SMART'),
  en(
    'Increase click-through rate by 0.5 points by end of 2027',
    'SM-RT',
    undefined,
    'points need a baseline',
  ),
  en('Increase the email click rate from 2% to 5% in 12 weeks', 'SM-RT', undefined, 'ratio 2.5'),
  // Paid acquisition
  en('Increase ROAS from 2.5 to 6 by next quarter', 'SM-RT', undefined, 'ratio 2.4'),
  en('Lower CPC from €1.20 to €0.90 before March 2027', 'SMART'),
  en('Halve customer acquisition cost within 12 months', 'SMART'),
  en('Reduce CPA by 60% by 2027-06-30', 'SM-RT', undefined, 'ratio 0.4'),
  en('Increase ROI', 'S--R-'),
  // Retention
  en('Reduce churn by 10% in Q3', 'SMART'),
  en('Increase NPS from 20 to 35 by 2027', 'SMART'),
  en('Increase customer lifetime value by 30% by 2027-12-31', 'SMART'),
  en('Keep churn rate under 2% asap', 'SM-R-', undefined, '"asap" is vague'),
  en('Increase repeat purchase rate from 20% to 25% in the next 6 months', 'SMART'),
  en(
    'Increase newsletter subscribers from 1,500 to 2,250 by Q2 2027',
    'SMART',
    undefined,
    'thousands commas',
  ),
  en('A 20% reduction in cost per acquisition by Q2', 'SMART', undefined, 'noun instead of a verb'),
  en('Cut CAC by a third within 6 months', 'SMART', undefined, '"a third"'),
  en('Book 25 sales meetings per month by March', 'SM-RT'),
  en('Increase conversion rate by 3 percentage points by 2027', 'SM-RT', undefined, 'points need a baseline'),
  en('Reach 5,000 newsletter subscribers (currently 3,200) by Q4 2027', 'SMART', undefined, '"currently"'),
  en('Reach 5,000 newsletter subscribers, up from 1,200, by Q4 2027', 'SM-RT', undefined, 'ratio 4.2'),
  en('Increase paid social ROAS from 3x to 4x by Q1 2027', 'SMART', undefined, '"3x", "4x" are levels'),
  en('Grow organic search traffic 50% YoY by end of 2027', 'SMART'),
  // A vague word before a KPI is an adjective, not the object (fix 1)
  en('Increase online revenue from $960k to $1.2M by the end of 2027', 'SMART'),
  en(
    'Increase marketing qualified leads from 400 to 600 by the end of 2027',
    'SMART',
    undefined,
    '"marketing" qualifies a KPI',
  ),
  en('Increase business revenue by 10% in 2027', 'SMART', undefined, '"business" qualifies a KPI'),
  en('Improve our brand image by the end of 2027', '----T', undefined, 'no KPI: still vague'),
  // Durations written with an abbreviated unit on each side (fix 2)
  en('Reduce first response time from 8h to 4h by Q2 2027', 'SMART'),
  en('Reduce resolution time from 3 days to 2 days by Q2 2027', 'SMART'),
  en('Cut first response time from 8h to 2h by Q2 2027', 'SM-RT', undefined, 'ratio 0.25'),
  // A level to hold: specific on a named KPI, achievable once the baseline is known (fix 3)
  en('Keep CPA below €40 through Q4 2027', 'SM-RT', undefined, 'a level to hold, baseline unknown'),
  en('Keep CPA below €40 (currently €36) through Q4 2027', 'SMART'),
  en('Hold ROAS above 4 through Q4 2027', 'SMART', { baseline: 5 }),
  en('Stay below 2% monthly churn through 2027', 'SM-RT', { baseline: 0.05 }, 'baseline ×2.5 the level'),
  en('Keep our team motivated through 2027', '----T', undefined, 'nothing measured to hold'),
  // KPIs the library now knows (fix 4)
  en('Win 50 new B2B customers by the end of 2027', 'SM-RT', undefined, 'new customers, baseline unknown'),
  en('Grow footfall by 10% by the end of 2027', 'SMART', undefined, 'store visits'),
  en('Reduce page load time from 3.2 s to 2 s by Q2 2027', 'SMART'),
  en('Increase brand awareness from 20% to 30% by the end of 2027', 'SMART'),
  en('Grow our email list from 8,000 to 12,000 contacts by Q4 2027', 'SMART'),
  en('Increase market share from 8% to 10% by 2027', 'SMART'),
  en('Improve our SEO rankings from 12 to 8 by Q3 2027', 'SMART', undefined, 'rankings with SEO context'),
  en('Delight our customers by the end of 2027', '----T', undefined, '"our customers" names no KPI'),
  // Everyday change verbs and phrasal verbs; a stated change on a named metric is concrete whatever the
  // verb; a broad concept with no measure is not specific
  en(
    'Take organic traffic from 8,000 to 12,000 monthly visits by Q4 2027',
    'SMART',
    undefined,
    '"take X from A to B"',
  ),
  en('Get the conversion rate to 3% by end of 2027', 'SM-RT', undefined, '"get X to Y"'),
  en('Lift average order value from €45 to €52 by June 2027', 'SMART'),
  en('Shrink cost per lead from $60 to $45 by Q3 2027', 'SMART'),
  en('Hit 10,000 Instagram followers by December 2027', 'SM-RT'),
  en('Sign 30 new clients by the end of 2027', 'SM-RT'),
  en('Kick off a referral programme generating 200 leads by Q4 2027', 'SM-RT', undefined, '"kick off"'),
  en('Bring cost per acquisition down from $50 to $40 by Q3 2027', 'SMART', undefined, '"bring X down"'),
  en('Ramp up demo requests from 80 to 120 a month by June 2027', 'SMART', undefined, '"ramp up"'),
  en('Bring churn back under 3% by the end of 2027', 'SM-RT', undefined, 'a threshold, baseline unknown'),
  en('Improve brand perception by 20% by 2027', '-M--T', undefined, 'a broad concept, no measure'),
  en('Grow our audience by 2027', '----T', undefined, 'a broad concept, no measure'),
  en('Enhance the customer experience by the end of 2027', '----T', undefined, 'a broad concept, no measure'),
  en('Grow our Instagram audience from 4,000 to 6,000 followers by 2027', 'SMART', undefined, 'a channel'),
];

export const ALL_EXAMPLES: readonly SmartExample[] = [...FRENCH_EXAMPLES, ...ENGLISH_EXAMPLES];
