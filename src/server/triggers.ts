import { type Lang, languageFromLocale, t } from '../core/i18n';
import { MENU_ITEMS, SIDEBAR_TITLE } from './menu';

/**
 * The user's language, when the authorization mode lets us ask. In AuthMode.NONE (an installed add-on
 * not yet used in this document) any service call other than building the menu throws and the menu
 * disappears, so we do not even try and fall back to English.
 */
function menuLanguage_(e: GoogleAppsScript.Events.SheetsOnOpen | undefined): Lang {
  if (!e || e.authMode === ScriptApp.AuthMode.NONE) return 'en';
  try {
    return languageFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/**
 * Adds the KPI Kit menu under Extensions. Runs in every authorization mode, including NONE.
 * @param e the open event Sheets passes (absent when run from the script editor)
 */
export function onOpen(e: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = menuLanguage_(e);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(t(item.label, lang), item.functionName);
  menu.addToUi();
}

/**
 * Runs when the add-on is installed from the Marketplace: builds the menu right away so the user
 * does not have to reload the spreadsheet.
 * @param e the install event
 */
export function onInstall(e: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Opens the KPI wizard in the sidebar. */
export function showSidebar(): void {
  const lang = languageFromLocale(Session.getActiveUserLocale());
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(SIDEBAR_TITLE, lang));
  SpreadsheetApp.getUi().showSidebar(html);
}
