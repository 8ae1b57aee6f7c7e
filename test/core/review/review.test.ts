import fc from 'fast-check';
import { parsePlan } from '../../../src/core/plan';
import type { KpiPlan, KpiPlanInput } from '../../../src/core/plan/schema';
import { getKpi } from '../../../src/core/kpiLibrary';
import { FINDING_CODES, type FindingCode, reviewPlan } from '../../../src/core/review';
import { SUGGESTED } from '../../../src/core/review/coverage';
import { starterPlan, starters } from '../../../src/core/templates/starters';
import { caseArb } from '../../workbook/scorecard/helpers/arbitraries';
import { changed, firstKpi, kpi, soundPlan } from './plans';

function parsed(input: KpiPlanInput): KpiPlan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

const codes = (plan: KpiPlan) => reviewPlan(plan).map((f) => f.code);

describe('a sound plan', () => {
  test('has no finding', () => {
    expect(reviewPlan(parsed(soundPlan()))).toEqual([]);
  });
});

describe('the starters', () => {
  const cases = starters().flatMap((s) => (['fr', 'en'] as const).map((lang) => ({ s, lang })));
  test.each(cases.map((c) => [c.s.id, c.lang, c] as const))('%s (%s): no error, no warning', (_i, _l, c) => {
    const findings = reviewPlan(parsed(starterPlan(c.s, c.lang)));
    expect(findings.filter((f) => f.severity !== 'tip')).toEqual([]);
    // The tips left are what a starter leaves the user to type: their own baselines and owners.
    for (const f of findings)
      expect(['kpi-without-baseline', 'kpi-without-owner', 'no-benchmark']).toContain(f.code);
  });
});

/** For each code, a plan made to trigger it (a schema-valid plan, except where the schema refuses the case). */
const TRIGGERS: Record<FindingCode, () => KpiPlan> = {
  // The schema refuses an operational objective without KPIs: the review still says it of a plan
  // built in code (a draft), which it reads as it is.
  'objective-without-kpi': () => {
    const plan = parsed(soundPlan());
    return {
      ...plan,
      objectives: [{ ...plan.objectives[0]!, operational: [{ id: 'x', title: 'Vide', kpis: [] }] }],
    };
  },
  'kpi-without-source': () => parsed(changed((p) => void delete (firstKpi(p) as { source?: string }).source)),
  'kpi-without-owner': () => parsed(changed((p) => (firstKpi(p).owner = '  '))),
  'kpi-without-baseline': () =>
    parsed(changed((p) => void delete (firstKpi(p) as { baseline?: number }).baseline)),
  'kpi-unrelated-to-objective': () =>
    parsed(
      changed((p) => {
        p.objectives[0]!.operational[1]!.title =
          'Porter le taux d’ouverture de la newsletter à 40 % d’ici fin 2027';
      }),
    ),
  'channel-without-kpi': () => parsed(changed((p) => (p.strategy = 'Miser sur LinkedIn et le SEO'))),
  'funnel-gap': () =>
    parsed(changed((p) => (p.goal = 'Fidéliser nos lecteurs et doubler le trafic organique'))),
  'too-many-kpis': () =>
    parsed(
      changed((p) => {
        const oo = p.objectives[0]!.operational[1]!;
        oo.kpis = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) =>
          kpi(`leads-${x}`, `Leads campagne ${x}`, 'leads'),
        );
      }),
    ),
  'no-benchmark': () => parsed(changed((p) => void delete (firstKpi(p) as { benchmark?: number }).benchmark)),
  'target-beyond-benchmark': () => parsed(changed((p) => (firstKpi(p).target = 200))),
  'duplicate-kpi': () =>
    parsed(
      changed((p) => {
        p.objectives[0]!.operational[0]!.kpis.push(kpi('visits', 'Sessions organiques', 'organic_sessions'));
      }),
    ),
};

