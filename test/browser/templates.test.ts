import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/core/i18n';
import { templateTooLarge } from '../../src/core/templates/sizeMessages';
import { SHEET_NAMES } from '../../src/workbook/labels';
import { seriousViolations } from '../helpers/browserAxe';
import { screenshot } from '../helpers/browserChromium';
import { sidebarSessions } from '../helpers/browserSessions';
import type { SidebarServer } from '../helpers/browserServer';
import { emulatorBackend } from '../helpers/browserEmulator';
import { focusedName, tabTo } from '../helpers/browserKeyboard';
import { type WizardDriver, wizard } from '../helpers/browserWizard';
import { generatedPlan } from '../core/plan/fixtures';
import { until } from '../helpers/until';
import { settled } from '../helpers/browserSettle';

// Templates in the wizard, in headless Chromium, against the real server functions of dist/Code.js on
// the Sheets emulator: import (upload, paste, keyboard), the question before replacing a draft, broken
// files, save as template (download and copy), and branding typed in Context reaching the sheets.

jest.setTimeout(120_000);

type Fn = (...args: unknown[]) => unknown;
interface PlanLike {
  name: string;
  objectives: { id: string; title: string; operational: { title: string; kpis: { id: string }[] }[] }[];
  branding?: unknown;
}

const BRANDING = { agency: 'Agence Nord', client: 'Boulangerie Martin', accentColor: '#0055AA' };

const sessions = sidebarSessions();

/** A server-side call as google.script.run makes it (JSON in, JSON out). */
function callIn(scope: object) {
  return (name: string, ...args: unknown[]) =>
    JSON.parse(
      JSON.stringify((scope as Record<string, Fn>)[name]?.(...JSON.parse(JSON.stringify(args)))),
    ) as unknown;
}

/** A template file as KPI Kit writes it: a starter's plan with branding, exported by the real server. */
function templateText(call: ReturnType<typeof callIn>, lang: Lang): { text: string; plan: PlanLike } {
  const starter = call('getStarterPlan', 'email-marketing', lang) as PlanLike;
  const plan = { ...starter, branding: BRANDING };
  const answer = call(
    'exportTemplateFile',
    plan,
    { description: 'Modèle agence', author: 'Agence Nord' },
    lang,
  ) as {
    ok: boolean;
    text: string;
  };
  if (!answer.ok) throw new Error('the starter did not export');
  return { text: answer.text, plan };
}

async function open(lang: Lang, locale: 'fr_FR' | 'en_US') {
  const backend = emulatorBackend({ locale });
  const { page, errors, server, calls } = await sessions.open(
    { scope: backend.scope, latencyMs: 10 },
    lang === 'fr' ? 'fr-FR' : 'en-GB',
  );
  const w = wizard(page, lang);
  await page.locator('#step-heading').waitFor();
  return { ...backend, call: callIn(backend.scope), page, errors, w, server, calls };
}

/** A draft with content: a new plan with a name, then back to Start. */
async function draftNamed(w: WizardDriver, name: string): Promise<void> {
  await w.button('newPlan').click();
  await w.expectHeading(new RegExp(`^${w.text('stepContext')}`));
  await w.textbox(w.text('planName')).fill(name);
  await w.button('stepStart').click();
  await w.expectHeading(new RegExp(`^${w.text('stepStart')}`));
}

/** Waits until the document holds a draft named `name` and the page is saving nothing. */
async function draftStored(
  page: Page,
  srv: SidebarServer,
  call: ReturnType<typeof callIn>,
  name: string,
): Promise<void> {
  await srv.waitForCall('saveDraft');
  const draft = await until(
    () => (call('loadDraft') as { draft: { context: { name: string } } | null }).draft,
    (d) => d?.context.name === name,
  );
  expect(draft?.context.name).toBe(name);
  await page.waitForFunction(
    `!document.querySelector('.save-status') || !/Enregistrement|Saving/.test(document.querySelector('.save-status').textContent)`,
  );
}

