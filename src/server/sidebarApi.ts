import { type Lang, languageFromLocale } from '../core/i18n';

/** What the sidebar needs to draw its first screen. JSON only: google.script.run drops Dates. */
export interface SidebarContext {
  readonly language: Lang;
  readonly version: string;
}

declare const __KPI_KIT_VERSION__: string;

/** Called by the sidebar when it opens. */
export function getSidebarContext(): SidebarContext {
  return { language: languageFromLocale(Session.getActiveUserLocale()), version: __KPI_KIT_VERSION__ };
}
