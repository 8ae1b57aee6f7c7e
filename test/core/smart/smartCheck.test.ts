import { SMART_CRITERIA, type SmartResult, smartCheck } from '../../../src/core/smart';
import { ALL_EXAMPLES, ENGLISH_EXAMPLES, FRENCH_EXAMPLES, type SmartExample } from './examples';

function pattern(result: SmartResult): string {
  return SMART_CRITERIA.map((c, i) => (result.criteria[c] ? 'SMART'.charAt(i) : '-')).join('');
}

function label(example: SmartExample): string {
  const inputs = example.inputs === undefined ? '' : ` ${JSON.stringify(example.inputs)}`;
  return `${example.objective}${inputs}`;
}

describe('the example table', () => {
  it('has at least 70 objectives, about half French and half English', () => {
    expect(ALL_EXAMPLES.length).toBeGreaterThanOrEqual(70);
    expect(FRENCH_EXAMPLES.length + ENGLISH_EXAMPLES.length).toBe(ALL_EXAMPLES.length);
    const share = FRENCH_EXAMPLES.length / ALL_EXAMPLES.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    expect(ALL_EXAMPLES.every((e) => /^[S-][M-][A-][R-][T-]$/.test(e.expected))).toBe(true);
  });
});

describe.each(ALL_EXAMPLES.map((e) => [label(e), e] as const))('smartCheck(%s)', (_label, example) => {
  const result = smartCheck({ objective: example.objective, ...example.inputs });

  it(`meets ${example.expected}`, () => {
    expect(pattern(result)).toBe(example.expected);
  });

  it('scores the number of criteria met', () => {
    expect(result.score).toBe(example.expected.replace(/-/g, '').length);
  });

  it(`detects ${example.lang === 'fr' ? 'French' : 'English'}`, () => {
    expect(result.language).toBe(example.lang);
  });

  it('gives a hint for each criterion not met, and only for those', () => {
    for (const criterion of SMART_CRITERIA) {
      if (result.criteria[criterion]) expect(result.hints[criterion]).toBeUndefined();
      else expect(result.hints[criterion]).toMatch(/\S/);
    }
  });
});