function dialog(page: Page) {
  return page.getByRole('alertdialog');
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

test('upload a template file (FR): summary, asks before replacing the draft, objectives shown, built workbook carries its plan', async () => {
  const { page, errors, w, call, emulator } = await open('fr', 'fr_FR');
  const { text, plan } = templateText(call, 'fr');
  await draftNamed(w, 'Mon brouillon');

  await page.getByLabel(w.text('importFile')).setInputFiles({
    name: 'modele.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByText(w.text('importFound', { name: plan.name })).waitFor();
  await expect(page.getByText('Par Agence Nord', { exact: true }).isVisible()).resolves.toBe(true);
  await expect(page.getByText('Modèle agence', { exact: true }).isVisible()).resolves.toBe(true);
  const kpis = plan.objectives.flatMap((so) => so.operational).reduce((n, oo) => n + oo.kpis.length, 0);
  await expect(page.locator('.template-found').textContent()).resolves.toContain(`KPI\u00a0: ${kpis}`);
  await expectNoSeriousViolations(page);
  await screenshot(page, 'fr-template-import-found');

  await w.button('importUse').click();
  await dialog(page).waitFor();
  await expect(dialog(page).textContent()).resolves.toContain('«\u00a0Mon brouillon\u00a0»');
  // The safe answer has the focus.
  expect(await focusedName(page)).toBe(w.text('keepDraft'));
  await expectNoSeriousViolations(page);
  await screenshot(page, 'fr-template-import-confirm');
  await w.button('replaceYes').click();

  await w.expectHeading(/^Contexte/);
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe(plan.name);
  // Branding came with the template.
  await expect(w.textbox(w.text('agency')).inputValue()).resolves.toBe(BRANDING.agency);
  await expect(w.textbox(w.text('accentColor')).inputValue()).resolves.toBe(BRANDING.accentColor);
  await w.next();
  await w.expectHeading(/^Objectifs/);
  await expect(w.textbox(w.text('strategicN', { n: 1 })).inputValue()).resolves.toBe(
    plan.objectives[0]?.title,
  );
  await expect(w.textbox(w.text('operationalN', { n: 1, m: 1 })).inputValue()).resolves.toBe(
    plan.objectives[0]?.operational[0]?.title,
  );
  await screenshot(page, 'fr-template-import-objectives');

  await page.getByRole('button', { name: /Vérifier et créer/ }).click();
  await w.button('build').click();
  await page.getByText(w.text('built'), { exact: true }).waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);

  // The workbook carries the template's plan: read back from its Objectives sheet, it is the same plan.
  const back = call('loadPlanFromWorkbook') as { ok: boolean; plan: PlanLike };
  expect(back.ok).toBe(true);
  expect(back.plan).toEqual(plan);
  expect(emulator.view(SHEET_NAMES.objectives.fr).text.flat()).toContain(plan.objectives[0]?.title);
});

test('paste a template (EN) with no draft: applied at once; keyboard only', async () => {
  const { page, errors, w, call } = await open('en', 'en_US');
  const { text, plan } = templateText(call, 'en');
  const { keyboard } = page;

  await tabTo(page, w.text('importPaste'));
  await keyboard.insertText(text);
  await tabTo(page, w.text('importCheck'));
  await keyboard.press('Enter');
  await page.getByText(w.text('importFound', { name: plan.name })).waitFor();
  await tabTo(page, w.text('importUse'));
  await keyboard.press('Enter');
  // No draft with content: nothing to ask.
  await w.expectHeading(/^Context/);
  expect(await dialog(page).count()).toBe(0);
  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'step-heading'`);
  await tabTo(page, 'Next');
  await keyboard.press('Enter');
  await w.expectHeading(/^Objectives/);
  await expect(w.textbox(w.text('strategicN', { n: 1 })).inputValue()).resolves.toBe(
    plan.objectives[0]?.title,
  );
  expect(errors).toEqual([]);
});

test('keyboard only (FR): the file chooser opens from the keyboard, the question is answered with it', async () => {
  const { page, w, call } = await open('fr', 'fr_FR');
  const { text, plan } = templateText(call, 'fr');
  await draftNamed(w, 'Brouillon clavier');
  const { keyboard } = page;
  // Playwright intercepts file choosers only once a listener exists, and turning that on is a message
  // to the browser of its own: a key pressed right after waitForEvent can beat it on a loaded machine
  // (the chooser then opens unseen). A listener first, and a round trip to the page, settle it.
  page.on('filechooser', () => undefined);
  await page.evaluate(() => 0);
  await tabTo(page, w.text('importFile'));
  const chooser = page.waitForEvent('filechooser');
  await keyboard.press('Space');
  await (await chooser).setFiles({ name: 't.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByText(w.text('importFound', { name: plan.name })).waitFor();
  await tabTo(page, w.text('importUse'));
  await keyboard.press('Enter');
  await dialog(page).waitFor();
  // Escape is "keep my draft"; the focus returns to the button that asked.
  await keyboard.press('Escape');
  await page.waitForFunction(`!document.querySelector('dialog')`);
  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'import-use'`);
  await keyboard.press('Enter');
  await dialog(page).waitFor();
  await tabTo(page, w.text('replaceYes'));
  await keyboard.press('Enter');
  await w.expectHeading(/^Contexte/);
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe(plan.name);
});

test('cancel at the question (FR): the draft is untouched, in the page and in the document', async () => {
  const { page, errors, w, call, server: srv, calls: pageCalls } = await open('fr', 'fr_FR');
  const { text } = templateText(call, 'fr');
  await draftNamed(w, 'Brouillon à garder');
  await w.button('continueDraft').waitFor();
  // Let the draft reach the document before importing.
  await draftStored(page, srv, call, 'Brouillon à garder');
  const savesBefore = srv.calls.filter((c) => c.name === 'saveDraft').length;
  const stored = (call('loadDraft') as { draft: unknown }).draft;

  await page.getByLabel(w.text('importPaste')).fill(text);
  await w.button('importCheck').click();
  await w.button('importUse').click();
  await dialog(page).waitFor();
  await w.button('keepDraft').click();
  await page.waitForFunction(`!document.querySelector('dialog')`);

  await w.expectHeading(/^Démarrer/);
  await w.button('continueDraft').click();
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe('Brouillon à garder');
  // The stored draft's step was already "context", so no read of the document can tell a late save from
  // none: send the save the page scheduled now, let it finish, then look.
  await settled(page, pageCalls);
  expect((call('loadDraft') as { draft: unknown }).draft).toEqual({
    ...(stored as object),
    step: 'context',
  });
  // Nothing but the step change was saved: no template plan reached the document.
  for (const c of srv.calls.filter((x) => x.name === 'saveDraft').slice(savesBefore))
    expect((c.args[0] as { context: { name: string } }).context.name).toBe('Brouillon à garder');
  expect(errors).toEqual([]);
});

test.each([
  ['fr', 'fr_FR', 'malformed JSON', '{"kind": "kpi-kit-template",\n  "version": 1,\n}', /ligne 3, colonne/],
  [
    'en',
    'en_US',
    'an unknown version',
    JSON.stringify({ kind: 'kpi-kit-template', version: 2 }),
    /unsupported template version 2/,
  ],
  [
    'fr',
    'fr_FR',
    'a bad colour',
    '',
    /Couleur d’accent \(#RRGGBB\) plan\.branding\.accentColor\u00a0: couleur attendue au format #RRGGBB/,
  ],
] as const)(
  'a broken file (%s, %s, %s): message in the UI language, nothing applied',
  async (lang, locale, _what, broken, message) => {
    const { page, errors, w, call } = await open(lang, locale);
    let text: string = broken;
    if (text === '') {
      const good = JSON.parse(templateText(call, lang).text) as { plan: Record<string, unknown> };
      text = JSON.stringify({ ...good, plan: { ...good.plan, branding: { accentColor: 'bleu' } } });
    }
    await draftNamed(w, 'Draft kept');
    await page
      .getByLabel(w.text('importFile'))
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.locator('#import-result [role="alert"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(message);
    await expect(alert.textContent()).resolves.toContain(w.text('importRefused'));
    expect(await w.button('importUse').count()).toBe(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, `${lang}-template-import-refused-${_what.replace(/\W+/g, '-')}`);
    await w.button('continueDraft').click();
    await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe('Draft kept');
    expect(errors).toEqual([]);
  },
);

test('a file over 1 MB is refused in the page at once: nothing sent to the server', async () => {
  const { page, w, server: srv } = await open('fr', 'fr_FR');
  await page.getByLabel(w.text('importFile')).setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(1_000_001, 0x20),
  });
  await page.getByText(templateTooLarge(1_000_001).fr).waitFor();
  // The same for a paste counted in UTF-8 bytes (600,000 "é" = 1.2 MB).
  await page.getByLabel(w.text('importPaste')).fill('é'.repeat(600_000));
  await w.button('importCheck').click();
  await page.getByText(templateTooLarge(1_200_000).fr).waitFor();
  await screenshot(page, 'fr-template-import-too-large');
  expect(srv.calls.filter((c) => c.name === 'importTemplateFile')).toEqual([]);
});

test('save as template (FR): the downloaded file and the copied text re-import to the same plan', async () => {
  const { page, errors, w, call } = await open('fr', 'fr_FR');
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const starter = call('getStarterPlan', 'paid-acquisition', 'fr') as PlanLike;
  await w.button('useStarter', { name: starter.name }).click();
  await w.expectHeading(/^Contexte/);
  await page.getByRole('button', { name: /Vérifier et créer/ }).click();
  await w.expectHeading(/^Vérifier/);

  await expect(page.getByLabel(w.text('templateName'), { exact: true }).inputValue()).resolves.toBe(
    starter.name,
  );
  await page.getByLabel(w.text('templateName'), { exact: true }).fill('Acquisition / Agence Nord « 2027 »');
  await page.getByLabel(w.text('templateDescription'), { exact: true }).fill('Pour les campagnes payantes.');
  await page.getByLabel(w.text('templateAuthor'), { exact: true }).fill('Agence Nord');
  await w.button('exportCreate').click();
  const link = page.locator('#export-download');
  await link.waitFor();
  await expectNoSeriousViolations(page);
  await screenshot(page, 'fr-template-export-ready');

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('acquisition-agence-nord-2027.json');
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(await page.locator('#export-text').inputValue()).toBe(text);

  const file = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(file).sort()).toEqual([
    'author',
    'createdAt',
    'description',
    'kind',
    'language',
    'name',
    'plan',
    'version',
  ]);
  expect(file).toMatchObject({
    name: 'Acquisition / Agence Nord « 2027 »',
    author: 'Agence Nord',
    description: 'Pour les campagnes payantes.',
  });
  const again = call('importTemplateFile', text, 'fr') as { ok: boolean; template: { plan: unknown } };
  expect(again.ok).toBe(true);
  expect(again.template.plan).toEqual(starter);

  await w.button('copy').click();
  await page.getByText(w.text('copied'), { exact: true }).waitFor();
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(text);
  expect(errors).toEqual([]);
});

