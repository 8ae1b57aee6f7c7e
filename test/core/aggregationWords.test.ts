import {
  proposeAggregation,
  readAggregationCue,
  type AggregationContext,
} from '../../src/core/aggregationWords';

const monthly: AggregationContext = { unit: 'number', frequency: 'monthly', spanDays: 365, current: 'sum' };

describe('readAggregationCue: what the objective says about how its figure adds up', () => {
  test.each([
    ['Atteindre 12 000 sessions par mois d’ici le 30/06/2027', 'month', 12000],
    ['Atteindre 12\u202f000 sessions par mois d’ici le 30 juin 2027', 'month', 12000],
    ['Porter le chiffre d’affaires mensuel à 80 000 €', 'month', 80000],
    ['Générer 40 leads qualifiés chaque semaine', 'week', 40],
    ['Atteindre 12 000 sessions/mois', 'month', 12000],
    ['Signer 15 contrats tous les mois en 2027', 'month', 15],
    ['Publier 3 articles hebdo', 'week', 3],
    ['Obtenir 25 avis clients par trimestre', 'quarter', 25],
    ['Reach 12,000 sessions per month by June 30, 2027', 'month', 12000],
    ['Grow monthly organic traffic to 12,000 sessions', 'month', 12000],
    ['Get 12,000 visits a month by the end of 2027', 'month', 12000],
    ['Book 20 demos every week', 'week', 20],
    ['Ship 4 weekly posts on LinkedIn', 'week', 4],
    ['A year ago we had 8,000 sessions; reach 12,000 a month', 'month', 12000],
  ])('%s → a figure per %s', (text, period, value) => {
    expect(readAggregationCue(text)).toMatchObject({ kind: 'perPeriod', period, value });
  });

  test.each([
    ['Générer 6 000 leads au total d’ici fin 2027', 6000],
    ['Réaliser 1 500 ventes cumulées', 1500],
    ['Atteindre 2 M€ de chiffre d’affaires sur l’année', 2e6],
    ['Win 300 new customers in total by December', 300],
    ['Generate 2,000 leads overall', 2000],
    ['Reach 50k cumulative downloads', 50000],
  ])('%s → a total', (text, value) => {
    expect(readAggregationCue(text)).toMatchObject({ kind: 'total', value });
  });

  test.each([
    ['En moyenne 3 000 visites par semaine en 2027', 'week'],
    ['Une moyenne mensuelle de 12 000 sessions', 'month'],
    ['Average 3,000 visits a week on the new site', 'week'],
    ['On average, 40 leads a month', 'month'],
    ['Average monthly sessions of 12,000 by June', 'month'],
  ])('%s → an average per %s', (text, period) => {
    expect(readAggregationCue(text)).toMatchObject({ kind: 'average', period });
  });

  test.each([
    'Doubler le trafic organique d’ici un an',
    'Suivre le trafic mois par mois pour atteindre 12 000 sessions',
    'Augmenter les ventes de 20 % par an',
    'Publier une newsletter mensuelle et porter le taux d’ouverture à 30 %',
    'Lors du bilan mensuel, viser 500 leads',
    'Mettre en place un reporting hebdomadaire',
    'Launch the new site in a month',
    'Reach 5,000 followers within a year',
    'Send a weekly newsletter to 8,000 subscribers',
    'Hold a monthly review of the funnel and reach 500 MQLs',
    'Grow revenue by 15% a year',
    'Augmenter le taux de conversion de 1,2 % à 1,8 %',
    '',
  ])('%s → says nothing', (text) => {
    expect(readAggregationCue(text)).toBeUndefined();
  });

  test('a monthly figure and a total in one sentence: the target tells which one the KPI measures', () => {
    const text = 'Générer 500 leads par mois, soit 6 000 au total sur l’année';
    expect(readAggregationCue(text)).toBeUndefined();
    expect(readAggregationCue(text, 6000)).toMatchObject({ kind: 'total', value: 6000 });
    expect(readAggregationCue(text, 500)).toMatchObject({ kind: 'perPeriod', period: 'month', value: 500 });
    const en = 'Generate 500 leads a month, 6,000 in total';
    expect(readAggregationCue(en, 6000)).toMatchObject({ kind: 'total' });
    expect(readAggregationCue(en, 500)).toMatchObject({ kind: 'perPeriod', period: 'month' });
  });
});

