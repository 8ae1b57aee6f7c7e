import { smartCheck } from '../../../src/core/smart';

const timeBound = (objective: string): boolean => smartCheck({ objective }).criteria.timeBound;

describe('time-bound: dates, periods and durations in French and English', () => {
  it.each([
    // dates
    "Augmenter le taux de conversion d'ici le 31/12/2027",
    'Augmenter le taux de conversion avant le 2027-12-31',
    'Augmenter le taux de conversion avant le 31.12.2027',
    'Augmenter le taux de conversion au 31 décembre 2027',
    'Augmenter le taux de conversion avant le 1er mars',
    "Augmenter le taux de conversion d'ici le 30 juin",
    "Augmenter le taux de conversion d'ici le 30/06",
    'Augmenter le taux de conversion en décembre 2027',
    'Augmenter le taux de conversion d’ici juin',
    'Augmenter le taux de conversion fin mars',
    'Increase conversion rate by December 31, 2027',
    'Increase conversion rate by Dec 31',
    'Increase conversion rate by Dec 2027',
    'Increase conversion rate by the 31st of December',
    'Increase conversion rate by 12/31/2027',
    'Increase conversion rate by June',
    'Increase conversion rate by mid-March',
    // periods
    'Augmenter le taux de conversion au T3 2027',
    'Augmenter le taux de conversion en S1 2027',
    'Augmenter le taux de conversion au T3',
    'Augmenter le taux de conversion fin 2026',
    "Augmenter le taux de conversion d'ici la fin de l'année",
    "Augmenter le taux de conversion d'ici fin d'année",
    "Augmenter le taux de conversion l'an prochain",
    "Augmenter le taux de conversion l'année prochaine",
    'Augmenter le taux de conversion en 2027',
    "Augmenter le taux de conversion d'ici 2027",
    'Augmenter le taux de conversion au troisième trimestre',
    'Augmenter le taux de conversion cette année',
    "Augmenter le taux de conversion d'ici l'été",
    'Augmenter le taux de conversion avant Noël',
    'Augmenter le taux de conversion mi-2027',
    'Increase conversion rate in Q3 2027',
    'Increase conversion rate in H1',
    'Increase conversion rate by H2 2027',
    'Increase conversion rate by end of year',
    'Increase conversion rate by the end of the quarter',
    'Increase conversion rate by year-end',
    'Increase conversion rate next year',
    'Increase conversion rate this quarter',
    'Increase conversion rate by 2027',
    'Increase conversion rate in FY2027',
    'Increase conversion rate in the second half of the year',
    'Increase conversion rate by summer 2027',
    'Increase conversion rate before Christmas',
    // durations
    'Augmenter le taux de conversion en 6 mois',
    "Augmenter le taux de conversion d'ici 3 mois",
    'Augmenter le taux de conversion sous 6 semaines',
    'Augmenter le taux de conversion dans les 6 prochains mois',
    'Augmenter le taux de conversion en un an',
    'Augmenter le taux de conversion sur 12 mois',
    'Augmenter le taux de conversion sous 15 j',
    'Increase conversion rate within 90 days',
    'Increase conversion rate in 12 weeks',
    'Increase conversion rate over the next 6 months',
    'Increase conversion rate within a year',
    'Increase conversion rate in six months',
  ])('%s', (objective) => {
    expect(timeBound(objective)).toBe(true);
  });
});

describe('not time-bound: vague words, rates, and numbers that are no dates', () => {
  it.each([
    'Augmenter le taux de conversion bientôt',
    'Augmenter le taux de conversion prochainement',
    'Augmenter le taux de conversion à terme',
    'Augmenter le taux de conversion dans les prochains mois',
    'Augmenter le taux de conversion dans les mois à venir',
    'Augmenter le taux de conversion rapidement',
    'Générer 200 leads par mois',
    'Générer 200 leads chaque mois',
    'Générer 2 400 leads par an',
    'Atteindre un chiffre d’affaires mensuel de 50 000 €',
    'Atteindre 3 000 € de revenu récurrent mensuel',
    'Réduire le délai de livraison à 2 jours',
    'Réduire le délai de livraison de 5 à 3 jours',
    'Assurer un support client 24/7',
    'Augmenter le chiffre d’affaires de 10 % par rapport à 2025',
    'Optimiser les balises H1 du site',
    'Recruter sept commerciaux',
    'Increase conversion rate soon',
    'Increase conversion rate in the coming months',
    'Increase conversion rate in the next few months',
    'Increase conversion rate asap',
    'Increase conversion rate eventually',
    'Generate 200 leads per month',
    'Generate 200 leads a month',
    'Publish 3 posts every week',
    'Increase monthly recurring revenue by 10%',
    'Keep first response time under 2 days',
    'Increase revenue by 10% compared to 2025',
    'Improve retention after 6 months',
    'Augmenter le CA sur 12 mois glissants de 10 %',
    'Increase revenue over a rolling 12 months by 10%',
    'Objectif 2027 : 1 000 clients',
  ])('%s', (objective) => {
    expect(timeBound(objective)).toBe(false);
  });
});

describe('the deadline argument', () => {
  it('makes an objective time-bound when the text has no deadline', () => {
    const deadline = { year: 2027, month: 6, day: 30 };
    expect(smartCheck({ objective: 'Augmenter le taux de conversion', deadline }).criteria.timeBound).toBe(
      true,
    );
    expect(smartCheck({ objective: 'Augmenter le taux de conversion' }).criteria.timeBound).toBe(false);
  });
});
