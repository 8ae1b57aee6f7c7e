import { getKpi, listKpis } from '../../../src/core/kpiLibrary';
import {
  CATEGORIES,
  CHANNELS,
  FUNNEL_STAGES,
  kpiDefinitionSchema,
} from '../../../src/core/kpiLibrary/schema';

const kpis = listKpis();

describe('the KPI library data', () => {
  it('has at least 70 entries', () => {
    expect(kpis.length).toBeGreaterThanOrEqual(70);
  });

  it.each(kpis.map((kpi) => [kpi.id, kpi] as const))('%s passes the schema', (_id, kpi) => {
    const parsed = kpiDefinitionSchema.safeParse(kpi);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = kpis.map((kpi) => kpi.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(['fr', 'en'] as const)('has unique %s names, whatever the case', (lang) => {
    const names = kpis.map((kpi) => kpi.name[lang].toLowerCase());
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('uses every channel, funnel stage and category', () => {
    expect(new Set(kpis.map((kpi) => kpi.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(kpis.map((kpi) => kpi.stage))).toEqual(new Set(FUNNEL_STAGES));
    expect(new Set(kpis.map((kpi) => kpi.category))).toEqual(new Set(CATEGORIES));
  });

  it.each(['Facebook', 'Instagram', 'LinkedIn', 'YouTube'])('covers %s by name or alias', (network) => {
    const named = kpis.filter((kpi) =>
      [kpi.name.fr, kpi.name.en, ...kpi.aliases.fr, ...kpi.aliases.en].some((term) => term.includes(network)),
    );
    expect(named.length).toBeGreaterThan(0);
  });

  it('gives a duration unit to every duration KPI and to no other', () => {
    const wrong = kpis.filter((kpi) => (kpi.unit === 'duration') !== (kpi.durationUnit !== undefined));
    expect(wrong.map((kpi) => kpi.id)).toEqual([]);
  });

  it('marks only percent KPIs as unbounded, and only changes and returns (a share stays 0–100 %)', () => {
    expect(kpis.filter((kpi) => kpi.unboundedPercent && kpi.unit !== 'percent').map((k) => k.id)).toEqual([]);
    expect(kpis.filter((kpi) => kpi.unboundedPercent).map((kpi) => kpi.id)).toEqual([
      'follower_growth_rate',
      'email_list_growth_rate',
      'roi',
      'marketing_roi',
      'revenue_growth',
    ]);
  });

  it('marks as flows only counts whose target is a level (a sum is a flow already, a rate never is)', () => {
    const wrong = kpis.filter((kpi) => kpi.flow && (kpi.aggregation === 'sum' || kpi.unit === 'percent'));
    expect(wrong.map((kpi) => kpi.id)).toEqual([]);
    expect(kpis.filter((kpi) => kpi.flow).length).toBeGreaterThanOrEqual(8);
  });

  it('writes one sentence per definition, ending with a full stop', () => {
    const wrong = kpis.flatMap((kpi) =>
      (['fr', 'en'] as const)
        .filter((lang) => !/^[A-ZÀ-Ý].*\.$/.test(kpi.definition[lang]) || /\.\s/.test(kpi.definition[lang]))
        .map((lang) => `${kpi.id} (${lang})`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps percents as fractions: no percent KPI formula multiplies by 100', () => {
    const wrong = kpis.filter((kpi) => kpi.unit === 'percent' && /[×x*]\s*100\b/.test(kpi.formula.en));
    expect(wrong.map((kpi) => kpi.id)).toEqual([]);
  });

  it('lists each KPI of a channel together (listKpis is ordered by channel)', () => {
    const channels = kpis.map((kpi) => kpi.channel).filter((c, i, all) => i === 0 || all[i - 1] !== c);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('returns undefined for an unknown id', () => {
    expect(getKpi('no_such_kpi')).toBeUndefined();
    expect(getKpi('')).toBeUndefined();
    expect(getKpi('CPA')).toBeUndefined();
  });

  it('finds every entry by its id', () => {
    expect(kpis.every((kpi) => getKpi(kpi.id) === kpi)).toBe(true);
  });
});
