import { proposeAggregation } from '../../../src/core/aggregationWords';
import { getKpi } from '../../../src/core/kpiLibrary';
import type { Lang } from '../../../src/core/i18n';
import { parsePlan } from '../../../src/core/plan';
import { parseIsoDate } from '../../../src/core/calendarDate';
import { detectLanguage, SMART_CRITERIA, smartCheck, type SmartResult } from '../../../src/core/smart';
import { foldText } from '../../../src/core/text';
import {
  getStarter,
  getStarterPlan,
  type Starter,
  starters,
  starterPlan,
  starterPreviews,
} from '../../../src/core/templates';

const LANGS: readonly Lang[] = ['fr', 'en'];
const OTHER: Record<Lang, Lang> = { fr: 'en', en: 'fr' };
const cases = starters().flatMap((starter) => LANGS.map((lang) => ({ starter, lang })));
const caseName = ({ starter, lang }: { starter: Starter; lang: Lang }) => `${starter.id} (${lang})`;

interface ObjectiveCase {
  readonly where: string;
  readonly title: string;
  /** For an operational objective: its first KPI, which the Objectives sheet scores the title with. */
  readonly kpi?: { readonly target: number; readonly deadline?: string };
}

function objectivesOf(starter: Starter, lang: Lang): ObjectiveCase[] {
  const plan = starterPlan(starter, lang);
  return plan.objectives.flatMap((so) => [
    { where: so.id, title: so.title },
    ...so.operational.map((oo) => ({ where: `${so.id} > ${oo.id}`, title: oo.title, kpi: oo.kpis[0] })),
  ]);
}

function missing(result: SmartResult): string {
  return SMART_CRITERIA.filter((c) => !result.criteria[c])
    .map((c) => `${c} (${result.hints[c] ?? ''})`)
    .join(', ');
}

/** Every objective below `min`, with its score and missing criteria: the assertion message. */
function failures(results: readonly { o: ObjectiveCase; r: SmartResult }[], min: number): string[] {
  return results
    .filter(({ r }) => r.score < min)
    .map(({ o, r }) => `${o.where} "${o.title}": ${r.score}/5, missing ${missing(r)}`);
}

describe('the starter list', () => {
  it('has the eight starters the issue asks for, with unique ids', () => {
    expect(starters().map((s) => s.id)).toEqual([
      'ecommerce-growth',
      'b2b-lead-generation',
      'local-business',
      'content-seo',
      'social-community',
      'email-marketing',
      'paid-acquisition',
      'customer-retention',
    ]);
    expect(new Set(starters().map((s) => s.id)).size).toBe(starters().length);
  });

  it.each(starters().map((s) => [s.id, s] as const))(
    '%s has a name and a one-line description in both languages',
    (_id, starter) => {
      for (const lang of LANGS) {
        expect(starter.name[lang].trim()).not.toBe('');
        expect(starter.description[lang]).toMatch(/^[^\n]{20,160}$/);
      }
      expect(starter.name.fr).not.toBe(starter.description.fr);
    },
  );

  it('previews each starter for the Start step: name, one line, objective count, KPI names', () => {
    for (const lang of LANGS) {
      const previews = starterPreviews(lang);
      expect(previews.map((p) => p.id)).toEqual(starters().map((s) => s.id));
      previews.forEach((preview, i) => {
        const plan = starterPlan(starters()[i] as Starter, lang);
        const kpis = plan.objectives.flatMap((so) =>
          so.operational.flatMap((oo) => oo.kpis.map((k) => k.name)),
        );
        const objectives = plan.objectives.flatMap((so) => [so, ...so.operational]).length;
        expect(preview).toEqual({
          id: (starters()[i] as Starter).id,
          name: plan.name,
          description: (starters()[i] as Starter).description[lang],
          objectives,
          kpis,
        });
      });
    }
  });

  it('finds a starter and its plan by id, and nothing for an unknown id', () => {
    expect(getStarter('email-marketing')?.id).toBe('email-marketing');
    expect(getStarterPlan('email-marketing', 'en')?.language).toBe('en');
    expect(getStarter('nope')).toBeUndefined();
    expect(getStarterPlan('nope', 'fr')).toBeUndefined();
  });
});

