import { smartCheck } from '../../../src/core/smart';

const check = (objective: string, inputs: { baseline?: number; target?: number } = {}) =>
  smartCheck({ objective, ...inputs });

describe('achievable: the ratio target / baseline', () => {
  it.each([
    ['Augmenter le taux de conversion de 2 % à 3 % d’ici 2027', 1.5],
    ['Porter le taux de conversion de 1,8 % à 2,4 %', 2.4 / 1.8],
    ['Passer de 1 000 à 1 500 abonnés', 1.5],
    ['Reduce cost per lead from 40 to 32', 0.8],
    ['Grow followers from 2,000 to 3,000', 1.5],
    ['Réduire le délai de livraison de 5 à 3 jours', 0.6],
    ['Augmenter le chiffre d’affaires de 20 %', 1.2],
    ['Augmenter le chiffre d’affaires de 20 à 30 %', 1.5],
    ['Increase revenue by 20%', 1.2],
    ['+20 % de chiffre d’affaires', 1.2],
    ['Réduire le taux de churn de 15 %', 0.85],
    ['Une hausse de 10 % du panier moyen', 1.1],
    ['A 25% increase in organic traffic', 1.25],
    ['20 % de leads en plus', 1.2],
    ['Doubler les leads', 2],
    ['Diviser par deux le coût par lead', 0.5],
    ['Halve the CPA', 0.5],
    ['Multiplier par 1,5 les ventes', 1.5],
    ['Augmenter le revenu de 10 k€ à 15 k€', 1.5],
    ['Passer de 10 à 15 k€ de revenu mensuel', 1.5],
    ['Atteindre 3 % de conversion (contre 2 % aujourd’hui)', 1.5],
    ['Atteindre 3 % de conversion, contre 2 aujourd’hui', 1.5],
    ['Reach 5,000 subscribers (currently 4,000)', 1.25],
    ['Lower CPA to $30 vs $40 today', 0.75],
    ['Grow revenue 20% vs last year', 1.2],
    ['Increase conversion rate from 2% up to 3%', 1.5],
    // Durations with a unit on each side, abbreviated or not, compared in one unit.
    ['Réduire le délai de première réponse de 8 h à 4 h', 0.5],
    ['Réduire le délai de première réponse de 8 à 4 heures', 0.5],
    ['Reduce first response time from 8h to 4h', 0.5],
    ['Réduire le temps de résolution de 2 min à 1 min 30', 0.75],
    ['Reduce resolution time from 3 days to 2 days', 2 / 3],
    ['Réduire le délai de première réponse de 48 h à 24 h', 0.5],
    ['Réduire le délai de résolution de 2 jours à 36 h', 0.75],
    ['Réduire le délai de résolution de 1h30 à 45 min', 0.5],
    ['Reduce page load time from 3.2 s to 2 s', 2 / 3.2],
  ])('%s → ×%d', (objective, ratio) => {
    const result = check(objective);
    expect(result.criteria.achievable).toBe(true);
    expect(result.ratio).toBeCloseTo(ratio, 6);
  });

  it('counts a relative change as a known ratio, without the absolute baseline', () => {
    expect(check('Increase organic traffic by 20%').criteria.achievable).toBe(true);
  });

  it('includes both bounds: doubling and halving are achievable, tripling is not', () => {
    expect(check('Doubler le chiffre d’affaires').criteria.achievable).toBe(true);
    expect(check('Réduire de moitié le coût par lead').criteria.achievable).toBe(true);
    expect(check('Tripler le chiffre d’affaires').criteria.achievable).toBe(false);
    expect(check('Augmenter le chiffre d’affaires de 100 %').criteria.achievable).toBe(true);
    expect(check('Augmenter le chiffre d’affaires de 101 %').criteria.achievable).toBe(false);
    expect(check('Réduire le CPA de 50 %').criteria.achievable).toBe(true);
    expect(check('Réduire le CPA de 51 %').criteria.achievable).toBe(false);
  });

  it('refuses a ratio out of [½, 2] and says so in the hint', () => {
    const result = check('Passer de 100 à 1 000 clients actifs');
    expect(result.criteria.achievable).toBe(false);
    expect(result.ratio).toBe(10);
    expect(result.hints.achievable).toBe(
      'cible à ×10 du départ\u00a0: visez entre ½ et 2 fois le point de départ',
    );
    expect(check('Cut CPA from 50 to 20').hints.achievable).toBe(
      'target is ×0.4 the baseline: aim between ½ and 2 times the baseline',
    );
  });

  it('refuses a target that moves against the verb', () => {
    const down = check('Réduire le taux de rebond de 40 % à 55 %');
    expect(down.criteria.achievable).toBe(false);
    expect(down.hints.achievable).toMatch(/verbe dit baisse/);
    const up = check('Increase the conversion rate from 3% to 2%');
    expect(up.criteria.achievable).toBe(false);
    expect(up.hints.achievable).toMatch(/verb says increase/);
    expect(check('Augmenter le taux de conversion de 2 % à 2 %').criteria.achievable).toBe(false);
  });

  it('follows the KPI’s direction for a soft verb: improving bounce rate means lowering it', () => {
    expect(check('Améliorer le taux de rebond de 50 % à 40 %').criteria.achievable).toBe(true);
    expect(check('Améliorer le taux de rebond de 40 % à 50 %').criteria.achievable).toBe(false);
    expect(check('Improve conversion rate from 2% to 3%').criteria.achievable).toBe(true);
    expect(check('Améliorer le taux de conversion de 20 %').ratio).toBeCloseTo(1.2);
    expect(check('Améliorer le taux de rebond de 10 %').ratio).toBeCloseTo(0.9);
    expect(check('Improve bounce rate by 5 points', { baseline: 0.45 }).ratio).toBeCloseTo(0.4 / 0.45);
  });

  it('accepts either way for a neutral verb (atteindre, reach, porter, passer)', () => {
    expect(check('Porter le taux de rebond de 50 % à 40 %').criteria.achievable).toBe(true);
    expect(check('Reach a bounce rate of 40%', { baseline: 0.5 }).criteria.achievable).toBe(true);
  });

  it('holds a level (maintenir, keep, rester sous): achievable when the baseline is within [½, 2] of it', () => {
    const churn = 'Maintenir le taux de désabonnement sous 0,3 % chaque mois';
    // Either side of the level: already under it (keep it there) or above it (bring it back).
    expect(check(churn, { baseline: 0.0025 }).ratio).toBeCloseTo(1.2);
    expect(check(churn, { baseline: 0.0025 }).criteria.achievable).toBe(true);
    expect(check(churn, { baseline: 0.004 }).criteria.achievable).toBe(true);
    expect(check(churn, { baseline: 0.01 }).hints.achievable).toBe(
      'cible à ×0,3 du départ\u00a0: visez entre ½ et 2 fois le point de départ',
    );
    expect(check('Keep CPA below €40 (currently €45)').ratio).toBeCloseTo(40 / 45);
    expect(check('Hold ROAS above 4', { baseline: 5 }).criteria.achievable).toBe(true);
    // Baseline unknown: not met, with the usual hint.
    expect(check(churn).criteria.achievable).toBe(false);
    expect(check(churn).hints.achievable).toBe(
      'précisez le point de départ (ex. «\u00a0de 2 % à 3 %\u00a0»)',
    );
    expect(check('Keep CPA below €40').hints.achievable).toBe('give the baseline (e.g. "from 2% to 3%")');
    // A verb that holds comes first: a later "réduire" does not make the level a decrease.
    expect(check('Garder le CPA sous 40 € en réduisant le CPC', { baseline: 38 }).criteria.achievable).toBe(
      true,
    );
  });

  it('asks for the baseline when only the target is known', () => {
    for (const objective of ['Atteindre 10 000 abonnés', 'Générer 200 leads', 'Reach a 3% conversion rate']) {
      const result = check(objective);
      expect(result.criteria.achievable).toBe(false);
      expect(result.ratio).toBeUndefined();
    }
    expect(check('Atteindre 10 000 abonnés').hints.achievable).toBe(
      'précisez le point de départ (ex. «\u00a0de 2 % à 3 %\u00a0»)',
    );
    expect(check('Reach 10,000 followers').hints.achievable).toBe('give the baseline (e.g. "from 2% to 3%")');
  });

  it('takes baseline and target from the arguments, which win over the text', () => {
    expect(check('Augmenter le taux de conversion', { baseline: 0.02, target: 0.03 }).ratio).toBeCloseTo(1.5);
    expect(check('Atteindre 10 000 abonnés', { baseline: 8000 }).ratio).toBeCloseTo(1.25);
    expect(check('Passer de 2 % à 3 %', { baseline: 0.025 }).ratio).toBeCloseTo(1.2);
    expect(check('Doubler les ventes', { baseline: 100, target: 300 }).criteria.achievable).toBe(false);
    expect(check('Gagner 500 abonnés', { baseline: 2000 }).ratio).toBeCloseTo(1.25);
    expect(check('Réduire les coûts de 5 000 €', { baseline: 20000 }).ratio).toBeCloseTo(0.75);
    expect(check('Increase the click rate by 2 points', { baseline: 0.03 }).ratio).toBeCloseTo(5 / 3);
  });

  it('ignores arguments that are not finite numbers', () => {
    const result = check('Augmenter le taux de conversion', { baseline: Number.NaN, target: Infinity });
    expect(result.criteria.achievable).toBe(false);
    expect(result.criteria.measurable).toBe(false);
  });

  it('does not judge a ratio from a zero or negative baseline, and says why', () => {
    const zero = check('Passer de 0 à 500 abonnés YouTube');
    expect(zero.criteria.achievable).toBe(false);
    expect(zero.hints.achievable).toMatch(/^point de départ nul ou négatif/);
    const negative = check('Increase net profit', { baseline: -10000, target: 5000 });
    expect(negative.criteria.achievable).toBe(false);
    expect(negative.hints.achievable).toMatch(/^the baseline is zero or negative/);
  });
});