describe('each finding', () => {
  test('every code has a plan made for it', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual([...FINDING_CODES].sort());
  });

  test.each(FINDING_CODES.map((c) => [c]))('%s: triggered by its plan, in French and English', (code) => {
    const plan = TRIGGERS[code]();
    expect(codes(plan)).toContain(code);
    const fr = reviewPlan({ ...plan, language: 'fr' }).find((f) => f.code === code)!;
    const en = reviewPlan({ ...plan, language: 'en' }).find((f) => f.code === code)!;
    expect(fr.path).toBe(en.path);
    expect(fr.severity).toBe(en.severity);
    // Same finding, two languages: French typography (no-break space before « : ») on one side only.
    expect(fr.message).not.toBe(en.message);
    expect(fr.fix).not.toBe(en.fix);
    expect(`${fr.message} ${fr.fix}`).toMatch(/[àâéèêîôûç]|\u00a0/);
    // (the plan's own words, quoted, stay as the plan writes them)
    expect(`${en.message} ${en.fix}`.replace(/"[^"]*"/g, '')).not.toMatch(/[àâéèêîôûç\u00a0]/);
    // The plan's language is the default; another can be asked for.
    expect(reviewPlan({ ...plan, language: 'fr' }, 'en').find((f) => f.code === code)).toEqual(en);
  });

  test('the KPIs a fix suggests for a channel or a stage are library KPIs of that channel or stage', () => {
    for (const [key, ids] of Object.entries(SUGGESTED))
      for (const id of ids) {
        const entry = getKpi(id);
        expect(entry).toBeDefined();
        expect([entry?.channel, entry?.stage]).toContain(key);
      }
  });

  test('paths name the field to fix', () => {
    const at = (code: FindingCode) => reviewPlan(TRIGGERS[code]()).find((f) => f.code === code)?.path;
    expect(at('kpi-without-source')).toBe('objectives[0].operational[0].kpis[0].source');
    expect(at('kpi-without-owner')).toBe('objectives[0].operational[0].kpis[0].owner');
    expect(at('kpi-without-baseline')).toBe('objectives[0].operational[0].kpis[0].baseline');
    expect(at('no-benchmark')).toBe('objectives[0].operational[0].kpis[0].benchmark');
    expect(at('target-beyond-benchmark')).toBe('objectives[0].operational[0].kpis[0].target');
    expect(at('duplicate-kpi')).toBe('objectives[0].operational[0].kpis[1].name');
    expect(at('channel-without-kpi')).toBe('strategy');
    expect(at('funnel-gap')).toBe('goal');
    expect(at('kpi-unrelated-to-objective')).toBe('objectives[0].operational[1].kpis');
    expect(at('too-many-kpis')).toBe('objectives[0].operational[1].title');
  });

  test('channel-without-kpi names each channel the plan relies on and no KPI measures', () => {
    const found = reviewPlan(TRIGGERS['channel-without-kpi'](), 'en').filter(
      (f) => f.code === 'channel-without-kpi',
    );
    // SEO is measured (organic traffic), LinkedIn is not.
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('relies on social media')]);
  });

  test('segmented KPIs of one metric are not duplicates, and errors come first', () => {
    expect(codes(TRIGGERS['too-many-kpis']())).not.toContain('duplicate-kpi');
    const severities = reviewPlan(TRIGGERS['objective-without-kpi']()).map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'tip'].indexOf(a) - ['error', 'warning', 'tip'].indexOf(b),
      ),
    );
  });

  test('a target within the benchmark, or lower-is-better below it by less than half, is fine', () => {
    const lower = parsed(
      changed((p) =>
        Object.assign(firstKpi(p), { direction: 'lower', baseline: 40, target: 30, benchmark: 35 }),
      ),
    );
    expect(codes(lower)).not.toContain('target-beyond-benchmark');
    const tooLow = parsed(
      changed((p) => Object.assign(firstKpi(p), { direction: 'lower', target: 10, benchmark: 35 })),
    );
    expect(codes(tooLow)).toContain('target-beyond-benchmark');
  });
});

describe('any plan the schema accepts', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom('SEO', 'LinkedIn et e-mail', 'Fidéliser', 'taux de conversion', 'NPS', '=A1', ''),
  );
  const kpiArb = fc.record({
    id: fc.stringMatching(/^[a-z0-9_-]{1,12}$/),
    name: fc.oneof(
      text.filter((s) => s.length > 0),
      fc.constantFrom('Trafic organique', 'CTR', 'Leads'),
    ),
    libraryId: fc.option(fc.constantFrom('leads', 'organic_sessions', 'nope', 'email_open_rate'), {
      nil: undefined,
    }),
    unit: fc.constantFrom('number', 'percent', 'currency', 'duration'),
    direction: fc.constantFrom('higher', 'lower', 'target'),
    target: fc.double({ noNaN: true, noDefaultInfinity: true }),
    baseline: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
    benchmark: fc.option(fc.oneof(fc.constant(0), fc.double({ noNaN: true, noDefaultInfinity: true })), {
      nil: undefined,
    }),
    owner: fc.option(text, { nil: undefined }),
    source: fc.option(text, { nil: undefined }),
    weight: fc.constantFrom(0.5, 1, 3),
  });
  const planArb = fc
    .record({
      language: fc.constantFrom('fr' as const, 'en' as const),
      strategy: fc.option(text, { nil: undefined }),
      goal: fc.option(text, { nil: undefined }),
      tree: fc.array(
        fc.record({
          title: text.filter((s) => s.length > 0),
          operational: fc.array(
            fc.record({
              title: text.filter((s) => s.length > 0),
              kpis: fc.array(kpiArb, { minLength: 1, maxLength: 7 }),
            }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map((shape): unknown => {
      let n = 0;
      return {
        version: 1,
        name: 'Plan',
        language: shape.language,
        period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
        ...(shape.strategy !== undefined ? { strategy: shape.strategy } : {}),
        ...(shape.goal !== undefined ? { goal: shape.goal } : {}),
        objectives: shape.tree.map((so, i) => ({
          id: `so-${i}`,
          title: so.title,
          operational: so.operational.map((oo, j) => ({
            id: `oo-${i}-${j}`,
            title: oo.title,
            kpis: oo.kpis.map((k) => ({ ...k, id: `${k.id}-${n++}` })),
          })),
        })),
      };
    });

  test('never throws, and answers well-formed findings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          planArb,
          caseArb.map((c) => c.plan as unknown),
        ),
        (input) => {
          const result = parsePlan(input);
          if (!result.ok) return;
          for (const lang of ['fr', 'en'] as const)
            for (const f of reviewPlan(result.plan, lang)) {
              expect(FINDING_CODES).toContain(f.code);
              expect(f.message.length).toBeGreaterThan(0);
              expect(f.fix.length).toBeGreaterThan(0);
              expect(f.path).toMatch(/^(strategy|goal|objectives\[\d+\].*)$/);
            }
        },
      ),
      { numRuns: 150 },
    );
  });
});