describe.each(cases.map((c) => [caseName(c), c] as const))('starter %s', (_name, { starter, lang }) => {
  const input = starterPlan(starter, lang);

  it('is a valid KPI plan v1 in its language, with nothing ignored', () => {
    const result = parsePlan(input);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.ignored).toEqual([]);
    expect(result.plan.language).toBe(lang);
  });

  it('has 2–3 strategic objectives, 1–2 operational each, 1–3 KPIs each, baselines left blank', () => {
    expect(input.objectives.length).toBeGreaterThanOrEqual(2);
    expect(input.objectives.length).toBeLessThanOrEqual(3);
    for (const so of input.objectives) {
      expect(so.operational.length).toBeGreaterThanOrEqual(1);
      expect(so.operational.length).toBeLessThanOrEqual(2);
      for (const oo of so.operational) {
        expect(oo.kpis.length).toBeGreaterThanOrEqual(1);
        expect(oo.kpis.length).toBeLessThanOrEqual(3);
        for (const kpi of oo.kpis) expect(kpi.baseline).toBeUndefined();
      }
    }
    expect(input.strategy?.trim()).toBeTruthy();
    expect(input.goal?.trim()).toBeTruthy();
  });

  it('links every KPI to a library entry with the same unit, direction and aggregation', () => {
    const mismatches = input.objectives
      .flatMap((so) => so.operational.flatMap((oo) => oo.kpis))
      .flatMap((kpi) => {
        const entry = kpi.libraryId ? getKpi(kpi.libraryId) : undefined;
        if (!entry) return [`${kpi.id}: libraryId ${String(kpi.libraryId)} is not in the library`];
        const plan = { unit: kpi.unit, direction: kpi.direction, aggregation: kpi.aggregation };
        const library = { unit: entry.unit, direction: entry.direction, aggregation: entry.aggregation };
        return JSON.stringify(plan) === JSON.stringify(library)
          ? []
          : [`${kpi.id}: ${JSON.stringify(plan)} but the library says ${JSON.stringify(library)}`];
      });
    expect(mismatches).toEqual([]);
  });

  it('says in its objectives how each KPI adds up: the words propose no other aggregation', () => {
    const plan = starterPlan(starter, lang);
    const disagreements = plan.objectives.flatMap((so) =>
      so.operational.flatMap((oo) =>
        oo.kpis.flatMap((kpi) => {
          const current = kpi.aggregation ?? 'last';
          const proposal = proposeAggregation(oo.title, {
            unit: kpi.unit,
            frequency: plan.period.frequency,
            current,
            target: kpi.unit === 'percent' ? kpi.target * 100 : kpi.target,
          });
          return proposal && proposal.aggregation !== current
            ? [`${kpi.id}: ${current}, but "${oo.title}" reads ${proposal.aggregation}`]
            : [];
        }),
      ),
    );
    expect(disagreements).toEqual([]);
  });

  it('keeps every KPI deadline inside the plan period', () => {
    const start = parseIsoDate(input.period.start);
    const end = parseIsoDate(input.period.end);
    expect(start && end).toBeTruthy();
    for (const kpi of input.objectives.flatMap((so) => so.operational.flatMap((oo) => oo.kpis))) {
      const deadline = kpi.deadline ?? input.period.end;
      expect(deadline >= input.period.start && deadline <= input.period.end).toBe(true);
    }
  });

  it('scores at least 4/5 on SMART_CHECK for every objective, strategic and operational, as written', () => {
    const results = objectivesOf(starter, lang).map((o) => ({ o, r: smartCheck({ objective: o.title }) }));
    expect(failures(results, 4)).toEqual([]);
  });

  it('still scores at least 4/5 the way the Objectives sheet scores it (with its first KPI)', () => {
    const results = objectivesOf(starter, lang).map((o) => {
      const deadline = o.kpi ? parseIsoDate(o.kpi.deadline ?? input.period.end) : undefined;
      const r = smartCheck({
        objective: o.title,
        lang,
        ...(deadline ? { deadline } : {}),
        ...(o.kpi ? { target: o.kpi.target } : {}),
      });
      return { o, r };
    });
    expect(failures(results, 4)).toEqual([]);
  });

  it("gives each operational objective's first KPI the target its title states", () => {
    for (const o of objectivesOf(starter, lang).filter((x) => x.kpi)) {
      const asWritten = smartCheck({ objective: o.title });
      const withKpi = smartCheck({ objective: o.title, target: o.kpi?.target });
      expect({ where: o.where, ratio: withKpi.ratio }).toEqual({ where: o.where, ratio: asWritten.ratio });
    }
  });

  it(`writes every objective in ${lang === 'fr' ? 'French' : 'English'} (SMART_CHECK's detected language)`, () => {
    const wrong = objectivesOf(starter, lang)
      .map((o) => ({ o, language: smartCheck({ objective: o.title, fallbackLang: OTHER[lang] }).language }))
      .filter(({ language }) => language !== lang)
      .map(({ o, language }) => `${o.where} "${o.title}" reads as ${language}`);
    expect(wrong).toEqual([]);
  });

  it(`writes the strategy, goal and description in ${lang === 'fr' ? 'French' : 'English'}`, () => {
    for (const text of [input.strategy ?? '', input.goal ?? '', starter.description[lang]]) {
      expect({ text, language: detectLanguage(text, foldText(text), OTHER[lang]) }).toEqual({
        text,
        language: lang,
      });
    }
  });
});