describe('proposeAggregation: the aggregation those words call for', () => {
  test('a monthly level tracked monthly: last value (the per-month level to reach)', () => {
    expect(
      proposeAggregation('Atteindre 12 000 sessions par mois d’ici le 30/06/2027', monthly),
    ).toMatchObject({ aggregation: 'last', cue: { kind: 'perPeriod', period: 'month' } });
    expect(proposeAggregation('Reach 12,000 sessions a month', monthly)?.aggregation).toBe('last');
  });

  test('a KPI already read as an average stays one: both are levels', () => {
    const proposal = proposeAggregation('12 000 sessions par mois', { ...monthly, current: 'average' });
    expect(proposal?.aggregation).toBe('average');
  });

  test('"on average" asks for the average', () => {
    expect(proposeAggregation('En moyenne 12 000 sessions par mois', monthly)?.aggregation).toBe('average');
    expect(proposeAggregation('12,000 sessions on average', monthly)?.aggregation).toBe('average');
  });

  test('a total asks for the sum, except for a rate', () => {
    expect(proposeAggregation('6 000 leads au total', { ...monthly, current: 'last' })?.aggregation).toBe(
      'sum',
    );
    expect(proposeAggregation('Un taux de conversion de 2 % au total', { ...monthly, unit: 'percent' })).toBe(
      undefined,
    );
  });

  test('"per year" over a plan of a year is the plan’s total; over three years it is not expressible', () => {
    const text = 'Atteindre 1 M€ de chiffre d’affaires par an';
    expect(proposeAggregation(text, { ...monthly, unit: 'currency', current: 'last' })?.aggregation).toBe(
      'sum',
    );
    expect(proposeAggregation(text, { ...monthly, spanDays: 3 * 365 })).toBeUndefined();
  });

  test('a weekly figure tracked monthly is not one column: no proposal', () => {
    expect(proposeAggregation('40 leads par semaine', monthly)).toBeUndefined();
    expect(proposeAggregation('40 leads par semaine', { ...monthly, frequency: 'weekly' })?.aggregation).toBe(
      'last',
    );
    expect(
      proposeAggregation('600 leads par trimestre', { ...monthly, frequency: 'quarterly' }),
    ).toMatchObject({ aggregation: 'last' });
  });

  test('the target picks the phrase when the sentence gives a monthly figure and a total', () => {
    const text = '500 leads par mois, soit 6 000 au total';
    expect(proposeAggregation(text, monthly)).toBeUndefined();
    expect(proposeAggregation(text, { ...monthly, target: 500 })?.aggregation).toBe('last');
    expect(proposeAggregation(text, { ...monthly, current: 'last', target: 6000 })?.aggregation).toBe('sum');
  });

  test('a phrase about another figure of the objective says nothing about this KPI', () => {
    const text = 'Augmenter les clics organiques de 1 000 à 1 250 par mois d’ici fin 2027';
    expect(proposeAggregation(text, { ...monthly, target: 1250 })?.aggregation).toBe('last');
    expect(proposeAggregation(text, { ...monthly, target: 3000 })).toBeUndefined();
    // Without a target yet, the objective's words are all there is to go on.
    expect(proposeAggregation(text, monthly)?.aggregation).toBe('last');
    const level = 'Porter le trafic organique mensuel de 15 000 à 21 000 sessions';
    expect(proposeAggregation(level, { ...monthly, target: 21000 })?.aggregation).toBe('last');
  });

  test('nothing said, nothing proposed', () => {
    expect(proposeAggregation('Doubler le trafic organique d’ici fin 2027', monthly)).toBeUndefined();
  });
});
