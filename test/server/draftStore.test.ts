import type { Draft } from '../../src/core/rpc/draft';
import { CHUNK_BYTES, splitUtf8, utf8Length } from '../../src/server/draftChunks';
import { clearDraft, loadDraft, saveDraft } from '../../src/server/draftStore';
import { VALUE_LIMIT_BYTES, createMemoryProperties } from '../helpers/browserPropertiesStore';

function draftWith(titles: string[]): Draft {
  return {
    version: 1,
    step: 'objectives',
    context: {
      name: 'Croissance 2027',
      strategy: '',
      goal: '',
      start: '2027-01-01',
      end: '2027-12-31',
      frequency: 'monthly',
      language: 'fr',
      currency: 'EUR',
    },
    objectives: [
      {
        id: 'so-1',
        title: 'Augmenter les ventes',
        operational: titles.map((title, i) => ({ id: `oo-${i + 1}`, title, kpis: [] })),
      },
    ],
  };
}

describe('splitUtf8', () => {
  test('keeps every piece under the limit and never splits a character', () => {
    const text = 'é€😀a'.repeat(5000);
    const pieces = splitUtf8(text, 1000);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(utf8Length(piece)).toBeLessThanOrEqual(1000);
      expect(piece).not.toMatch(/\uFFFD/);
      expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
    }
  });

  test('an empty text is one empty piece', () => {
    expect(splitUtf8('')).toEqual(['']);
  });

  test('utf8Length agrees with Buffer.byteLength', () => {
    for (const s of ['', 'abc', 'réduire', '€ 12', '😀 emoji', 'Ĳ'.repeat(99)])
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });
});

describe('draft store in document properties', () => {
  test('a draft bigger than one property value round-trips exactly', () => {
    const props = createMemoryProperties();
    const titles = Array.from(
      { length: 45 },
      (_, i) => `Réduire le coût par lead de ${i} % d'ici fin 2027 — ${'é'.repeat(400)}`,
    );
    const draft = draftWith(titles);
    expect(utf8Length(JSON.stringify(draft))).toBeGreaterThan(3 * VALUE_LIMIT_BYTES);
    const report = saveDraft(props, draft, { now: new Date('2026-11-23T10:00:00Z') });
    expect(report.savedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(report.nearLimit).toBe(false);
    for (const value of props.data.values()) expect(utf8Length(value)).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(loadDraft(props)).toEqual({ draft, savedAt: '2026-11-23T10:00:00.000Z' });
  });

  test('saving again replaces the old chunks instead of piling them up', () => {
    const props = createMemoryProperties();
    saveDraft(props, draftWith(Array.from({ length: 40 }, () => 'x'.repeat(900))));
    const big = props.data.size;
    saveDraft(props, draftWith(['short']));
    expect(big).toBeGreaterThan(3);
    expect(props.data.size).toBe(2);
    expect(loadDraft(props)?.draft.objectives[0]?.operational[0]?.title).toBe('short');
  });

  test('leaves the other properties of the document alone', () => {
    const props = createMemoryProperties();
    props.setProperty('someone.else', 'keep me');
    saveDraft(props, draftWith(['a']));
    clearDraft(props);
    expect(Object.fromEntries(props.data)).toEqual({ 'someone.else': 'keep me' });
    expect(loadDraft(props)).toBeNull();
  });

  test('near the 500 KB store limit it warns, and past it refuses with a message that says what to do', () => {
    const props = createMemoryProperties();
    for (let i = 0; i < 47; i++) props.setProperty(`other.${i}`, 'x'.repeat(9000));
    const report = saveDraft(props, draftWith(['Objectif']));
    expect(report.nearLimit).toBe(true);
    const huge = draftWith(Array.from({ length: 50 }, () => 'é'.repeat(1000)));
    expect(() => saveDraft(props, huge)).toThrow(
      /^it takes \d+ KB and this document's 500 KB of add-on storage has \d+ KB left .*shorten long texts/,
    );
    // The refused save kept the previous draft.
    expect(loadDraft(props)?.draft.objectives[0]?.operational[0]?.title).toBe('Objectif');
  });

  test('a damaged draft (missing chunk, bad JSON, wrong shape) loads as no draft rather than crashing', () => {
    const props = createMemoryProperties();
    saveDraft(props, draftWith(['a']));
    const chunk = [...props.data.keys()].find((k) => k.startsWith('kpikit.draft.'));
    props.deleteProperty(chunk ?? '');
    expect(loadDraft(props)).toBeNull();
    props.setProperty('kpikit.draft', '{not json');
    expect(loadDraft(props)).toBeNull();
  });
});
