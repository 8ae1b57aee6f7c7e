import { createEmulator } from '../../dev/emulator';
import { listKpis } from '../../src/core/kpiLibrary';
import type { Draft } from '../../src/core/rpc/draft';
import { planToDraft } from '../../sidebar/draft/fromPlan';
import { emptyDraft } from '../../sidebar/draft/newDraft';
import { type PlanOut, draftToPlan } from '../../sidebar/draft/toPlan';
import { parsePlan } from '../../src/core/plan';
import { createStubs } from '../helpers/appsScriptStubs';
import { createMemoryProperties } from '../helpers/browserPropertiesStore';
import { loadCodeJs, readDist } from '../helpers/codeJs';

// The sidebar's server functions as Apps Script runs them: dist/Code.js in a bare vm, called with what
// google.script.run would carry (JSON). The server trusts nothing the page sends.

type Fn = (...args: unknown[]) => unknown;

function scopeWithProperties(locale = 'fr_FR') {
  const properties = createMemoryProperties();
  const stubs = createStubs({ authMode: 'FULL', locale });
  const scope = loadCodeJs({
    ...stubs.globals,
    PropertiesService: { getDocumentProperties: () => properties },
  });
  const call = (name: string, ...args: unknown[]) => (scope[name] as Fn)(...JSON.parse(JSON.stringify(args)));
  return { properties, call };
}

function validDraft(): Draft {
  const d = emptyDraft('fr', new Date(2026, 10, 23));
  d.context.name = 'Plan';
  d.objectives.push({ id: 'so-1', title: 'Objectif', operational: [] });
  return d;
}

