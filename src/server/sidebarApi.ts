import { type Lang, languageFromLocale } from '../core/i18n';
import { parsePlan } from '../core/plan';
import { parseServerArgs, type ServerResult } from '../core/rpc/api';
import { readPlanFromWorkbook } from '../workbook/read/readPlan';
import { buildWorkbook } from './buildWorkbook';
import * as drafts from './draftStore';

// The functions the sidebar calls through google.script.run. Each one parses its arguments with the
// schemas of src/core/rpc/api.ts before touching anything: the page is a client, not a trusted caller.

declare const __KPI_KIT_VERSION__: string;

export type SidebarContext = ServerResult<'getSidebarContext'>;

// buildWorkbook is the builder's entry point; this line fails to compile if its answer drifts from what
// the RPC declaration promises the sidebar.
const _buildWorkbookAnswersAsDeclared: (plan: unknown) => ServerResult<'buildWorkbook'> = buildWorkbook;
void _buildWorkbookAnswersAsDeclared;

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

/** The plan stated by this workbook's Objectives sheet (the one KPI Kit built), for the wizard to edit. */
export function loadPlanFromWorkbook(): ServerResult<'loadPlanFromWorkbook'> {
  const read = readPlanFromWorkbook(SpreadsheetApp.getActiveSpreadsheet(), userLanguage_());
  return read.ok ? { ok: true, plan: json_(read.plan) } : { ok: false, problems: json_(read.problems) };
}

/** Every problem the plan schema finds in a plan, with its path; [] when it can be built. */
export function checkPlan(plan: unknown): ServerResult<'checkPlan'> {
  parseServerArgs('checkPlan', [plan]);
  const parsed = parsePlan(plan, { lang: userLanguage_() });
  return parsed.ok ? [] : json_(parsed.problems);
}
