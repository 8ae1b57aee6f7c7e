import { listKpis } from '../../src/core/kpiLibrary';
import type { Draft } from '../../src/core/rpc/draft';
import { createAutosaver, type SaveStatus } from '../../sidebar/autosave';
import { emptyDraft } from '../../sidebar/draft/newDraft';
import { searchLibrary } from '../../sidebar/draft/search';
import { UI, msg } from '../../sidebar/i18n';
import { pathLabel, stepForPath } from '../../sidebar/problems';

const none = { channel: '', stage: '', category: '' };

describe('library search', () => {
  test('finds a KPI by its French or English name, accents and case ignored', () => {
    for (const query of ['taux de conversion', 'TAUX DE CONVERSION', 'conversion rate', 'taux de conversión'])
      expect(searchLibrary(query, none).map((k) => k.id)).toContain('conversion_rate');
    expect(searchLibrary('reduire', none).length).toBeGreaterThanOrEqual(
      searchLibrary('réduire', none).length,
    );
  });

  test('searches definitions too once they are loaded from the server', () => {
    const texts = Object.fromEntries(
      listKpis().map((k) => [k.id, { definition: k.definition, formula: k.formula }]),
    );
    const word = 'aboutissent'; // in conversion_rate's French definition, not in its names
    expect(searchLibrary(word, none).map((k) => k.id)).not.toContain('conversion_rate');
    expect(searchLibrary(word, none, texts).map((k) => k.id)).toContain('conversion_rate');
  });

  test('filters by channel, funnel stage and category', () => {
    const email = searchLibrary('', { ...none, channel: 'email' });
    expect(email.length).toBeGreaterThan(0);
    expect(email.every((k) => k.channel === 'email')).toBe(true);
    const retain = searchLibrary('', { ...none, stage: 'retain', category: 'quality' });
    expect(retain.every((k) => k.stage === 'retain' && k.category === 'quality')).toBe(true);
    expect(searchLibrary('taux de conversion', { ...none, channel: 'seo' }).map((k) => k.id)).not.toContain(
      'conversion_rate',
    );
  });
});

describe('problems in words', () => {
  test('paths name the field the way the wizard labels it, and the step where it is fixed', () => {
    expect(pathLabel('objectives[1].operational[0].kpis[2].target', 'fr')).toBe(
      'Objectif opérationnel 2.1 › KPI 3 › Cible',
    );
    expect(pathLabel('period.end', 'en')).toBe('Period end');
    expect(stepForPath('objectives[1].operational[0].kpis[2].target')).toBe('kpis');
    expect(stepForPath('objectives[0].operational[0].kpis')).toBe('kpis');
    expect(stepForPath('objectives[0].title')).toBe('objectives');
    expect(stepForPath('currency')).toBe('context');
  });

  test('every message exists in both languages and fills its placeholders as text', () => {
    for (const [key, text] of Object.entries(UI)) {
      expect(text.fr.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.fr.match(/\{\w+\}/g)?.sort()).toEqual(text.en.match(/\{\w+\}/g)?.sort());
      void key;
    }
    expect(msg('addKpi', 'fr', { name: '<img src=x onerror=alert(1)>' })).toBe(
      'Ajouter <img src=x onerror=alert(1)>',
    );
  });
});

describe('autosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function draftNamed(name: string): Draft {
    const d = emptyDraft('fr');
    d.context.name = name;
    return d;
  }

  test('waits for a pause, sends only the latest draft, one save at a time', async () => {
    const sent: string[] = [];
    const resolvers: Array<() => void> = [];
    const statuses: SaveStatus['state'][] = [];
    const saver = createAutosaver(
      (d) =>
        new Promise((resolve) => {
          sent.push(d.context.name);
          resolvers.push(() => resolve({ savedAt: '2026-11-23T10:00:00Z', nearLimit: false }));
        }),
      (s) => statuses.push(s.state),
      500,
    );
    saver.schedule(draftNamed('a'));
    saver.schedule(draftNamed('ab'));
    jest.advanceTimersByTime(499);
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(sent).toEqual(['ab']);
    // Typing goes on while the first save is in flight: nothing is sent until it answers.
    saver.schedule(draftNamed('abc'));
    saver.schedule(draftNamed('abcd'));
    jest.advanceTimersByTime(1000);
    expect(sent).toEqual(['ab']);
    resolvers[0]?.();
    await jest.runAllTimersAsync();
    expect(sent).toEqual(['ab', 'abcd']);
    resolvers[1]?.();
    await jest.runAllTimersAsync();
    expect(statuses).toEqual(['saving', 'saved', 'saving', 'saved']);
  });

  test('saveNextNow: the next draft scheduled (a step change) is sent without the pause, the one after waits again', async () => {
    const sent: string[] = [];
    const saver = createAutosaver(
      (d) => {
        sent.push(d.context.name);
        return Promise.resolve({ savedAt: '2026-11-23T10:00:00Z', nearLimit: false });
      },
      () => undefined,
      700,
    );
    saver.schedule(draftNamed('typed'));
    saver.saveNextNow();
    saver.schedule(draftNamed('typed, next step'));
    await Promise.resolve();
    expect(sent).toEqual(['typed, next step']);
    await jest.advanceTimersByTimeAsync(0); // that save answers
    saver.schedule(draftNamed('typed again'));
    await jest.advanceTimersByTimeAsync(699);
    expect(sent).toEqual(['typed, next step']);
    await jest.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['typed, next step', 'typed again']);
  });

  test('flush saves at once, and a failed save says why', async () => {
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver(
      () => Promise.reject(new Error('quota')),
      (s) => statuses.push(s),
      10_000,
    );
    saver.schedule(draftNamed('x'));
    await saver.flush();
    expect(statuses).toEqual([{ state: 'saving' }, { state: 'error', error: 'quota' }]);
  });
});