describe('French and English plans of a starter', () => {
  /** Everything but the words: ids, numbers, units, dates. */
  function skeleton(starter: Starter, lang: Lang) {
    const plan = starterPlan(starter, lang);
    return {
      period: plan.period,
      objectives: plan.objectives.map((so) => ({
        id: so.id,
        operational: so.operational.map((oo) => ({
          id: oo.id,
          kpis: oo.kpis.map(({ name: _name, owner: _owner, source: _source, ...rest }) => rest),
        })),
      })),
    };
  }

  it.each(starters().map((s) => [s.id, s] as const))('%s: same structure and numbers', (_id, starter) => {
    expect(skeleton(starter, 'en')).toEqual(skeleton(starter, 'fr'));
    const fr = starterPlan(starter, 'fr');
    const en = starterPlan(starter, 'en');
    expect(en.name).not.toBe(fr.name);
    expect(en.objectives[0]?.title).not.toBe(fr.objectives[0]?.title);
  });

  it('names each KPI source as a user of the language writes it (products keep their name)', () => {
    const sources = (lang: Lang) =>
      starters().flatMap((s) =>
        starterPlan(s, lang).objectives.flatMap((so) =>
          so.operational.flatMap((oo) => oo.kpis.map((k) => k.source ?? '')),
        ),
      );
    const [fr, en] = [sources('fr'), sources('en')];
    expect(fr).toContain('Comptabilité');
    expect(fr).toContain('Enquête client');
    expect(fr).not.toContain('Accounting');
    expect(fr).not.toContain('Survey');
    expect(en).toContain('Accounting');
    // Every other source is a product name, the same in both languages.
    const differ = fr.flatMap((source, i) => (source === en[i] ? [] : [`${en[i]} → ${source}`]));
    expect([...new Set(differ)].sort()).toEqual(['Accounting → Comptabilité', 'Survey → Enquête client']);
  });
});

describe('starters the issue describes precisely', () => {
  const libraryIds = (id: string) =>
    new Set(
      starterPlan(getStarter(id) as Starter, 'fr').objectives.flatMap((so) =>
        so.operational.flatMap((oo) => oo.kpis.map((k) => k.libraryId)),
      ),
    );

  it('email marketing tracks open, click, click-to-open, unsubscribe and bounce rates', () => {
    const ids = libraryIds('email-marketing');
    for (const id of [
      'email_open_rate',
      'email_click_rate',
      'email_click_to_open_rate',
      'email_unsubscribe_rate',
      'email_bounce_rate',
    ])
      expect([id, ids.has(id)]).toEqual([id, true]);
  });

  it('paid acquisition tracks CPC, CTR, CPA and ROAS', () => {
    const ids = libraryIds('paid-acquisition');
    for (const id of ['cpc', 'paid_ctr', 'cpa', 'roas']) expect([id, ids.has(id)]).toEqual([id, true]);
  });

  it('the social media community measures engagement, not traffic', () => {
    const starter = getStarter('social-community') as Starter;
    const kpis = starterPlan(starter, 'fr').objectives.flatMap((so) =>
      so.operational.flatMap((oo) => oo.kpis),
    );
    const stages = kpis.map((k) => getKpi(k.libraryId ?? '')?.stage);
    expect(kpis.some((k) => ['social_traffic', 'social_ctr', 'sessions'].includes(k.libraryId ?? ''))).toBe(
      false,
    );
    expect(stages.filter((s) => s === 'engage').length).toBeGreaterThan(kpis.length / 2);
  });
});