test('branding typed in Context (FR): checked by the plan schema, then on the built sheets', async () => {
  const { page, errors, w, emulator } = await open('fr', 'fr_FR');
  await w.button('useStarter', { name: 'Croissance e-commerce' }).click();
  await w.expectHeading(/^Contexte/);
  await w.textbox(w.text('agency')).fill(BRANDING.agency);
  await w.textbox(w.text('client')).fill(BRANDING.client);
  await w.textbox(w.text('accentColor')).fill('bleu');
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: /Vérifier et créer/ }).click();
  // The colour's rule is the plan schema's: its message comes back from the server, with Fix.
  const problem = page.locator('.problems li').filter({ hasText: 'couleur attendue au format #RRGGBB' });
  await problem.waitFor();
  await screenshot(page, 'fr-branding-bad-colour');
  await problem.getByRole('button').click();
  await w.expectHeading(/^Contexte/);
  await page.waitForFunction(
    `document.activeElement && document.activeElement.id === 'f-branding-accentColor'`,
  );
  // The colour picker and the text are one value.
  await page.locator('#f-branding-accentColor-picker').fill('#0055aa');
  // The text box already shows "bleu": its new value comes with the next render.
  await expect(
    until(
      () => w.textbox(w.text('accentColor')).inputValue(),
      (value) => value !== 'bleu',
    ),
  ).resolves.toBe('#0055AA');
  await screenshot(page, 'fr-branding-context');
  await page.getByRole('button', { name: /Vérifier et créer/ }).click();
  await w.button('build').click();
  await page.getByText(w.text('built'), { exact: true }).waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);

  const objectives = emulator.view(SHEET_NAMES.objectives.fr);
  expect(objectives.text.flat()).toContain('Préparé par Agence Nord pour Boulangerie Martin');
  const header = objectives.rows[7] ?? [];
  expect(header.length).toBeGreaterThan(0);
  expect(header.every((cell) => cell.background?.toLowerCase() === '#0055aa')).toBe(true);
  const scorecard = emulator.view(SHEET_NAMES.scorecard.fr);
  expect(scorecard.text[0]?.join(' ')).toContain('Préparé par Agence Nord pour Boulangerie Martin');
});

