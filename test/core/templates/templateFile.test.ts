import { parsePlan } from '../../../src/core/plan';
import {
  exportTemplate,
  formatTemplateProblem,
  importTemplate,
  type ImportTemplateResult,
  starters,
  starterPlan,
  TEMPLATE_MAX_BYTES,
  type TemplateProblem,
} from '../../../src/core/templates';
import type { KpiPlanInput } from '../../../src/core/plan';

const META = { author: 'Agence Exemple', createdAt: '2027-01-15T09:30:00Z' } as const;
const samplePlan = starterPlan(starters()[0] as ReturnType<typeof starters>[number], 'fr');
const validText = exportTemplate(samplePlan, { ...META, description: 'Pour les boutiques en ligne' });

function problemsOf(result: ImportTemplateResult): readonly TemplateProblem[] {
  if (result.ok) throw new Error('expected the template to be refused');
  return result.problems;
}

function importObject(value: unknown): ImportTemplateResult {
  return importTemplate(JSON.stringify(value));
}

const validObject = (): Record<string, unknown> => JSON.parse(validText) as Record<string, unknown>;

describe('exportTemplate → importTemplate round trip', () => {
  const cases = starters().flatMap((s) =>
    (['fr', 'en'] as const).map((lang) => [`${s.id} (${lang})`, s, lang] as const),
  );

  it.each(cases)('%s comes back exactly', (_name, starter, lang) => {
    const plan = starterPlan(starter, lang);
    const meta = { ...META, name: starter.name[lang], description: starter.description[lang] };
    const result = importTemplate(exportTemplate(plan, meta));
    const parsed = parsePlan(plan);
    if (!result.ok || !parsed.ok) throw new Error('a starter must export and import');
    expect(result.template).toEqual({
      kind: 'kpi-kit-template',
      version: 1,
      ...meta,
      language: lang,
      plan: parsed.plan,
    });
    expect(result.ignored).toEqual([]);
    // Exporting what was imported (defaults now written out) and importing it again changes nothing.
    const again = exportTemplate(result.template.plan, meta);
    const second = importTemplate(again);
    if (!second.ok) throw new Error('a re-exported template must import');
    expect(second.template).toEqual(result.template);
    expect(JSON.parse(exportTemplate(second.template.plan, meta))).toEqual(JSON.parse(again));
  });

  it('writes pretty JSON with the envelope first and the plan as given', () => {
    expect(validText.startsWith('{\n  "kind": "kpi-kit-template",\n  "version": 1,\n')).toBe(true);
    expect(JSON.parse(validText).plan).toEqual(samplePlan);
    expect(validText.endsWith('}\n')).toBe(true);
  });

  it("defaults the name, description and language to the plan's", () => {
    const file = JSON.parse(exportTemplate(samplePlan));
    expect(file).toMatchObject({ name: samplePlan.name, description: samplePlan.goal, language: 'fr' });
    expect(file).not.toHaveProperty('author');
    expect(file).not.toHaveProperty('createdAt');
    const noGoal: KpiPlanInput = { ...samplePlan, goal: undefined };
    expect(JSON.parse(exportTemplate(noGoal)).description).toBe('');
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(importTemplate(`\uFEFF${validText}`).ok).toBe(true);
  });

  it('reports the fields it does not know, in the envelope and in the plan, and drops them', () => {
    const file = validObject();
    file.signature = 'abc';
    (file.plan as Record<string, unknown>).agencyNotes = { reviewedBy: 'Camille' };
    const result = importObject(file);
    if (!result.ok) throw new Error('unknown optional fields must not refuse a template');
    expect(result.ignored).toEqual(['signature', 'plan.agencyNotes']);
    expect(result.template).not.toHaveProperty('signature');
    expect(result.template.plan).not.toHaveProperty('agencyNotes');
  });
});