describe('draft functions', () => {
  test('saveDraft then loadDraft gives the same draft back', () => {
    const { call } = scopeWithProperties();
    const saved = call('saveDraft', validDraft()) as { savedAt: string; bytes: number; nearLimit: boolean };
    expect(saved.nearLimit).toBe(false);
    expect(call('loadDraft')).toEqual({ draft: validDraft(), savedAt: saved.savedAt });
    expect(call('clearDraft')).toBeNull();
    expect(call('loadDraft')).toBeNull();
  });

  test.each([
    ['not an object', 'hello'],
    ['a wrong version', { ...validDraft(), version: 2 }],
    ['an unknown step', { ...validDraft(), step: 'publish' }],
    [
      'an id that is not an id',
      { ...validDraft(), objectives: [{ id: 'SO 1 <b>', title: '', operational: [] }] },
    ],
    [
      'a 5000-character plan name',
      { ...validDraft(), context: { ...validDraft().context, name: 'x'.repeat(5000) } },
    ],
    [
      '51 strategic objectives',
      {
        ...validDraft(),
        objectives: Array.from({ length: 51 }, (_, i) => ({ id: `so-${i}`, title: '', operational: [] })),
      },
    ],
  ])('saveDraft refuses %s, naming the field, and stores nothing', (_label, payload) => {
    const { call, properties } = scopeWithProperties();
    expect(() => call('saveDraft', payload)).toThrow(/^saveDraft: invalid arguments \(args\./);
    expect(properties.data.size).toBe(0);
  });

  test('showSheet refuses a name that is not a sheet name', () => {
    const { call } = scopeWithProperties();
    expect(() => call('showSheet', { evil: true })).toThrow(/showSheet: invalid arguments/);
    expect(() => call('showSheet', '')).toThrow(/showSheet: invalid arguments/);
  });
});

test('getKpiLibrary gives the whole library, definitions and formulas included, in both languages', () => {
  const { call } = scopeWithProperties();
  const library = call('getKpiLibrary') as {
    id: string;
    definition: { fr: string };
    formula: { en: string };
  }[];
  const texts = Object.fromEntries(library.map((k) => [k.id, k]));
  expect(Object.keys(texts).sort()).toEqual(
    listKpis()
      .map((k) => k.id)
      .sort(),
  );
  expect(texts.conversion_rate?.definition.fr).toMatch(/sessions/);
  expect(texts.conversion_rate?.formula.en).toBe('conversions / sessions');
});

describe('starters', () => {
  test('listStarters names every starter in the asked language', () => {
    const { call } = scopeWithProperties();
    const fr = call('listStarters', 'fr') as Array<{ id: string; name: string; kpis: string[] }>;
    const en = call('listStarters', 'en') as Array<{ id: string; name: string }>;
    expect(fr.map((s) => s.id)).toEqual(en.map((s) => s.id));
    expect(fr.length).toBeGreaterThan(0);
    expect(fr.find((s) => s.id === 'ecommerce-growth')?.name).toBe('Croissance e-commerce');
    expect(en.find((s) => s.id === 'ecommerce-growth')?.name).toBe('E-commerce growth');
    expect(() => call('listStarters', 'de')).toThrow(/listStarters: invalid arguments/);
  });

  test.each(['fr', 'en'] as const)(
    'every starter plan (%s) opens in the wizard and comes back as the same plan',
    (lang) => {
      const { call } = scopeWithProperties();
      for (const { id } of call('listStarters', lang) as Array<{ id: string }>) {
        const plan = call('getStarterPlan', id, lang);
        const parsed = parsePlan(plan);
        expect(parsed.ok).toBe(true);
        const again = draftToPlan(planToDraft(plan as PlanOut, lang));
        expect(again.problems).toEqual([]);
        expect(parsePlan(again.plan)).toEqual(parsed);
      }
      expect(call('getStarterPlan', 'no-such-starter', lang)).toBeNull();
    },
  );
});

describe('plan functions against the emulator', () => {
  function emulated() {
    const codeJs = readDist('Code.js');
    const emulator = createEmulator({
      locale: 'fr_FR',
      userLocale: 'fr_FR',
      authMode: 'FULL',
      today: '2027-03-15T10:00:00Z',
    });
    const scope = loadCodeJs(emulator.globals, codeJs);
    const call = (name: string, ...args: unknown[]) =>
      (scope[name] as Fn)(...JSON.parse(JSON.stringify(args)));
    return { emulator, call };
  }

  function plan() {
    const d = validDraft();
    d.objectives = [
      {
        id: 'so-1',
        title: 'Augmenter les ventes',
        operational: [
          {
            id: 'oo-1',
            title: 'Porter le taux de conversion de 1,8 % à 2,4 %',
            kpis: [
              {
                id: 'conversion-rate',
                libraryId: 'conversion_rate',
                name: 'Taux de conversion',
                unit: 'percent',
                direction: 'higher',
                aggregation: 'last',
                baseline: '1,8',
                target: '2,4',
                deadline: '',
                band: '',
                weight: '',
                owner: '@équipe',
                source: 'GA4',
              },
            ],
          },
        ],
      },
    ];
    return draftToPlan(d).plan;
  }

  test('checkPlan: [] for a good plan; problems with paths, in the user language, for a bad one', () => {
    const { call } = emulated();
    expect(call('checkPlan', plan())).toEqual([]);
    const weekly = { ...plan(), period: { start: '2020-01-01', end: '2035-12-31', frequency: 'weekly' } };
    const problems = call('checkPlan', weekly) as Array<{ path: string; message: string }>;
    expect(problems.map((p) => p.path)).toEqual(['period']);
    expect(problems[0]?.message).toMatch(/520/);
  });

  test('loadPlanFromWorkbook: a clear refusal before any build, the same plan after one', () => {
    const { emulator, call } = emulated();
    const before = call('loadPlanFromWorkbook') as { ok: boolean; problems: Array<{ message: string }> };
    expect(before.ok).toBe(false);
    expect(before.problems[0]?.message).toMatch(/Aucune feuille d'objectifs/);
    expect(call('buildWorkbook', plan())).toMatchObject({ ok: true, kpiCount: 1 });
    const after = call('loadPlanFromWorkbook') as { ok: true; plan: { objectives: unknown[]; name: string } };
    expect(after.ok).toBe(true);
    expect(after.plan.name).toBe('Plan');
    expect(JSON.stringify(after.plan)).toContain('"owner":"@équipe"');
    expect(call('showSheet', 'Tableau de bord')).toBe(true);
    expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName()).toBe('Tableau de bord');
    expect(call('showSheet', 'Nope')).toBe(false);
  });
});
