import { parsePlan } from '../../src/core/plan';
import type { Draft } from '../../src/core/rpc/draft';
import { planToDraft } from '../../sidebar/draft/fromPlan';
import {
  customKpi,
  emptyDraft,
  freeId,
  kpiFromLibrary,
  newOperational,
  newStrategic,
} from '../../sidebar/draft/newDraft';
import { formatUserNumber, isIsoDate, parseUserNumber, understoodNumber } from '../../sidebar/draft/numbers';
import { moveItem } from '../../sidebar/draft/ops';
import { type PlanOut, draftToPlan } from '../../sidebar/draft/toPlan';
import { getKpi } from '../../src/core/kpiLibrary';

function filledDraft(): Draft {
  const draft = emptyDraft('fr', new Date(2026, 10, 23));
  draft.context.name = 'Croissance 2027';
  const so = newStrategic(draft);
  draft.objectives.push(so);
  const oo = newOperational(draft);
  so.operational.push(oo);
  so.title = "Augmenter les ventes en ligne de 20 % d'ici fin 2027";
  oo.title = 'Porter le taux de conversion de 1,8 % à 2,4 % d’ici le 30 juin 2027';
  const def = getKpi('conversion_rate');
  if (!def) throw new Error('the library lost conversion_rate');
  const kpi = kpiFromLibrary(draft, def, 'fr');
  oo.kpis.push({
    ...kpi,
    baseline: '1,8',
    target: '2,4',
    band: '10',
    weight: '2',
    owner: '=1+1',
    deadline: '2027-06-30',
  });
  return draft;
}

test('a library KPI starts with its first source, in the words of the language', () => {
  const nps = getKpi('nps');
  if (!nps) throw new Error('the library lost nps');
  expect(nps.sources[0]).toBe('Survey');
  const draft = emptyDraft('fr', new Date(2026, 10, 23));
  expect(kpiFromLibrary(draft, nps, 'fr').source).toBe('Enquête client');
  expect(kpiFromLibrary(draft, nps, 'en').source).toBe('Survey');
  const ga4 = getKpi('conversion_rate');
  expect(ga4 && kpiFromLibrary(draft, ga4, 'fr').source).toBe(ga4?.sources[0]);
});

describe('parseUserNumber', () => {
  test.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234', 1234],
    ['1\u202f234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['12 %', 12],
    ['-3', -3],
    ['0,024', 0.024],
    ['.5', 0.5],
  ])('%s → %d', (text, value) => expect(parseUserNumber(text)).toBe(value));

  test('currency symbols and codes, and thousands per the plan language', () => {
    expect(parseUserNumber('32 €', 'fr')).toBe(32);
    expect(parseUserNumber('£38', 'en')).toBe(38);
    expect(parseUserNumber('$1,234.50', 'en')).toBe(1234.5);
    expect(parseUserNumber('EUR 1.200,50', 'fr')).toBe(1200.5);
    expect(parseUserNumber('200,000', 'en')).toBe(200000);
    expect(parseUserNumber('200,000', 'fr')).toBe(200);
    expect(parseUserNumber('1,234', 'fr')).toBe(1.234);
    expect(parseUserNumber('1,234,567', 'fr')).toBe(1234567);
    expect(parseUserNumber('0,024', 'en')).toBe(0.024);
    expect(parseUserNumber('1\u00a0234,5 €', 'fr')).toBe(1234.5);
    expect(understoodNumber('200,000', 'en')).toBe('200,000');
    expect(understoodNumber('1234,5', 'fr')).toBe('1\u202f234,5');
    expect(understoodNumber('2,4', 'fr', '%')).toBe('2,4\u00a0%');
    const draft = filledDraft();
    draft.context.language = 'en';
    const kpi = draft.objectives[0]?.operational[0]?.kpis[0];
    if (kpi) Object.assign(kpi, { unit: 'number', target: '200,000' });
    expect(draftToPlan(draft).problems).toEqual([]);
    expect(draftToPlan(draft).plan.objectives[0]?.operational[0]?.kpis[0]?.target).toBe(200000);
  });

  test('a deadline before the plan starts is refused at the deadline; a target equal to the baseline is a warning', () => {
    const draft = filledDraft();
    const kpi = draft.objectives[0]?.operational[0]?.kpis[0];
    if (!kpi) throw new Error('the filled draft has a KPI');
    kpi.deadline = '2000-01-01';
    kpi.baseline = kpi.target;
    const { problems, warnings } = draftToPlan(draft);
    expect(problems).toEqual([
      {
        path: 'objectives[0].operational[0].kpis[0].deadline',
        key: 'deadlineBeforeStart',
        vars: { start: draft.context.start },
      },
    ]);
    expect(warnings).toEqual([
      { path: 'objectives[0].operational[0].kpis[0].target', key: 'baselineIsTarget' },
    ]);
  });

  test('empty is "not entered yet", garbage is NaN', () => {
    expect(parseUserNumber('  ')).toBeUndefined();
    for (const bad of ['abc', '2,4x', '1,2,3', '12..5', '--1']) expect(parseUserNumber(bad)).toBeNaN();
  });

  test('formats back in the user language, percents ×100 without float noise', () => {
    expect(formatUserNumber(0.024, 'fr', true)).toBe('2,4');
    expect(formatUserNumber(0.024, 'en', true)).toBe('2.4');
    expect(formatUserNumber(1234.5, 'fr')).toBe('1234,5');
    expect(formatUserNumber(undefined, 'fr')).toBe('');
  });

  test('isIsoDate refuses days that do not exist', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-1')).toBe(false);
  });
});

