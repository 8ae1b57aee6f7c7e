import { smartCheck } from '../../../src/core/smart';

const specific = (objective: string): boolean => smartCheck({ objective }).criteria.specific;

describe('specific: a concrete change applied to a named object', () => {
  it.each([
    'Augmenter le taux de conversion',
    'Réduire le coût par lead',
    'Diminuer le taux de rebond',
    'Baisser le CPA',
    'Atteindre 10 000 abonnés',
    'Générer des leads qualifiés',
    'Lancer une application mobile',
    'Doubler le chiffre d’affaires',
    'Tripler les inscriptions',
    'Fidéliser les clients existants',
    'Porter le taux de clic à 3 %',
    'Passer de 2 % à 3 % de taux de conversion',
    'Gagner 500 abonnés',
    'Recruter 3 commerciaux',
    'Conquérir 200 nouveaux clients',
    'Obtenir 50 avis Google',
    'Accroître la marge brute',
    'Faire croître le trafic organique',
    'Multiplier par 2 les ventes',
    'Diviser par deux le churn',
    'reduire le cout par lead',
    'Increase the conversion rate',
    'Reduce cost per lead',
    'Reach 10,000 followers',
    'Generate qualified leads',
    'Launch a mobile app',
    'Grow organic traffic',
    'Cut churn',
    'Lower the CPA',
    'Raise the average order value',
    'Acquire new customers',
    'Convert 5% of trial users',
    'Retain existing customers',
    'Improve the conversion rate',
    'Optimiser le taux d’ouverture',
    '+20 % de chiffre d’affaires d’ici 2027',
    'Revenue to grow 20% by 2027',
    // A vague word that only qualifies a KPI the library knows.
    'Increase marketing qualified leads',
    'Grow business revenue',
    'Improve marketing ROI',
    'Augmenter les marketing qualified leads',
    // A level to hold, on a named KPI.
    'Maintenir le taux de désabonnement sous 0,3 %',
    'Garder le CPA sous 40 €',
    'Rester sous les 2 % de churn',
    'Keep CPA below €40',
    'Hold ROAS above 4',
    'Stay below 2% monthly churn',
    // Everyday and phrasal verbs; a stated change on a named metric whatever the verb.
    'Take organic traffic from 8,000 to 12,000 visits',
    'Get the conversion rate to 3%',
    'Shrink cost per lead',
    'Sign 30 new clients',
    'Roll out a referral programme',
    'Kick off a webinar series',
    'Land 12 new enterprise accounts',
    'Bring churn back under 3%',
    'Faire passer le taux de clic de 1 % à 1,5 %',
    'Ramener le coût par lead sous 40 €',
    'Décrocher 10 partenariats',
    'Mettre en place un programme de parrainage',
    'Remonter le taux de rétention à 40 %',
    'Recueillir 500 avis clients',
    // A broad concept scoped by a channel.
    'Grow the audience of our blog',
    'Développer la communauté Instagram',
  ])('%s', (objective) => {
    expect(specific(objective)).toBe(true);
  });
});

describe('not specific: vague aims, vague objects, soft verbs on no KPI', () => {
  it.each([
    'Améliorer notre image',
    'Améliorer notre image de marque',
    'Être plus visible',
    'Être plus visible sur les réseaux sociaux',
    'Optimiser notre présence en ligne',
    'Gagner en notoriété',
    'Augmenter notre visibilité',
    'Renforcer notre marque',
    'Développer notre activité',
    'Booster notre stratégie digitale',
    'Devenir la référence du marché',
    'Faire mieux que l’an dernier',
    'Be better known',
    'Improve our brand image',
    'Get more visibility online',
    'Optimize our online presence',
    'Become the market leader',
    'Boost our marketing',
    'Improve our results',
    'Increase our visibility',
    'Gain in awareness',
    'Augmenter de 20 %',
    // The vague word is the object: a KPI further on does not make it specific.
    'Improve our brand image and conversion rate',
    'Améliorer la qualité du trafic organique',
    'Boost our marketing',
    // Holding something that is no KPI.
    'Garder le cap',
    'Rester leader du marché',
    'Keep our team motivated',
    'Maintain our reputation',
    // A broad concept with no measure, segment or channel, even after a concrete verb.
    'Améliorer l’expérience client',
    'Augmenter notre réputation de 20 %',
    'Développer notre communauté',
    'Improve brand perception',
    'Grow our audience',
    'Increase customer satisfaction',
  ])('%s', (objective) => {
    expect(specific(objective)).toBe(false);
  });
});
