import { type Lang, languageFromLocale } from '../core/i18n';
import { listKpis } from '../core/kpiLibrary';
import { parsePlan } from '../core/plan';
import { parseServerArgs, type ServerResult } from '../core/rpc/api';
import { getStarterPlan as starterPlanFor, starterPreviews } from '../core/templates/starters';
import { buildWorkbook, loadPlanFromWorkbook } from './buildWorkbook';
import * as drafts from './draftStore';

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
  return { language: languageFromLocale(Session.getActiveUserLocale()), version: __KPI_KIT_VERSION__ };
}

/** The draft saved in this document, or null. */
export function loadDraft(): ServerResult<'loadDraft'> {
  return drafts.loadDraft(PropertiesService.getDocumentProperties());
}

/** Saves the wizard's draft in this document (validated, chunked under the 9 KB per value limit). */
export function saveDraft(draft: unknown): ServerResult<'saveDraft'> {
  const [valid] = parseServerArgs('saveDraft', [draft]);
  return drafts.saveDraft(PropertiesService.getDocumentProperties(), valid);
}

/** Forgets the saved draft (after "start a new plan"). */
export function clearDraft(): ServerResult<'clearDraft'> {
  drafts.clearDraft(PropertiesService.getDocumentProperties());
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

/** The library's definitions and formulas, by KPI id, for the wizard's picker (see scripts/lib/build.ts). */
export function getKpiTexts(): ServerResult<'getKpiTexts'> {
  return Object.fromEntries(listKpis().map((k) => [k.id, { definition: k.definition, formula: k.formula }]));
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