test.each(['fr', 'en'] as const)(
  'axe-core on the Start step with the import section and the question open (%s)',
  async (lang) => {
    const { page, w, call } = await open(lang, lang === 'fr' ? 'fr_FR' : 'en_US');
    await draftNamed(w, 'Draft');
    await expectNoSeriousViolations(page);
    await page.getByLabel(w.text('importPaste')).fill(templateText(call, lang).text);
    await w.button('importCheck').click();
    await w.button('importUse').click();
    await dialog(page).waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, `${lang}-template-dialog`);
  },
);

test('a starter asks before replacing a draft too (EN): keep, then replace', async () => {
  const { page, errors, w } = await open('en', 'en_US');
  await draftNamed(w, 'My draft');
  const starter = w.button('useStarter', { name: 'E-commerce growth' });
  await starter.click();
  await dialog(page).waitFor();
  await expect(dialog(page).textContent()).resolves.toContain('“My draft”');
  await w.button('keepDraft').click();
  await page.waitForFunction(`!document.querySelector('dialog')`);
  await page.waitForFunction(
    `document.activeElement && document.activeElement.id === 'starter-ecommerce-growth'`,
  );
  await w.button('continueDraft').click();
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe('My draft');
  await w.button('stepStart').click();
  await starter.click();
  await w.button('replaceYes').click();
  await w.expectHeading(/^Context/);
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toMatch(/E-commerce growth/);
  expect(errors).toEqual([]);
});