describe('draftToPlan', () => {
  test('a filled draft becomes a plan the plan schema accepts, percents as fractions', () => {
    const { plan, problems } = draftToPlan(filledDraft());
    expect(problems).toEqual([]);
    const parsed = parsePlan(plan);
    expect(parsed.ok).toBe(true);
    const kpi = plan.objectives[0]?.operational[0]?.kpis[0];
    expect(kpi).toMatchObject({
      id: 'conversion-rate',
      libraryId: 'conversion_rate',
      unit: 'percent',
      direction: 'higher',
      baseline: 0.018,
      target: 0.024,
      band: 0.1,
      weight: 2,
      owner: '=1+1',
    });
  });

  test('every problem is reported at the plan path of its field', () => {
    const draft = filledDraft();
    draft.context.name = '';
    draft.context.end = '2026-12-31';
    draft.context.currency = 'euro';
    const kpi = draft.objectives[0]?.operational[0]?.kpis[0];
    if (!kpi) throw new Error('no kpi');
    Object.assign(kpi, {
      target: '',
      baseline: 'beaucoup',
      band: '150',
      weight: '0',
      deadline: '2027-02-30',
    });
    draft.objectives.push(newStrategic(draft));
    const paths = draftToPlan(draft).problems.map((p) => `${p.path}:${p.key}`);
    const k = 'objectives[0].operational[0].kpis[0]';
    expect(paths).toEqual(
      expect.arrayContaining([
        'name:required',
        'period.end:endBeforeStart',
        'currency:currencyCode',
        `${k}.target:required`,
        `${k}.baseline:notANumber`,
        `${k}.band:bandRange`,
        `${k}.weight:weightPositive`,
        `${k}.deadline:notADate`,
        'objectives[1].title:required',
        'objectives[1].operational:needOperational',
      ]),
    );
  });

  test('the paths the page reports are the paths the plan schema reports', () => {
    const draft = filledDraft();
    const kpi = draft.objectives[0]?.operational[0]?.kpis[0];
    if (!kpi) throw new Error('no kpi');
    kpi.name = '';
    const { plan, problems } = draftToPlan(draft);
    const server = parsePlan(plan);
    expect(server.ok).toBe(false);
    if (server.ok) return;
    for (const p of problems) expect(server.problems.map((s) => s.path)).toContain(p.path);
  });

  test('a plan read back into a draft gives the same plan again (load from workbook, templates)', () => {
    const { plan } = draftToPlan(filledDraft());
    const parsed = parsePlan(plan);
    if (!parsed.ok) throw new Error('plan refused');
    for (const lang of ['fr', 'en'] as const) {
      const again = draftToPlan(planToDraft(parsed.plan as PlanOut, lang));
      expect(again.problems).toEqual([]);
      expect(parsePlan(again.plan)).toEqual(parsed);
    }
  });

  test('branding goes plan → draft → plan unchanged, and typed branding reaches the plan', () => {
    const branding = { agency: 'Agence Nord', client: 'Boulangerie Martin', accentColor: '#0055AA' };
    const parsed = parsePlan({ ...draftToPlan(filledDraft()).plan, branding });
    if (!parsed.ok) throw new Error('plan refused');
    expect(parsed.plan.branding).toEqual(branding);
    for (const lang of ['fr', 'en'] as const) {
      const draft = planToDraft(parsed.plan as PlanOut, lang);
      expect(draft.context).toMatchObject(branding);
      const again = draftToPlan(draft);
      expect(again.problems).toEqual([]);
      expect(again.plan.branding).toEqual(branding);
      expect(parsePlan(again.plan)).toEqual(parsed);
    }
    // Only the fields typed are written; blank ones leave no empty branding object.
    const typed = filledDraft();
    typed.context.client = '  Café du Port ';
    typed.context.agency = '';
    expect(draftToPlan(typed).plan.branding).toEqual({ client: 'Café du Port' });
    expect(draftToPlan(filledDraft()).plan).not.toHaveProperty('branding');
  });

  test('milestones go plan → draft → plan unchanged; unreadable ones are a problem on the field', () => {
    const base = draftToPlan(filledDraft()).plan;
    const kpi = base.objectives[0]!.operational[0]!.kpis[0]!;
    kpi.milestones = [
      { date: '2027-03-31', value: 0.02 },
      { date: '2027-05-31', value: 0.0225 },
    ];
    const parsed = parsePlan(base);
    if (!parsed.ok) throw new Error('plan refused');
    for (const lang of ['fr', 'en'] as const) {
      const draft = planToDraft(parsed.plan as PlanOut, lang);
      const typed = draft.objectives[0]!.operational[0]!.kpis[0]!.milestones;
      expect(typed).toBe(
        lang === 'fr'
          ? '2027-03-31\u00a0: 2\u00a0%\u202f; 2027-05-31\u00a0: 2,25\u00a0%'
          : '2027-03-31: 2%; 2027-05-31: 2.25%',
      );
      const again = draftToPlan(draft);
      expect(again.problems).toEqual([]);
      expect(parsePlan(again.plan)).toEqual(parsed);
    }
    const bad = filledDraft();
    bad.objectives[0]!.operational[0]!.kpis[0]!.milestones = 'fin mars : 2 %';
    expect(draftToPlan(bad).problems).toEqual([
      {
        path: 'objectives[0].operational[0].kpis[0].milestones',
        key: 'milestonesFormat',
        vars: { value: 'fin mars' },
      },
    ]);
  });

  test("a colour the plan schema refuses is the schema's to report, at branding.accentColor", () => {
    const draft = filledDraft();
    draft.context.accentColor = 'bleu';
    const { plan, problems } = draftToPlan(draft);
    expect(problems).toEqual([]);
    const server = parsePlan(plan, { lang: 'fr' });
    expect(server.ok ? [] : server.problems.map((p) => p.path)).toEqual(['branding.accentColor']);
  });
});

describe('draft building blocks', () => {
  test('ids are unique across the plan and match the format', () => {
    const draft = filledDraft();
    const def = getKpi('conversion_rate');
    if (!def) throw new Error('missing');
    const second = kpiFromLibrary(draft, def, 'en');
    expect(second.id).toBe('conversion-rate-2');
    expect(second.name).toBe('Conversion rate');
    expect(customKpi(draft).id).toBe('kpi-1');
    expect(newStrategic(draft).id).toBe('so-2');
    expect(freeId('Ça & là !', new Set())).toBe('a-l');
  });

  test('moveItem moves within bounds and leaves the list alone at the edges', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
