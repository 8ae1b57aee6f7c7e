// Minimal, strict stand-ins for the Apps Script services, for loading dist/Code.js in a bare `vm`
// context. Any member that is not stubbed throws, and in AuthMode.NONE every service call except
// building the add-on menu throws, as it does in Sheets, where it silently kills the menu.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface RecordedMenu {
  readonly kind: 'addon';
  readonly items: Array<{ label: string; functionName: string }>;
  addedToUi: boolean;
}

export interface Stubs {
  readonly globals: Record<string, unknown>;
  /** Every service member touched, as `Service.member`, in order. */
  readonly calls: string[];
  readonly menus: RecordedMenu[];
  readonly sidebars: Array<{ file: string; title: string }>;
}

const ALLOWED_IN_NONE = new Set(['ScriptApp.AuthMode', 'SpreadsheetApp.getUi']);

export interface StubOptions {
  readonly authMode: AuthModeName;
  /** Session.getActiveUserLocale() (default "en"). */
  readonly locale?: string;
  /**
   * SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale() (default "en_US"); null makes
   * getActiveSpreadsheet() throw, as it does when no spreadsheet is at hand.
   */
  readonly spreadsheetLocale?: string | null;
  /**
   * getActiveSpreadsheet().getSpreadsheetTimeZone(); when absent that call throws, as without access,
   * and the custom functions read dates in the script's zone (the host's, here).
   */
  readonly spreadsheetTimeZone?: string;
  /** Where HtmlService.createTemplateFromFile reads <name>.html (default: dist/). */
  readonly htmlDir?: string;
}

export function createStubs(options: StubOptions): Stubs {
  const calls: string[] = [];
  const menus: RecordedMenu[] = [];
  const sidebars: Array<{ file: string; title: string }> = [];

  const service = (name: string, members: Record<string, unknown>): unknown =>
    new Proxy(members, {
      get(target, prop) {
        if (typeof prop === 'symbol') return undefined;
        const key = `${name}.${prop}`;
        calls.push(key);
        if (options.authMode === 'NONE' && !ALLOWED_IN_NONE.has(key)) {
          throw new Error(`${key} is not allowed in AuthMode.NONE (Sheets would drop the add-on menu)`);
        }
        if (!(prop in target)) throw new Error(`${key} is not stubbed`);
        return target[prop];
      },
    });

  const ui = {
    createAddonMenu() {
      const menu: RecordedMenu = { kind: 'addon', items: [], addedToUi: false };
      menus.push(menu);
      const api = {
        addItem(label: string, functionName: string) {
          menu.items.push({ label, functionName });
          return api;
        },
        addSeparator() {
          return api;
        },
        addToUi() {
          menu.addedToUi = true;
        },
      };
      return api;
    },
    showSidebar(output: { file: string; title: string }) {
      sidebars.push(output);
    },
  };

  const globals: Record<string, unknown> = {
    ScriptApp: service('ScriptApp', {
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
    }),
    SpreadsheetApp: service('SpreadsheetApp', {
      getUi: () => ui,
      getActiveSpreadsheet: () => {
        if (options.spreadsheetLocale === null) throw new Error('No active spreadsheet');
        return service('Spreadsheet', {
          getSpreadsheetLocale: () => options.spreadsheetLocale ?? 'en_US',
          ...(options.spreadsheetTimeZone !== undefined
            ? { getSpreadsheetTimeZone: () => options.spreadsheetTimeZone }
            : {}),
        });
      },
    }),
    Session: service('Session', { getActiveUserLocale: () => options.locale ?? 'en' }),
    HtmlService: service('HtmlService', {
      // The project's HTML files as Apps Script keeps them: the call is counted, the template is local.
      createTemplateFromFile: (file: string) => {
        const path = join(options.htmlDir ?? join(__dirname, '..', '..', 'dist'), `${file}.html`);
        if (!existsSync(path)) throw new Error(`No HTML file named ${file} was found.`);
        const raw = readFileSync(path, 'utf8');
        return { getRawContent: () => raw };
      },
      createHtmlOutputFromFile: (file: string) => {
        const output = {
          file,
          title: '',
          setTitle(title: string) {
            output.title = title;
            return output;
          },
        };
        return output;
      },
    }),
    PropertiesService: service('PropertiesService', {}),
    CacheService: service('CacheService', {}),
    // One execution at a time here, so the document lock is always free (the emulator models contention).
    LockService: service('LockService', {
      getDocumentLock: () => ({
        tryLock: () => true,
        waitLock: () => undefined,
        releaseLock: () => undefined,
      }),
    }),
    UrlFetchApp: service('UrlFetchApp', {}),
    Utilities: service('Utilities', {}),
    Logger: { log: () => undefined },
    console,
  };
  return { globals, calls, menus, sidebars };
}
