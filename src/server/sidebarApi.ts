import { type Lang, languageFromLocale } from '../core/i18n';
import { listKpis } from '../core/kpiLibrary';
import { parsePlan } from '../core/plan';
import { parseServerArgs, type ServerResult } from '../core/rpc/api';
import { getStarterPlan as starterPlanFor, starterPreviews } from '../core/templates/starters';
import type { TemplateProblem } from '../core/templates/problems';
import { templateMessages } from '../core/templates/messages';
import { TEMPLATE_LIMITS, exportTemplate, importTemplate } from '../core/templates/templateFile';
import { SHEET_NAMES } from '../workbook/labels';
import { buildWorkbook, loadPlanFromWorkbook } from './buildWorkbook';
import * as drafts from './draftStore';
import { withDocumentLock } from './lock';

// The functions the sidebar calls through google.script.run. Each one parses its arguments with the
// schemas of src/core/rpc/api.ts before touching anything: the page is a client, not a trusted caller.

declare const __KPI_KIT_VERSION__: string;

export type SidebarContext = ServerResult<'getSidebarContext'>;

// buildWorkbook and loadPlanFromWorkbook are the builder's entry points (src/server/buildWorkbook.ts);
// these lines fail to compile if their answers drift from what the RPC declaration promises the sidebar.
const _buildWorkbookAnswersAsDeclared: (plan: unknown) => ServerResult<'buildWorkbook'> = buildWorkbook;
const _loadPlanAnswersAsDeclared: () => ServerResult<'loadPlanFromWorkbook'> = loadPlanFromWorkbook;
void _buildWorkbookAnswersAsDeclared;
void _loadPlanAnswersAsDeclared;

function userLanguage_(): Lang {
  return languageFromLocale(Session.getActiveUserLocale());
}

/** JSON-only, as google.script.run carries it (and readonly arrays become plain ones). */
function json_<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Called by the sidebar when it opens. */
export function getSidebarContext(): SidebarContext {
  const { objectives, tracking, scorecard } = SHEET_NAMES;
  return {
    language: languageFromLocale(Session.getActiveUserLocale()),
    version: __KPI_KIT_VERSION__,
    sheetNames: { objectives, tracking, scorecard },
  };
}

/** The draft saved in this document, or null. */
export function loadDraft(): ServerResult<'loadDraft'> {
  return drafts.loadDraft(PropertiesService.getDocumentProperties());
}

/**
 * Saves the wizard's draft in this document (validated, chunked under the 9 KB per value limit), holding
 * the document lock: two editors' autosaves must not delete each other's chunks, and a big draft's save
 * frees the old chunks before writing (draftStore.ts says why that order is safe).
 */
export function saveDraft(draft: unknown): ServerResult<'saveDraft'> {
  const [valid] = parseServerArgs('saveDraft', [draft]);
  const lang = userLanguage_();
  const saved = withDocumentLock(lang, () =>
    drafts.saveDraft(PropertiesService.getDocumentProperties(), valid, { lang }),
  );
  if ('ok' in saved) throw new Error(saved.problems.map((p) => p.message).join(' '));
  return saved;
}

/** Forgets the saved draft (after "start a new plan"), under the lock saves take, so none interleaves. */
export function clearDraft(): ServerResult<'clearDraft'> {
  const cleared = withDocumentLock(userLanguage_(), () => {
    drafts.clearDraft(PropertiesService.getDocumentProperties());
    return null;
  });
  if (cleared !== null) throw new Error(cleared.problems.map((p) => p.message).join(' '));
  return null;
}

/** Brings a sheet of this spreadsheet to the front (the Scorecard after a build); false if it is gone. */
export function showSheet(name: unknown): ServerResult<'showSheet'> {
  const [sheetName] = parseServerArgs('showSheet', [name]);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) return false;
  sheet.activate();
  return true;
}

/** Every problem the plan schema finds in a plan, with its path; [] when it can be built. */
export function checkPlan(plan: unknown): ServerResult<'checkPlan'> {
  parseServerArgs('checkPlan', [plan]);
  const parsed = parsePlan(plan, { lang: userLanguage_() });
  return parsed.ok ? [] : json_(parsed.problems);
}

/**
 * The whole KPI library, for the wizard: its SMART feedback, suggestions, search and picker. The page
 * does not bundle it (scripts/lib/build.ts) and asks once when it opens.
 */
export function getKpiLibrary(): ServerResult<'getKpiLibrary'> {
  return json_([...listKpis()]);
}