test('loading the workbook’s plan asks before replacing a draft (FR): keep, then replace', async () => {
  const { page, errors, w, call, server: srv, calls: pageCalls } = await open('fr', 'fr_FR');
  // A workbook built by the real server from a starter: the file an agency copies for the next client.
  const built = call('getStarterPlan', 'local-business', 'fr') as PlanLike;
  expect((call('buildWorkbook', built) as { ok: boolean }).ok).toBe(true);
  await draftNamed(w, 'Brouillon client A');
  await draftStored(page, srv, call, 'Brouillon client A');
  const stored = (call('loadDraft') as { draft: unknown }).draft;
  const savesBefore = srv.calls.filter((c) => c.name === 'saveDraft').length;

  await w.button('loadFromWorkbook').click();
  await dialog(page).waitFor();
  await expect(dialog(page).textContent()).resolves.toContain(
    w.text('confirmReplaceWorkbook', { draft: 'Brouillon client A' }),
  );
  expect(await focusedName(page)).toBe(w.text('keepDraft'));
  await expectNoSeriousViolations(page);
  await screenshot(page, 'fr-load-workbook-confirm');
  await w.button('keepDraft').click();
  await page.waitForFunction(`!document.querySelector('dialog')`);
  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'load-workbook'`);
  // Nothing was read from the workbook and nothing written over the draft, once the page has sent its
  // scheduled save and every call it made is answered.
  await settled(page, pageCalls);
  expect(srv.calls.filter((c) => c.name === 'loadPlanFromWorkbook')).toEqual([]);
  expect(srv.calls.filter((c) => c.name === 'saveDraft').length).toBe(savesBefore);
  expect((call('loadDraft') as { draft: unknown }).draft).toEqual(stored);
  await w.expectHeading(/^Démarrer/);
  await expect(page.locator('.hint').first().textContent()).resolves.toContain(
    '«\u00a0Brouillon client A\u00a0»',
  );

  // Escape is "keep my draft" too.
  await w.button('loadFromWorkbook').click();
  await dialog(page).waitFor();
  await page.keyboard.press('Escape');
  await page.waitForFunction(`!document.querySelector('dialog')`);
  await page.waitForFunction(`document.activeElement && document.activeElement.id === 'load-workbook'`);

  await w.button('loadFromWorkbook').click();
  await w.button('replaceYes').click();
  await w.expectHeading(/^Contexte/);
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe(built.name);
  await w.next();
  await expect(w.textbox(w.text('strategicN', { n: 1 })).inputValue()).resolves.toBe(
    built.objectives[0]?.title,
  );
  // The workbook's plan is now the draft, in the document too.
  await draftStored(page, srv, call, built.name);
  expect(errors).toEqual([]);
});

test('loading the workbook’s plan with a draft (EN): the question in English', async () => {
  const { page, w, call } = await open('en', 'en_US');
  expect((call('buildWorkbook', call('getStarterPlan', 'email-marketing', 'en')) as { ok: boolean }).ok).toBe(
    true,
  );
  await draftNamed(w, 'My draft');
  await w.button('loadFromWorkbook').click();
  await dialog(page).waitFor();
  await expect(dialog(page).textContent()).resolves.toContain(
    'The draft “My draft” will be replaced by this workbook’s plan (Objectives sheet).',
  );
  await w.button('replaceYes').click();
  await w.expectHeading(/^Context/);
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.not.toBe('My draft');
});

test.each([
  [
    'fr',
    'fr_FR',
    'Objectif opérationnel 1.1 › KPI 1 › Cible',
    '\u00a0: un nombre attendu, reçu «\u00a0beaucoup\u00a0»',
  ],
  ['en', 'en_US', 'Operational objective 1.1 › KPI 1 › Target', ': expected a number, got "beaucoup"'],
] as const)(
  'a refused plan field (%s) is named in words, with its JSON path beside it',
  async (lang, locale, words, problem) => {
    const { page, errors, w, call } = await open(lang, locale);
    const file = JSON.parse(templateText(call, lang).text) as { plan: PlanLike };
    const kpi = file.plan.objectives[0]?.operational[0]?.kpis[0] as unknown as Record<string, unknown>;
    kpi.target = 'beaucoup';
    await page.getByLabel(w.text('importPaste')).fill(JSON.stringify(file));
    await w.button('importCheck').click();
    const item = page.locator('#import-result .problems li');
    await item.waitFor();
    const path = 'plan.objectives[0].operational[0].kpis[0].target';
    await expect(item.locator('.where').textContent()).resolves.toBe(words);
    await expect(item.locator('code').textContent()).resolves.toBe(path);
    await expect(item.textContent()).resolves.toBe(`${words} ${path}${problem}`);
    await expectNoSeriousViolations(page);
    await screenshot(page, `${lang}-template-import-refused-field`);
    expect(errors).toEqual([]);
  },
);

test('loading the plan from a workbook that has none (FR): the refusal alone, no empty path before it', async () => {
  const { page, w, call } = await open('fr', 'fr_FR');
  const refusal = call('loadPlanFromWorkbook') as {
    ok: boolean;
    problems: { path: string; message: string }[];
  };
  expect(refusal.ok).toBe(false);
  expect(refusal.problems.map((p) => p.path)).toEqual(['']);
  // No draft with content: nothing to ask, the server answers at once.
  await w.button('loadFromWorkbook').click();
  const alert = page.locator('.choice-card [role="alert"]');
  await alert.waitFor();
  await expect(alert.textContent()).resolves.toBe(
    w.text('loadFailed', { error: refusal.problems[0]?.message ?? '?' }),
  );
  expect(await dialog(page).count()).toBe(0);
});

test('loading a plan the sheet breaks (FR): the refusal names the cell to fix, not a JSON path', async () => {
  const { page, w, call, emulator } = await open('fr', 'fr_FR');
  const plan = call('getStarterPlan', 'local-business', 'fr');
  expect(call('buildWorkbook', plan)).toMatchObject({ ok: true });
  emulator.SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName('Objectifs')!
    .getRange('F7')
    .setValue('marine');
  await w.button('loadFromWorkbook').click();
  const alert = page.locator('.choice-card [role="alert"]');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  expect(text).toMatch(/Objectifs!F7\u00a0: .*«\u00a0marine\u00a0»/);
  expect(text).not.toMatch(/branding|accentColor/);
});

/** Windows-1252 ("ANSI") bytes of `text`; throws on a character that encoding cannot hold. */
function windows1252(text: string): Buffer {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Buffer.from(
    Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const at = high.indexOf(c);
      if (at < 0) throw new Error(`"${c}" has no Windows-1252 byte`);
      return 0x80 + at;
    }),
  );
}

test('a template saved by hand as UTF-16 (Notepad "Unicode") or Windows-1252 ("ANSI") imports with its accents', async () => {
  const { page, w, call, errors } = await open('fr', 'fr_FR');
  const plan = { ...generatedPlan(2), name: 'Fidélité « clients » — 12 € d’ici l’été, cœur de cible' };
  // Each file has its own description, so the test waits for that file's preview, not the previous one's
  // (a second upload replaces the first preview; waiting on the shared name raced with that).
  const saved = (description: string) => {
    const answer = call('exportTemplateFile', plan, { description }, 'fr') as { ok: boolean; text: string };
    expect(answer.ok).toBe(true);
    return answer.text;
  };
  const files = [
    {
      name: 'unicode.json',
      description: 'Modèle édité à la main (Unicode)',
      buffer: (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    },
    {
      name: 'ansi.json',
      description: 'Modèle édité à la main (ANSI)',
      buffer: (text: string) => windows1252(text.replace(/\r?\n/g, '\r\n')),
    },
  ];
  for (const file of files) {
    const buffer = file.buffer(saved(file.description));
    await page
      .getByLabel(w.text('importFile'))
      .setInputFiles({ name: file.name, buffer, mimeType: 'application/json' });
    await page.getByText(file.description, { exact: true }).waitFor();
    await expect(page.getByText(w.text('importFound', { name: plan.name })).isVisible()).resolves.toBe(true);
  }
  await w.button('importUse').click();
  await w.expectHeading(/^Contexte/);
  await expect(w.textbox(w.text('planName')).inputValue()).resolves.toBe(plan.name);
  expect(errors).toEqual([]);
});
