import type { KpiDraft, PlanContextDraft } from '../../src/core/rpc/draft';
import { aggregationHelp, proposalFor, targetMeaning } from '../../sidebar/draft/aggregationText';

const context: PlanContextDraft = {
  name: 'Plan',
  strategy: '',
  goal: '',
  start: '2027-01-01',
  end: '2027-12-31',
  frequency: 'monthly',
  language: 'fr',
  currency: 'EUR',
};
const kpi: KpiDraft = {
  id: 'k',
  name: 'Trafic organique',
  unit: 'number',
  direction: 'higher',
  aggregation: 'sum',
  baseline: '',
  target: '12 000',
  deadline: '2027-06-30',
  band: '',
  weight: '',
  owner: '',
  source: '',
};

describe('what the target means, in the user’s numbers', () => {
  test('French: a total, a level per month, a level of a stock, an average', () => {
    expect(targetMeaning(kpi, context, 'fr', false)).toBe('Soit 12\u202f000 au total d’ici le 30/06/2027.');
    const last = { ...kpi, aggregation: 'last' as const };
    expect(targetMeaning(last, context, 'fr', true)).toBe(
      'Soit 12\u202f000 par mois à atteindre d’ici le 30/06/2027.',
    );
    // Followers are a stock: "12 000 par mois" would read as a gain per month.
    expect(targetMeaning(last, context, 'fr', false)).toBe(
      'Soit 12\u202f000 à atteindre d’ici le 30/06/2027 (la valeur du dernier mois suivi).',
    );
    expect(targetMeaning({ ...kpi, aggregation: 'average' }, context, 'fr', false)).toBe(
      'Soit 12\u202f000 en moyenne par mois d’ici le 30/06/2027.',
    );
  });

  test('English, weekly and quarterly plans, percent and currency, the plan’s end as deadline', () => {
    const en = { ...context, language: 'en' as const, frequency: 'weekly' as const };
    expect(targetMeaning({ ...kpi, target: '12,000', deadline: '' }, en, 'en', false)).toBe(
      'That is 12,000 in total by Dec 31, 2027.',
    );
    expect(
      targetMeaning({ ...kpi, unit: 'percent', aggregation: 'last', target: '2.4' }, en, 'en', false),
    ).toBe('That is 2.4% to reach by Jun 30, 2027 (the latest week’s value).');
    expect(
      targetMeaning(
        { ...kpi, unit: 'currency', target: '80 000' },
        { ...context, frequency: 'quarterly' },
        'fr',
        false,
      ),
    ).toBe('Soit 80\u202f000\u00a0€ au total d’ici le 30/06/2027.');
    expect(
      targetMeaning({ ...kpi, unit: 'percent', aggregation: 'last', target: '2,4' }, context, 'fr', false),
    ).toBe('Soit 2,4\u202f% à atteindre d’ici le 30/06/2027 (la valeur du dernier mois suivi).');
  });

  test('nothing until the target is a number and the deadline a date', () => {
    expect(targetMeaning({ ...kpi, target: '' }, context, 'fr', false)).toBeUndefined();
    expect(targetMeaning({ ...kpi, target: 'beaucoup' }, context, 'fr', false)).toBeUndefined();
    expect(targetMeaning({ ...kpi, deadline: '' }, { ...context, end: '' }, 'fr', false)).toBeUndefined();
  });

  test('each aggregation explained in terms of the target, in both languages', () => {
    expect(aggregationHelp('sum', 'monthly', 'fr')).toBe(
      'La cible est un total sur la période\u00a0: les mois suivis s’additionnent.',
    );
    expect(aggregationHelp('last', 'quarterly', 'fr')).toBe(
      'La cible est un niveau à atteindre à l’échéance\u00a0: seule compte la valeur du dernier trimestre suivi.',
    );
    expect(aggregationHelp('average', 'weekly', 'en')).toBe(
      'The target is an average over the period: the mean of the weeks tracked.',
    );
  });
});

describe('the aggregation the objective proposes for a KPI of the draft', () => {
  test('per month, with the KPI’s own target picking the phrase', () => {
    const objective = 'Générer 500 leads par mois, soit 6 000 au total sur l’année';
    expect(proposalFor({ ...kpi, target: '500' }, objective, context)?.aggregation).toBe('last');
    expect(
      proposalFor({ ...kpi, target: '6 000', aggregation: 'last' }, objective, context)?.aggregation,
    ).toBe('sum');
    expect(proposalFor({ ...kpi, target: '' }, objective, context)).toBeUndefined();
  });

  test('"par an" over the whole plan is its total; a typed percent matches "2,4 %"', () => {
    const last = { ...kpi, aggregation: 'last' as const, deadline: '' };
    expect(proposalFor({ ...last, target: '1 M' }, 'Atteindre 1 M€ de CA par an', context)?.aggregation).toBe(
      'sum',
    );
    const rate = { ...kpi, unit: 'percent' as const, aggregation: 'average' as const, target: '2,4' };
    expect(proposalFor(rate, 'Un taux de conversion mensuel de 2,4 %', context)?.aggregation).toBe('average');
  });
});