/** The starter plans, named and described in `lang`, for the Start step. */
export function listStarters(lang: unknown): ServerResult<'listStarters'> {
  const [language] = parseServerArgs('listStarters', [lang]);
  return json_(starterPreviews(language));
}

/** A starter's plan in `lang`, with the format's defaults filled in; null for an unknown id. */
export function getStarterPlan(id: unknown, lang: unknown): ServerResult<'getStarterPlan'> {
  const [starterId, language] = parseServerArgs('getStarterPlan', [id, lang]);
  const plan = starterPlanFor(starterId, language);
  if (!plan) return null;
  const parsed = parsePlan(plan, { lang: language });
  return parsed.ok ? json_(parsed.plan) : null;
}

/** A template problem as the page shows it: its path, and its message in the wizard's language. */
function shownTemplateProblem_(problem: TemplateProblem, lang: Lang): { path: string; message: string } {
  return { path: problem.path, message: problem.message[lang] };
}

/**
 * parsePlan words its problems in the plan's own language; the wizard may speak the other one. Asked
 * again with only a valid `language` swapped, it gives the same problems in the wizard's language.
 */
function planProblemsIn_(plan: unknown, lang: Lang): readonly { path: string; message: string }[] {
  const speaks =
    typeof plan === 'object' &&
    plan !== null &&
    ['fr', 'en'].includes((plan as { language?: unknown }).language as string);
  const parsed = parsePlan(speaks ? { ...(plan as object), language: lang } : plan, { lang });
  return parsed.ok ? [] : parsed.problems;
}

/**
 * Reads a template file's text (uploaded or pasted in the wizard) and says what it holds, or every
 * problem in `lang`. Stores nothing: the page applies the plan only once the user accepts it.
 */
export function importTemplateFile(text: unknown, lang: unknown): ServerResult<'importTemplateFile'> {
  const [fileText, language] = parseServerArgs('importTemplateFile', [text, lang]);
  const result = importTemplate(fileText);
  if (!result.ok)
    return { ok: false, problems: result.problems.map((p) => shownTemplateProblem_(p, language)) };
  const { template } = result;
  const operational = template.plan.objectives.flatMap((so) => so.operational);
  return json_({
    ok: true,
    template: {
      name: template.name,
      description: template.description,
      ...(template.author !== undefined ? { author: template.author } : {}),
      language: template.language,
      objectives: template.plan.objectives.length + operational.length,
      kpiCount: operational.reduce((n, oo) => n + oo.kpis.length, 0),
      plan: template.plan,
    },
    ignored: [...result.ignored],
  });
}

/**
 * The template file for the wizard's plan, as JSON text for the page to download or copy: the plan
 * (as the plan schema reads it, so nothing else rides along) and the metadata the user typed. The plan's
 * problems, in `lang`, when it is not valid. Stores nothing.
 */
export function exportTemplateFile(
  plan: unknown,
  meta: unknown,
  lang: unknown,
): ServerResult<'exportTemplateFile'> {
  const [planInput, templateMeta, language] = parseServerArgs('exportTemplateFile', [plan, meta, lang]);
  // The page's fields stop at these lengths; whatever else sends longer text hears which field and by how
  // much, in the template format's own words (the same a too-long name in an imported file gets).
  const tooLong = (['name', 'description', 'author'] as const).flatMap((field) => {
    const length = templateMeta[field]?.length ?? 0;
    const max = TEMPLATE_LIMITS[field];
    return length > max ? [{ path: field, message: templateMessages.tooLong(max, length)[language] }] : [];
  });
  if (tooLong.length > 0) return { ok: false, problems: tooLong };
  const parsed = parsePlan(planInput, { lang: language });
  if (!parsed.ok) return { ok: false, problems: json_(planProblemsIn_(planInput, language)) };
  const name = templateMeta.name?.trim() || parsed.plan.name;
  const author = templateMeta.author?.trim();
  const text = exportTemplate(parsed.plan, {
    name,
    description: templateMeta.description?.trim() ?? '',
    ...(author ? { author } : {}),
    language,
    createdAt: new Date().toISOString(),
  });
  // The file must read back: whatever the envelope refuses (a name too long...) is said now, not by
  // whoever receives it.
  const check = importTemplate(text);
  if (!check.ok)
    return { ok: false, problems: check.problems.map((p) => shownTemplateProblem_(p, language)) };
  return { ok: true, text };
}
