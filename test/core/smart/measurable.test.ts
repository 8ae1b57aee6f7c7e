import { smartCheck } from '../../../src/core/smart';

const measurable = (objective: string): boolean => smartCheck({ objective }).criteria.measurable;

describe('measurable: a number, a percentage, an amount or a multiplier', () => {
  it.each([
    'Augmenter le chiffre d’affaires de 20 %',
    'Augmenter le chiffre d’affaires de 20%',
    'Augmenter le chiffre d’affaires de 20 pour cent',
    'Augmenter le chiffre d’affaires de 50 000 €',
    'Augmenter le chiffre d’affaires de 10 k€',
    'Atteindre 1,5 M€ de chiffre d’affaires',
    'Atteindre un million de visiteurs',
    'Doubler le chiffre d’affaires',
    'Tripler le nombre de leads',
    'Diviser par deux le coût par lead',
    'Multiplier par 3 les inscriptions',
    'Augmenter les leads x2',
    'Augmenter les leads ×2',
    'Réduire de moitié le taux de rebond',
    'Gagner 2 points de taux de conversion',
    'Recruter trois commerciaux',
    'Atteindre zéro réclamation',
    'Increase revenue by 20 percent',
    'Increase revenue by €50k',
    'Increase revenue by $1.2m',
    'Reach 10,000 followers',
    'Halve customer acquisition cost',
    'Cut cart abandonment in half',
    'Grow leads 2x',
    'Grow leads three-fold',
    'Make twice as many sales',
    '+20 % de chiffre d’affaires',
    'Revenue: -15% in costs',
    'Reach 2000 subscribers by 2027',
  ])('%s', (objective) => {
    expect(measurable(objective)).toBe(true);
  });
});

describe('not measurable: no target, or numbers that are not targets', () => {
  it.each([
    'Augmenter le chiffre d’affaires',
    'Augmenter le chiffre d’affaires en 2027',
    'Augmenter le chiffre d’affaires d’ici le 31/12/2027',
    'Augmenter le chiffre d’affaires en 6 mois',
    'Augmenter le chiffre d’affaires au T3',
    'Augmenter le chiffre d’affaires au Q3 2027',
    'Être dans le top 3 sur Google',
    'Être 1er sur Google',
    'Passer en 1re page de Google',
    'Devenir le n°1 du marché',
    'Devenir le #1 du marché local',
    '1. Lancer le blog',
    'Développer notre offre B2B',
    'Toucher les 18-35 ans',
    'Lancer notre offre 4G',
    'Assurer un support 24/7',
    'Mettre en place le double opt-in',
    'Increase revenue in 2027',
    'Increase revenue by end of Q3',
    'Be the 1st brand in our city',
    'Rank on page 1 of Google',
    'Improve our Web 3.0 strategy',
    'Launch our new product within 90 days',
  ])('%s', (objective) => {
    expect(measurable(objective)).toBe(false);
  });
});

describe('the target argument', () => {
  it('makes an objective measurable when the text states no number', () => {
    expect(
      smartCheck({ objective: 'Augmenter le taux de conversion', target: 0.03 }).criteria.measurable,
    ).toBe(true);
  });
});
