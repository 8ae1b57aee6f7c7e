import { createStubs } from '../helpers/appsScriptStubs';
import { createMemoryProperties } from '../helpers/browserPropertiesStore';
import { loadCodeJs } from '../helpers/codeJs';
import { templateTooLarge } from '../../src/core/templates/sizeMessages';

// importTemplateFile and exportTemplateFile as Apps Script runs them: dist/Code.js in a bare vm, called
// with what google.script.run carries (JSON). They read and write template files and store nothing.

type Fn = (...args: unknown[]) => unknown;

interface Shown {
  path: string;
  message: string;
}
type ImportAnswer =
  | {
      ok: true;
      template: {
        name: string;
        description: string;
        author?: string;
        language: string;
        objectives: number;
        kpiCount: number;
        plan: { name: string; branding?: unknown; objectives: unknown[] };
      };
      ignored: string[];
    }
  | { ok: false; problems: Shown[] };
type ExportAnswer = { ok: true; text: string } | { ok: false; problems: Shown[] };

function backend() {
  const properties = createMemoryProperties();
  const stubs = createStubs({ authMode: 'FULL', locale: 'fr_FR' });
  const scope = loadCodeJs({
    ...stubs.globals,
    PropertiesService: { getDocumentProperties: () => properties },
  });
  const call = (name: string, ...args: unknown[]) => (scope[name] as Fn)(...JSON.parse(JSON.stringify(args)));
  const stored = () => Object.keys(properties.getProperties());
  return { call, stored };
}

function starter(call: (name: string, ...a: unknown[]) => unknown, lang: 'fr' | 'en' = 'fr') {
  const plan = call('getStarterPlan', 'email-marketing', lang) as { name: string; objectives: unknown[] };
  return {
    ...plan,
    branding: { agency: 'Agence Nord', client: 'Boulangerie Martin', accentColor: '#0055AA' },
  };
}

describe('exportTemplateFile then importTemplateFile', () => {
  test.each(['fr', 'en'] as const)('gives back the same plan, branding included (%s)', (lang) => {
    const { call, stored } = backend();
    const plan = starter(call, lang);
    const exported = call(
      'exportTemplateFile',
      plan,
      { description: 'Pour les clients', author: 'Agence Nord' },
      lang,
    ) as ExportAnswer;
    if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
    const file = JSON.parse(exported.text) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(
      ['author', 'createdAt', 'description', 'kind', 'language', 'name', 'plan', 'version'].sort(),
    );
    expect(file.name).toBe(plan.name);
    expect(file.author).toBe('Agence Nord');
    const imported = call('importTemplateFile', exported.text, lang) as ImportAnswer;
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.template.plan).toEqual(plan);
    expect(imported.template).toMatchObject({
      name: plan.name,
      description: 'Pour les clients',
      author: 'Agence Nord',
      language: lang,
    });
    const operational = (plan.objectives as { operational: { kpis: unknown[] }[] }[]).flatMap(
      (so) => so.operational,
    );
    expect(imported.template.kpiCount).toBe(operational.reduce((n, oo) => n + oo.kpis.length, 0));
    expect(imported.ignored).toEqual([]);
    expect(stored()).toEqual([]);
  });

  test('export keeps only the plan fields and the metadata: an extra field on the plan is dropped', () => {
    const { call } = backend();
    const plan = { ...starter(call), secret: 'token-123', notes: { internal: true } };
    const exported = call('exportTemplateFile', plan, { name: 'Modèle agence' }, 'fr') as ExportAnswer;
    if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
    expect(exported.text).not.toContain('token-123');
    expect(exported.text).not.toContain('internal');
    expect((JSON.parse(exported.text) as { name: string }).name).toBe('Modèle agence');
  });
});

