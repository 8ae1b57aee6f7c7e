import { parsePlan } from '../../../src/core/plan/parse';
import { formatProblem } from '../../../src/core/plan/problems';
import { exportTemplate, importTemplate } from '../../../src/core/templates';
import { examplePlan } from './fixtures';

// The optional `branding` object: who the workbook is made by and for, and its accent colour.

function problemsOf(input: unknown): string[] {
  const result = parsePlan(input);
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.problems.map(formatProblem);
}

const withBranding = (branding: unknown, language: 'fr' | 'en' = 'en') => ({
  ...examplePlan(),
  language,
  branding,
});

describe('branding', () => {
  test('a plan without branding still loads, with no branding', () => {
    const result = parsePlan(examplePlan());
    expect(result.ok).toBe(true);
    expect(result.ok && 'branding' in result.plan).toBe(false);
  });

  test('every field is kept exactly, none is required', () => {
    const full = { agency: 'Agence Exemple', client: 'Boulangerie Martin', accentColor: '#0055aa' };
    const result = parsePlan(withBranding(full));
    expect(result).toMatchObject({ ok: true, ignored: [] });
    expect(result.ok && result.plan.branding).toEqual(full);
    for (const one of [{ agency: 'A' }, { client: 'C' }, { accentColor: '#FFD700' }, {}]) {
      const parsed = parsePlan(withBranding(one));
      expect(parsed.ok && parsed.plan.branding).toEqual(one);
    }
  });

  test('a colour not written #RRGGBB is refused with its path, in French and in English', () => {
    expect(problemsOf(withBranding({ accentColor: 'blue' }))).toEqual([
      'branding.accentColor: expected a colour like #0055AA, got "blue"',
    ]);
    expect(problemsOf(withBranding({ accentColor: '#05A' }, 'fr'))).toEqual([
      'branding.accentColor: couleur attendue au format #RRGGBB (ex. #0055AA), reçu «\u00a0#05A\u00a0»',
    ]);
    for (const bad of ['0055AA', '#0055AG', '#0055AA ', '#0055AAFF'])
      expect(problemsOf(withBranding({ accentColor: bad }))).toEqual([
        expect.stringMatching(/^branding\.accentColor: expected a colour like #0055AA, got /),
      ]);
  });

  test('names: 1 to 120 characters, text only; branding must be an object', () => {
    expect(problemsOf(withBranding({ agency: '', client: 'x'.repeat(121), accentColor: 42 }))).toEqual([
      'branding.agency: must not be empty',
      'branding.client: at most 120 characters (got 121): shorten the text',
      'branding.accentColor: expected a text, got 42',
    ]);
    expect(parsePlan(withBranding({ agency: 'x'.repeat(120) })).ok).toBe(true);
    expect(problemsOf(withBranding('Agence Exemple'))).toEqual([
      'branding: expected an object, got "Agence Exemple"',
    ]);
  });

  test('unknown fields inside branding are dropped and listed', () => {
    const result = parsePlan(withBranding({ agency: 'A', logo: 'https://x/logo.png' }));
    expect(result).toMatchObject({ ok: true, ignored: ['branding.logo'] });
    expect(result.ok && result.plan.branding).toEqual({ agency: 'A' });
  });
});

describe('branding in a template file', () => {
  test('export then import gives the branding back, and a bad colour refuses the file with its path', () => {
    const branding = { agency: 'Agence Nord', client: 'Boulangerie Martin', accentColor: '#0055AA' };
    const plan = { ...examplePlan(), branding };
    const imported = importTemplate(exportTemplate(plan, { author: 'Agence Nord' }));
    expect(imported).toMatchObject({ ok: true, ignored: [] });
    expect(imported.ok && imported.template.plan.branding).toEqual(branding);

    const bad = importTemplate(exportTemplate({ ...plan, branding: { accentColor: 'navy' } } as never, {}));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.path)).toEqual(['plan.branding.accentColor']);
  });
});