describe('importTemplate refuses, with a clear message and nothing half-read', () => {
  it('anything that is not text', () => {
    for (const value of [undefined, null, 42, {}, ['{}']]) {
      const [problem] = problemsOf(importTemplate(value));
      expect(problem?.path).toBe('');
      expect(problem?.message.en).toMatch(/must be text/);
      expect(problem?.message.fr).toMatch(/doit être du texte/);
    }
  });

  it('an empty paste', () => {
    expect(problemsOf(importTemplate('  \n ')).map((p) => p.message.en)).toEqual([
      expect.stringMatching(/^the template is empty/),
    ]);
  });

  it('a file over 1 MB of UTF-8, counting bytes, not characters', () => {
    // Whitespace pads a valid file to the limit: exactly 1 000 000 bytes is accepted, one more is not.
    const pad = (bytes: number) =>
      validText.replace(/\n$/, ' '.repeat(bytes - Buffer.byteLength(validText) + 1));
    expect(Buffer.byteLength(pad(TEMPLATE_MAX_BYTES))).toBe(TEMPLATE_MAX_BYTES);
    expect(importTemplate(pad(TEMPLATE_MAX_BYTES)).ok).toBe(true);
    const [over] = problemsOf(importTemplate(pad(TEMPLATE_MAX_BYTES + 1)));
    expect(over?.message.en).toBe(
      'File too large (1,001 kB): a template is at most 1,000 kB; check that this is a KPI Kit template. Nothing was imported.',
    );
    // 499 000 "é" are half the limit in characters but 998 000 bytes: with the file, over 1 MB.
    const file = validObject();
    file.notes = 'é'.repeat(499_000);
    const text = JSON.stringify(file);
    expect(text.length).toBeLessThan(TEMPLATE_MAX_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(TEMPLATE_MAX_BYTES);
    expect(problemsOf(importTemplate(text))[0]?.message.fr).toMatch(
      /^Fichier trop volumineux \(1\u202f00\d ko\)/,
    );
    expect(problemsOf(importTemplate('x'.repeat(5_000_000)))[0]?.message.en).toMatch(/\(5,000 kB\)/);
  });

  it('but not the largest plan the format allows, written in plain text', () => {
    const text = (n: number) => 'a'.repeat(n);
    const id = (prefix: string) => prefix.padEnd(64, 'x');
    const kpi = (key: string) => ({
      ...{ id: id(key), name: text(120), libraryId: 'conversion_rate', unit: 'percent', direction: 'higher' },
      ...{ baseline: 0.0123456789, target: 0.0234567891, deadline: '2027-06-30', aggregation: 'last' },
      ...{ band: 0.15, weight: 2.5, benchmark: 0.0212345678, owner: text(120), source: text(120) },
    });
    const objectives = Array.from({ length: 10 }, (_, i) => ({
      id: id(`so-${i}`),
      title: text(500),
      operational: Array.from({ length: 50 }, (_, j) => ({
        id: id(`oo-${i}-${j}`),
        title: text(500),
        kpis: [kpi(`k-${i}-${j}`)],
      })),
    }));
    const plan = { ...samplePlan, name: text(120), strategy: text(500), goal: text(500), objectives };
    const file = exportTemplate(plan as KpiPlanInput, {
      name: text(120),
      description: text(500),
      author: text(120),
    });
    expect(Buffer.byteLength(file)).toBeGreaterThan(800_000);
    expect(importTemplate(file).ok).toBe(true);
  });

  it('malformed JSON, with the line and column of the error', () => {
    const broken = validText.replace('"version": 1,\n  "name"', '"version": 1\n  "name"');
    const [problem] = problemsOf(importTemplate(broken));
    expect(problem?.path).toBe('');
    expect(problem?.message.en).toMatch(/^the file is not valid JSON: error at line 4, column 3, near "/);
    expect(problem?.message.fr).toMatch(
      /^le fichier n’est pas un JSON valide\u00a0: erreur ligne 4, colonne 3/,
    );
  });

  it('a truncated file', () => {
    const [problem] = problemsOf(importTemplate(validText.slice(0, 400)));
    expect(problem?.message.en).toMatch(/stops before the end/);
  });

  it('JSON that is not an object', () => {
    for (const text of ['[]', '"plan"', '12', 'null', 'true']) {
      expect(problemsOf(importTemplate(text))[0]?.message.en).toMatch(/^a template is a JSON object/);
    }
  });

  it('another kind of file, and a bare plan with a hint', () => {
    expect(problemsOf(importObject({ ...validObject(), kind: 'kpi-plan' }))).toEqual([
      {
        path: 'kind',
        message: expect.objectContaining({
          en: expect.stringMatching(/"kpi-plan", expected "kpi-kit-template"/),
        }),
      },
    ]);
    const [bare] = problemsOf(importObject(samplePlan));
    expect(bare?.message.en).toMatch(/^this file is a KPI plan, not a template/);
  });

  it('version 2, alone, whatever else the file holds', () => {
    const file = { ...validObject(), version: 2, name: 42, plan: 'not a plan' };
    expect(problemsOf(importObject(file))).toEqual([
      {
        path: 'version',
        message: {
          fr: 'version de modèle 2 non prise en charge\u00a0: ce KPI Kit lit la version 1\u202f; mettez KPI Kit à jour ou demandez à l’auteur un export en version 1. Rien n’a été importé.',
          en: 'unsupported template version 2: this KPI Kit reads version 1; update KPI Kit or ask the author for a version 1 export. Nothing was imported.',
        },
      },
    ]);
    const { version: _version, ...noVersion } = validObject();
    expect(problemsOf(importObject(noVersion))[0]?.message.en).toMatch(
      /^the template does not say its version/,
    );
  });

  it('a plan of another version inside a version-1 template', () => {
    const file = validObject();
    (file.plan as Record<string, unknown>).version = 2;
    expect(problemsOf(importObject(file)).map((p) => [p.path, p.message.en])).toEqual([
      ['plan.version', 'unsupported plan version 2: this KPI Kit reads version 1'],
    ]);
  });

  it('every envelope and plan problem at once, plan paths under plan., in both languages', () => {
    const file = validObject();
    file.name = '';
    file.language = 'de';
    file.createdAt = '2027-02-30';
    const plan = file.plan as { objectives: { operational: { kpis: Record<string, unknown>[] }[] }[] };
    const kpi = plan.objectives[0]?.operational[0]?.kpis[0] as Record<string, unknown>;
    kpi.target = '2,4 %';
    const problems = problemsOf(importObject(file));
    expect(problems.map((p) => p.path)).toEqual([
      'name',
      'language',
      'createdAt',
      'plan.objectives[0].operational[0].kpis[0].target',
    ]);
    const target = problems[3] as TemplateProblem;
    expect(target.message).toEqual({
      fr: 'un nombre attendu, reçu «\u00a02,4 %\u00a0»',
      en: 'expected a number, got "2,4 %"',
    });
    expect(formatTemplateProblem(target, 'en')).toBe(
      'plan.objectives[0].operational[0].kpis[0].target: expected a number, got "2,4 %"',
    );
    expect(formatTemplateProblem({ path: '', message: { fr: 'a', en: 'b' } }, 'fr')).toBe('a');
  });

  it('a plan given as text rather than an object, and a missing plan', () => {
    expect(problemsOf(importObject({ ...validObject(), plan: JSON.stringify(samplePlan) }))).toEqual([
      {
        path: 'plan',
        message: expect.objectContaining({ en: expect.stringMatching(/^expected an object, got "/) }),
      },
    ]);
    const { plan: _plan, ...noPlan } = validObject();
    expect(problemsOf(importObject(noPlan)).map((p) => [p.path, p.message.en])).toEqual([
      ['plan', 'required: expected an object'],
    ]);
  });

  it('plans over the format limits (KPIs per plan, objectives per plan)', () => {
    const kpi = { id: 'k', name: 'KPI', unit: 'number', direction: 'higher', target: 1 };
    const manyKpis = {
      ...samplePlan,
      objectives: Array.from({ length: 11 }, (_, i) => ({
        id: `so-${i}`,
        title: 'Objectif',
        operational: [
          {
            id: `oo-${i}`,
            title: 'Objectif',
            kpis: Array.from({ length: 50 }, (_, k) => ({ ...kpi, id: `k-${i}-${k}` })),
          },
        ],
      })),
    };
    const tooManyKpis = problemsOf(importTemplate(exportTemplate(manyKpis as KpiPlanInput)));
    expect(tooManyKpis.map((p) => [p.path, p.message.en])).toEqual([
      ['plan.objectives', '550 KPIs in the plan: at most 500; split them over several plans'],
    ]);
    const first = samplePlan.objectives[0] as (typeof samplePlan.objectives)[number];
    const manyObjectives = {
      ...samplePlan,
      objectives: Array.from({ length: 51 }, (_, i) => ({
        ...first,
        id: `so-${i}`,
        operational: [{ id: `oo-${i}`, title: 'Objectif', kpis: [{ ...kpi, id: `k-${i}` }] }],
      })),
    };
    const tooManyObjectives = problemsOf(importTemplate(exportTemplate(manyObjectives as KpiPlanInput)));
    expect(tooManyObjectives.map((p) => [p.path, p.message.fr])).toEqual([
      ['plan.objectives', '50 éléments au plus (reçu 51)\u00a0: répartissez-les en plusieurs plans'],
    ]);
  });

  it('lists 50 problems at most, then counts the rest', () => {
    const file = validObject();
    const plan = file.plan as { objectives: { operational: { kpis: Record<string, unknown>[] }[] }[] };
    const kpis = plan.objectives[0]?.operational[0]?.kpis as Record<string, unknown>[];
    const bad = { name: 'KPI', unit: 1, direction: 2, target: 'x' };
    kpis.splice(0, kpis.length, ...Array.from({ length: 20 }, (_, k) => ({ ...bad, id: `k-${k}` })));
    const kpiCount = kpis.length;
    const problems = problemsOf(importObject(file));
    expect(problems).toHaveLength(51);
    expect(problems[50]?.message.en).toBe(`… and ${kpiCount * 3 - 50} more problems: fix these first`);
  });
});
