import fc from 'fast-check';
import { exportTemplate, importTemplate, starterPlan, starters } from '../../../src/core/templates';
import { jsonSyntaxErrorAt } from '../../../src/core/templates/jsonSyntaxError';

// The scanner that says where a template file stops being JSON. Its verdict must be JSON.parse's:
// valid exactly when JSON.parse accepts, and when V8 names a position, the same position.

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The position V8 gives, when it gives one. */
function v8Position(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const match = /position (\d+)/.exec((error as Error).message);
    return match ? Number(match[1]) : undefined;
  }
}

const validFile = exportTemplate(starterPlan(starters()[0]!, 'fr'), { author: 'Agence «\u00a0Nord\u00a0»' });

describe('jsonSyntaxErrorAt', () => {
  it.each([
    ['{"a":}', 5],
    ['{"a":tru}', 8],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['{a:1}', 1],
    ['{"a":01}', 6],
    ['{"a":"x\ny"}', 7],
    ['{"a":"\\x"}', 7],
    ['[1,2', 4],
    ['{"a":1} x', 8],
    ['', 0],
    ['   ', 3],
    ['-', 1],
    ['[1.]', 3],
    ['[1e]', 3],
    ['[1e+]', 4],
    ['"\\u12x4"', 5],
    ['{"a":1]', 6],
    ['[1}', 2],
    [',', 0],
    ['"abc', 4],
    ['nul', 3],
  ])('%j breaks at %i', (text, at) => {
    expect(parses(text)).toBe(false);
    expect(jsonSyntaxErrorAt(text)).toBe(at);
  });

  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e+3, true, false, null, "é\\u00e9\\n"], "b": {}} ',
    '"text"',
    '0',
    '-0.0E-0',
    'null',
  ])('%j is valid', (text) => {
    expect(parses(text)).toBe(true);
    expect(jsonSyntaxErrorAt(text)).toBeUndefined();
  });

  it('reads a whole exported template as valid', () => {
    expect(jsonSyntaxErrorAt(validFile)).toBeUndefined();
  });

  it('agrees with JSON.parse on any JSON value, and on any text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonSyntaxErrorAt(text)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[]":,-0123456789.eE+ \ntrufalsn\\') }), (text) => {
        expect(jsonSyntaxErrorAt(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the position V8 names, for every single-character edit of a template file', () => {
    fc.assert(
      fc.property(fc.nat({ max: validFile.length - 1 }), fc.constantFrom(...'{}[]":,0x \n\\'), (at, c) => {
        const text = validFile.slice(0, at) + c + validFile.slice(at + 1);
        const found = jsonSyntaxErrorAt(text);
        expect(found === undefined).toBe(parses(text));
        const v8 = v8Position(text);
        if (v8 !== undefined && v8 < text.length) expect(found).toBe(v8);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers a million opening brackets without overflowing the stack', () => {
    expect(jsonSyntaxErrorAt('['.repeat(1_000_000))).toBe(1_000_000);
  });
});

describe('importTemplate on JSON that V8 breaks without saying where', () => {
  it('gives the line and column of a missing value, not "truncated"', () => {
    const broken = validFile.replace('"version": 1,', '"version": ,');
    expect(parses(broken)).toBe(false);
    const result = importTemplate(broken);
    expect(result.ok).toBe(false);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem?.message.en).toMatch(/^the file is not valid JSON: error at line 3, column 14, near "/);
    expect(problem?.message.en).not.toMatch(/truncated/);
    expect(problem?.message.fr).toMatch(/erreur ligne 3, colonne 14/);
  });
});

describe('importTemplate on quotes a word processor curled', () => {
  it.each(['“', '«'])('points at %s and says to type straight quotes, in both languages', (quote) => {
    const broken = validFile.replace('"kind"', `${quote}kind"`);
    const result = importTemplate(broken);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem?.message.en).toMatch(
      /^the file is not valid JSON: curly quote at line 2, column 3, .*straight quotes/,
    );
    expect(problem?.message.fr).toMatch(
      /^le fichier n’est pas un JSON valide\u00a0: guillemet typographique ligne 2, colonne 3, .*guillemets droits/,
    );
  });
});
