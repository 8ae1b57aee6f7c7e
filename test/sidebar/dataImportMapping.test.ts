// The import panel's mapping changes, pure: a KPI fed by a column, by a rate's two components, or by
// nothing; the rule a single column takes; the scale a rate keeps; what still waits for a component.
import { type Mapping, choiceOf, choose, incomplete, ratioStart } from '../../sidebar/dataImport/mappingEdit';

const suggested: Mapping = {
  source: 'Meta Ads',
  dateColumn: 'Day',
  mode: 'formulas',
  overwrite: false,
  kpis: [
    { kpiId: 'spend', rule: 'sum', column: 'Amount spent (EUR)' },
    { kpiId: 'cpm', rule: 'ratio', numerator: 'Amount spent (EUR)', denominator: 'Impressions', scale: 1000 },
  ],
};
const ctx = {
  order: ['spend', 'ctr', 'cpm'],
  columnRules: { spend: 'sum', ctr: 'average', cpm: 'sum' } as const,
  suggested,
};

describe('choosing how a KPI is fed', () => {
  test('a rate from two columns the user picks, in the plan’s order', () => {
    const next = choose(
      suggested,
      'ctr',
      { kind: 'ratio', numerator: 'Link clicks', denominator: 'Impressions' },
      ctx,
    );
    expect(next.kpis.map((k) => k.kpiId)).toEqual(['spend', 'ctr', 'cpm']);
    expect(next.kpis[1]).toEqual({
      kpiId: 'ctr',
      rule: 'ratio',
      numerator: 'Link clicks',
      denominator: 'Impressions',
    });
    expect(incomplete(next)).toEqual([]);
    expect(choiceOf(next.kpis[1])).toEqual({
      kind: 'ratio',
      numerator: 'Link clicks',
      denominator: 'Impressions',
    });
  });

  test('a rate keeps the suggestion’s scale when its components change (CPM is per thousand)', () => {
    const next = choose(
      suggested,
      'cpm',
      { kind: 'ratio', numerator: 'Amount spent (EUR)', denominator: 'Reach' },
      ctx,
    );
    expect(next.kpis.find((k) => k.kpiId === 'cpm')).toMatchObject({ denominator: 'Reach', scale: 1000 });
  });

  test('a single column takes the KPI’s own rule (a percent KPI averages, never sums)', () => {
    const next = choose(suggested, 'ctr', { kind: 'column', column: 'CTR (all)' }, ctx);
    expect(next.kpis[1]).toEqual({ kpiId: 'ctr', rule: 'average', column: 'CTR (all)' });
    const off = choose(next, 'ctr', { kind: 'none' }, ctx);
    expect(off.kpis.map((k) => k.kpiId)).toEqual(['spend', 'cpm']);
    expect(choiceOf(undefined)).toEqual({ kind: 'none' });
  });

  test('a rate starts from the suggested components, or from none; an empty one waits', () => {
    expect(ratioStart('cpm', suggested)).toEqual({
      kind: 'ratio',
      numerator: 'Amount spent (EUR)',
      denominator: 'Impressions',
    });
    const started = choose(suggested, 'ctr', ratioStart('ctr', suggested), ctx);
    expect(incomplete(started)).toEqual(['ctr']);
    const half = choose(started, 'ctr', { kind: 'ratio', numerator: 'Link clicks', denominator: '' }, ctx);
    expect(incomplete(half)).toEqual(['ctr']);
  });
});