describe('bad payloads are refused and nothing is stored', () => {
  test.each([
    ['malformed JSON', '{"kind": "kpi-kit-template", ', 'fr', /tronqué|JSON/],
    ['a bare plan', JSON.stringify({ version: 1, objectives: [] }), 'en', /not a template/],
    [
      'version 2',
      JSON.stringify({ kind: 'kpi-kit-template', version: 2 }),
      'en',
      /unsupported template version 2/,
    ],
    [
      'version 2 (fr)',
      JSON.stringify({ kind: 'kpi-kit-template', version: 2 }),
      'fr',
      /version de modèle 2 non prise en charge/,
    ],
    ['an empty paste', '   ', 'fr', /vide/],
    ['over 1 MB of UTF-8', '"' + 'é'.repeat(600_000) + '"', 'en', /File too large .*at most 1,000 kB/],
  ])('importTemplateFile: %s → problems in the wizard language', (_label, text, lang, message) => {
    const { call, stored } = backend();
    const answer = call('importTemplateFile', text, lang) as ImportAnswer;
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(stored()).toEqual([]);
  });

  test('importTemplateFile: a bad colour in the plan is refused with its path', () => {
    const { call } = backend();
    const plan = { ...starter(call), branding: { accentColor: 'bleu' } };
    const text = JSON.stringify({
      kind: 'kpi-kit-template',
      version: 1,
      name: 'x',
      description: '',
      language: 'fr',
      plan,
    });
    const answer = call('importTemplateFile', text, 'fr') as ImportAnswer;
    expect(answer).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'plan.branding.accentColor' })],
    });
  });

  test.each([
    ['a number instead of text', [42, 'fr']],
    ['an unknown language', ['{}', 'de']],
  ])('importTemplateFile throws on %s', (_label, args) => {
    const { call, stored } = backend();
    expect(() => call('importTemplateFile', ...args)).toThrow(/importTemplateFile: invalid arguments/);
    expect(stored()).toEqual([]);
  });

  test('exportTemplateFile: an invalid plan gives its problems with paths, no text', () => {
    const { call, stored } = backend();
    const plan = { ...starter(call), branding: { accentColor: 'blue' } };
    const answer = call('exportTemplateFile', plan, {}, 'en') as ExportAnswer;
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.problems).toEqual([
      { path: 'branding.accentColor', message: expect.stringMatching(/#0055AA.*"blue"/) },
    ]);
    expect(stored()).toEqual([]);
  });

  test.each([
    ['a description that is not text', { description: 5 }],
    ['no metadata object', null],
  ])('exportTemplateFile throws on %s', (_label, meta) => {
    const { call } = backend();
    expect(() => call('exportTemplateFile', starter(call), meta, 'fr')).toThrow(
      /exportTemplateFile: invalid arguments/,
    );
  });
});

describe('texts over their limits get the page\'s words, not "invalid arguments"', () => {
  test.each([
    ['fr', 1_000_001],
    ['en', 1_000_001],
    ['fr', 3_000_000],
    ['en', 3_000_000],
  ] as const)('importTemplateFile (%s): a text of %i characters is a file too large', (lang, length) => {
    const { call, stored } = backend();
    const answer = call('importTemplateFile', ' '.repeat(length), lang) as ImportAnswer;
    // The very sentence the page shows when it catches the file itself (sidebar/templates/ImportTemplate).
    expect(answer).toEqual({ ok: false, problems: [{ path: '', message: templateTooLarge(length)[lang] }] });
    expect(answer.ok === false && answer.problems[0]?.message).toMatch(
      lang === 'fr' ? /^Fichier trop volumineux \(\d+\u202f\d{3} ko\)/ : /^File too large \(\d+,\d{3} kB\)/,
    );
    expect(stored()).toEqual([]);
  });

  test.each([
    ['fr', 'name', 121, '', '120 caractères au plus (reçu 121)\u00a0: raccourcissez le texte'],
    ['en', 'name', 5000, '', 'at most 120 characters (got 5000): shorten the text'],
    ['en', 'description', 501, '', 'at most 500 characters (got 501): shorten the text'],
    ['fr', 'author', 200, '', '120 caractères au plus (reçu 200)\u00a0: raccourcissez le texte'],
  ] as const)(
    'exportTemplateFile (%s): a %s of %i characters is too long, said with its field',
    (lang, field, length, _x, message) => {
      const { call, stored } = backend();
      const answer = call('exportTemplateFile', starter(call, lang), { [field]: 'x'.repeat(length) }, lang);
      expect(answer).toEqual({ ok: false, problems: [{ path: field, message }] });
      expect(stored()).toEqual([]);
    },
  );

  test('a name at the limit is exported and reads back', () => {
    const { call } = backend();
    const exported = call(
      'exportTemplateFile',
      starter(call),
      { name: 'é'.repeat(120) },
      'fr',
    ) as ExportAnswer;
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const back = call('importTemplateFile', exported.text, 'fr') as ImportAnswer;
    expect(back.ok && back.template.name).toBe('é'.repeat(120));
  });
});
