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
    expect(before.problems[0]?.message).toMatch(/Aucune feuille d’objectifs/);
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

// Autosave of big drafts, through saveDraft/loadDraft as the sidebar calls them, against both stores
// that enforce Apps Script's quotas: the emulator's PropertiesService and the browser tests' memory one.
describe('big drafts save again and again', () => {
  const KB = 1024;

  /** A valid draft whose JSON is `kb` KB of UTF-8 (long operational titles), with `mark` in it. */
  function draftOf(kb: number, mark: string): Draft {
    const d = validDraft();
    d.objectives = [];
    const size = () => Buffer.byteLength(JSON.stringify(d), 'utf8');
    for (let s = 0; size() < kb * KB; s++) {
      const so = {
        id: `so-${s}`,
        title: `Objectif ${s} ${mark}`,
        operational: [] as Draft['objectives'][0]['operational'],
      };
      d.objectives.push(so);
      for (let o = 0; o < 50 && size() < kb * KB; o++)
        so.operational.push({ id: `oo-${s}-${o}`, title: `${mark} ${'é'.repeat(490)}`, kpis: [] });
    }
    const last = d.objectives.at(-1)?.operational.at(-1);
    if (last)
      last.title = last.title.slice(0, Math.max(1, last.title.length - Math.ceil((size() - kb * KB) / 2)));
    return d;
  }

  function emulatorScope() {
    const emulator = createEmulator({ userLocale: 'fr' });
    const scope = loadCodeJs(emulator.globals);
    const call = (name: string, ...args: unknown[]) =>
      (scope[name] as Fn)(...JSON.parse(JSON.stringify(args)));
    const used = () => {
      const all = emulator.PropertiesService.getDocumentProperties().getProperties();
      return Object.entries(all).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    };
    return { call, used, emulator };
  }

  test.each([240, 260, 400])('a %i KB draft saves five times in a row and loads back each time', (kb) => {
    for (const { call, used } of [emulatorScope(), { ...scopeWithProperties(), used: () => 0 }]) {
      for (let i = 0; i < 5; i++) {
        const draft = draftOf(kb, `save ${i}`);
        expect(Math.round(Buffer.byteLength(JSON.stringify(draft)) / KB)).toBe(kb);
        const saved = call('saveDraft', draft) as { bytes: number; nearLimit: boolean; savedAt: string };
        expect(call('loadDraft')).toEqual({ draft, savedAt: saved.savedAt });
        // The report counts what the store holds (keys and the pointer too), and warns from 400 KB.
        expect(saved.bytes).toBeGreaterThan(kb * KB);
        if (used() > 0) expect(saved.bytes).toBe(used());
        expect(saved.nearLimit).toBe(saved.bytes >= 400 * KB);
      }
    }
  });

  test("a draft that cannot fit is refused in the user's language, and the saved one is kept", () => {
    const { call, emulator } = emulatorScope();
    const kept = draftOf(300, 'kept');
    call('saveDraft', kept);
    const huge = draftOf(520, 'huge');
    expect(() => call('saveDraft', huge)).toThrow(
      /^il fait \d+\u00a0Ko et les 500\u00a0Ko de stockage du module dans ce classeur n’en laissent que \d+\u00a0Ko .*raccourcissez les textes longs.*Le brouillon enregistré précédemment est conservé\.$/,
    );
    expect((call('loadDraft') as { draft: Draft }).draft).toEqual(kept);
    // Other data of the document counts too: with 216 KB of it, a 300 KB draft no longer fits, a 250 KB
    // one does (after the 200 KB one it replaces is freed), and the warning says the store is nearly full.
    call('saveDraft', draftOf(200, 'smaller'));
    const doc = emulator.PropertiesService.getDocumentProperties();
    for (let i = 0; i < 24; i++) doc.setProperty(`other.${i}`, 'x'.repeat(9000));
    expect(() => call('saveDraft', draftOf(300, 'too big now'))).toThrow(
      /\(2\d\d\u00a0Ko pris par d’autres données\)/,
    );
    expect((call('loadDraft') as { draft: Draft }).draft).toEqual(draftOf(200, 'smaller'));
    const fits = draftOf(250, 'fits');
    expect(call('saveDraft', fits)).toMatchObject({ nearLimit: true });
    expect((call('loadDraft') as { draft: Draft }).draft).toEqual(fits);
    expect(doc.getProperty('other.23')).toBe('x'.repeat(9000));
  });

  test('when the write fails after the old chunks were freed, the old draft is put back', () => {
    const { properties, call } = scopeWithProperties();
    const kept = draftOf(300, 'kept');
    call('saveDraft', kept);
    const realSet = properties.setProperties.bind(properties);
    let failures = 1;
    (properties as { setProperties: unknown }).setProperties = (
      values: Record<string, string>,
      all?: boolean,
    ) => {
      if (failures-- > 0) throw new Error('Service unavailable: Properties');
      return realSet(values, all ?? false);
    };
    expect(() => call('saveDraft', draftOf(300, 'lost'))).toThrow('Service unavailable: Properties');
    expect((call('loadDraft') as { draft: Draft }).draft).toEqual(kept);
    // And the next autosave goes through.
    const next = draftOf(300, 'next');
    call('saveDraft', next);
    expect((call('loadDraft') as { draft: Draft }).draft).toEqual(next);
  });

  test('a save waits for the document lock, and says so in words when another execution keeps it', () => {
    const { call, emulator } = emulatorScope();
    const release = emulator.locks.holdDocumentLock();
    expect(() => call('saveDraft', validDraft())).toThrow(/KPI Kit/);
    release();
    expect(call('saveDraft', validDraft())).toMatchObject({ nearLimit: false });
  });
});
