import { languageFromLocale } from '../core/i18n';
import { parseServerArgs, type ServerResult } from '../core/rpc/api';
import * as drafts from './draftStore';

// The functions the sidebar calls through google.script.run. Each one parses its arguments with the
// schemas of src/core/rpc/api.ts before touching anything: the page is a client, not a trusted caller.

declare const __KPI_KIT_VERSION__: string;

export type SidebarContext = ServerResult<'getSidebarContext'>;

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
