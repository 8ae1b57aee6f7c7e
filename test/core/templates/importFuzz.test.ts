import fc from 'fast-check';
import { parsePlan } from '../../../src/core/plan';
import { formatPath } from '../../../src/core/plan/problems';
import {
  exportTemplate,
  importTemplate,
  type ImportTemplateResult,
  starters,
  starterPlan,
} from '../../../src/core/templates';

// A corpus of broken template files: every one is answered, accepted or refused, never with a throw,
// and a refusal always says where. "Nothing applied" holds by construction: importTemplate is pure and
// returns either a whole template or problems.

type Segment = string | number;
type Json = unknown;

const validTexts = starters().flatMap((s) =>
  (['fr', 'en'] as const).map((lang) =>
    exportTemplate(starterPlan(s, lang), { author: 'Agence Exemple', createdAt: '2027-01-15' }),
  ),
);
const validText = validTexts[0] as string;

/** Imports and checks the answer is well formed; returns it for further checks. */
function answer(text: unknown): ImportTemplateResult {
  let result: ImportTemplateResult | undefined;
  expect(() => {
    result = importTemplate(text);
  }).not.toThrow();
  const r = result as ImportTemplateResult;
  if (r.ok) {
    expect(r.template.kind).toBe('kpi-kit-template');
    expect(parsePlan(r.template.plan).ok).toBe(true);
  } else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message.fr.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
  }
  return r;
}

/** Every node of a JSON value but the root, with its path. */
function nodes(value: Json, path: Segment[] = []): { path: Segment[]; value: Json }[] {
  const children: [Segment, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [
    { path: [...path, key], value: child },
    ...nodes(child, [...path, key]),
  ]);
}

function replaced(root: Json, path: readonly Segment[], value: Json): Json {
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, Json>;
  parent[path[path.length - 1] as Segment] = value;
  return copy;
}

/** A problem at the changed field or inside it. */
function isAtOrUnder(problemPath: string, changed: string): boolean {
  return (
    problemPath === changed || problemPath.startsWith(`${changed}.`) || problemPath.startsWith(`${changed}[`)
  );
}

const jsonType = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A JSON text `depth` levels deep, written directly: JSON.stringify would overflow the stack first. */
function nestedText(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const HOLE = '\u0000hole\u0000';

describe('importTemplate on a fuzzed corpus', () => {
  const original = JSON.parse(validText) as Json;
  const allNodes = nodes(original);
  const stringLeaves = allNodes.filter((n) => typeof n.value === 'string');

  it('answers any JSON value without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void answer(JSON.stringify(value))),
      { numRuns: 500 },
    );
  });

  it('answers any text, lone surrogates included, without throwing', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => void answer(text)),
      { numRuns: 500 },
    );
  });

  it('answers a template envelope around any JSON plan without throwing, and refuses it unless it is a plan', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (plan) => {
        const result = answer(
          JSON.stringify({
            kind: 'kpi-kit-template',
            version: 1,
            name: 'n',
            description: '',
            language: 'fr',
            plan,
          }),
        );
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every truncation of a valid file', () => {
    const end = validText.trimEnd().length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: end - 1 }), (cut) => {
        expect(answer(validText.slice(0, cut)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('answers byte flips of valid files; whatever it accepts is a valid template', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(
        fc.constantFrom(...validTexts),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 6 }),
        (text, flips) => {
          const bytes = new TextEncoder().encode(text);
          for (const [at, bit] of flips) {
            const i = at % bytes.length;
            bytes[i] = (bytes[i] as number) ^ (1 << bit);
          }
          const result = answer(decoder.decode(bytes));
          if (result.ok)
            expect(importTemplate(exportTemplate(result.template.plan, result.template)).ok).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses a huge string in any text field, at that field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stringLeaves),
        fc.integer({ min: 501, max: 300_000 }),
        (leaf, length) => {
          const changed = formatPath(leaf.path);
          const result = answer(JSON.stringify(replaced(original, leaf.path, 'é'.repeat(length))));
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.problems.some((p) => isAtOrUnder(p.path, changed))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses deep nesting in place of any field, at that field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allNodes),
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom('array' as const, 'object' as const),
        (node, depth, kind) => {
          const changed = formatPath(node.path);
          const text = JSON.stringify(replaced(original, node.path, HOLE)).replace(
            JSON.stringify(HOLE),
            nestedText(depth, kind),
          );
          const result = answer(text);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.problems.some((p) => isAtOrUnder(p.path, changed))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Four files (two starters, both languages) cover every field type; all sixteen take 15 s.
  it.each([0, 1, 10, 11].map((i) => [i, validTexts[i] as string] as const))(
    'refuses a wrong type at every field of valid file #%i, and says where',
    (_i, text) => {
      const root = JSON.parse(text) as Json;
      const wrongValues: Json[] = [null, 42, 'x', true, [], {}];
      const unanswered: string[] = [];
      for (const node of nodes(root)) {
        for (const wrong of wrongValues) {
          if (jsonType(wrong) === jsonType(node.value)) continue;
          const changed = formatPath(node.path);
          const result = answer(JSON.stringify(replaced(root, node.path, wrong)));
          if (result.ok || !result.problems.some((p) => isAtOrUnder(p.path, changed)))
            unanswered.push(`${changed} = ${JSON.stringify(wrong)}`);
        }
      }
      expect(unanswered).toEqual([]);
    },
  );
});
