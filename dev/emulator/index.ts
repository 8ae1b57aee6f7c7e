/**
 * The offline Google Sheets emulator: Apps Script services over a HyperFormula workbook.
 *
 *   const emulator = createEmulator({ locale: 'fr_FR', today: new Date('2026-03-15T12:00:00Z') });
 *   const sheet = emulator.SpreadsheetApp.getActive().getActiveSheet();
 *   sheet.getRange('A1:B1').setValues([[2, '=A1*2']]);
 *   sheet.getRange('B1').getValue(); // 4
 *   emulator.calls.count('Range.setValues'); // 1
 *   const ctx = loadCodeJs(emulator.globals); // dist/Code.js runs against the emulator
 *
 * See dev/README.md for the API, the assumptions and what is not emulated.
 */
import { CallLog, serviceProxy, unwrap } from './calls';
import type { EmulatorContext } from './context';
import { customFunctionsFromCodeJs, type CustomFunction } from './customFunctions';
import { FormulaEngine } from './engine/formulaEngine';
import { appsScriptError, errors } from './errors';
import { quoteSheetName, columnToLetters } from './a1';
import type { SheetModel } from './model/sheetModel';
import { WorkbookModel } from './model/workbookModel';
import { RangeImpl } from './range';
import { dateToSerial, serialToDate } from './serial';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import { spreadsheetApp } from './spreadsheetApp';
import { scriptApp, session, utilities } from './services/basics';
import { CacheStore, cacheService } from './services/cache';
import { htmlService } from './services/html';
import { LockTable, lockService } from './services/lock';
import { PropertyStore, propertiesService } from './services/properties';
import { UiRecorder, ui as makeUi } from './services/ui';
import { isDateTimeFormat, effectiveFormat } from './cells';
import { sheetView, type SheetView } from './view/sheetView';
import { snapshotWorkbook, type WorkbookSnapshot } from './snapshot';
import { join } from 'node:path';

/**
 * The host Date, except that `new Date()`, `Date()` and `Date.now()` read the emulator's clock. A Proxy
 * rather than a subclass, so that every Date (the emulator's included) is `instanceof` it.
 */
function clockDate(now: () => number): DateConstructor {
  return new Proxy(Date, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new Date(now()).toString(),
    get: (target, prop, receiver) => (prop === 'now' ? () => now() : Reflect.get(target, prop, receiver)),
  });
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface EmulatorOptions {
  /** Spreadsheet locale (number display, date entry): 'en_US' (default) or 'fr_FR'... */
  locale?: string;
  /** Spreadsheet time zone (default 'Europe/Paris'). */
  timeZone?: string;
  /** Session.getScriptTimeZone(): the manifest's timeZone (default: appsscript.json's, Europe/Paris). */
  scriptTimeZone?: string;
  /** The emulator's clock: TODAY(), NOW(), cache expiry. Default: the real time at creation. */
  today?: Date | string;
  /**
   * Whether the clock runs from `today` at the pace of real time (the playground, where a person watches
   * "saved at 10:42" change) rather than staying where it was set (tests: reproducible). Default false.
   */
  runningClock?: boolean;
  /** Session.getActiveUserLocale() (default 'en'). */
  userLocale?: string;
  /** In 'NONE', any service call but building the add-on menu throws, as in an installed add-on's onOpen. */
  authMode?: AuthModeName;
  /** Custom functions by name, or the text of a built Code.js whose @customfunction functions to use. */
  customFunctions?: Record<string, CustomFunction> | { codeJs: string };
  /** Names of the sheets the spreadsheet starts with (default ['Sheet1']). */
  sheets?: string[];
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Where createHtmlOutputFromFile and createTemplateFromFile read <name>.html (default: dist/ of this repository). */
  htmlDir?: string;
  userEmail?: string;
}

/**
 * What a custom function may call: reads of the spreadsheet, Utilities, Session's locale and time
 * zone, the caches, the project's HTML files (HtmlService may generate HTML there, not show it). Writes (set*, insert*, clear*...), menus, properties and locks need authorization,
 * which custom functions do not have.
 */
const READ_ONLY_IN_CUSTOM_FUNCTION =
  /^(SpreadsheetApp\.(getActive|getActiveSpreadsheet|getActiveSheet|getActiveRange)|Spreadsheet\.(get\w+)|Sheet\.(get\w+|is\w+)|Range\.(get\w+|is\w+|offset)|Utilities\.\w+|Session\.(getActiveUserLocale|getScriptTimeZone)|CacheService\.\w+|Cache\.\w+|HtmlService\.createTemplateFromFile|HtmlTemplate\.getRawContent|Color\.\w+|RgbColor\.\w+)$/;

/** Services allowed while the script runs in AuthMode.NONE (an installed add-on's onOpen). */
const ALLOWED_IN_NONE = /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Ui\.createMenu|Menu\..*)$/;

export function createEmulator(options: EmulatorOptions = {}) {
  const log = new CallLog();
  let authMode: AuthModeName = options.authMode ?? 'LIMITED';
  let setAt = options.today === undefined ? new Date() : new Date(options.today);
  let offset = setAt.getTime() - Date.now();
  const currentTime = (): Date => (options.runningClock ? new Date(Date.now() + offset) : setAt);
  const workbook = new WorkbookModel({
    id: options.spreadsheetId ?? 'emulated-spreadsheet',
    name: options.spreadsheetName ?? 'Untitled spreadsheet',
    locale: options.locale ?? 'en_US',
    timeZone: options.timeZone ?? 'Europe/Paris',
  });
  const customFunctions = new Map<string, CustomFunction>();
  const initial =
    options.customFunctions && !('codeJs' in options.customFunctions) ? options.customFunctions : {};
  for (const [name, fn] of Object.entries(initial))
    customFunctions.set(name.toUpperCase(), fn as CustomFunction);

  // > 0 while a custom function runs: Sheets runs it without authorization, read-only.
  let customFunctionDepth = 0;
  const wrap = <T>(impl: object, className: string, describe?: () => string): T =>
    serviceProxy<T>(
      impl,
      className,
      log,
      (key) => {
        if (authMode === 'NONE' && !ALLOWED_IN_NONE.test(key)) {
          throw new Error(`${key} is not allowed in AuthMode.NONE (Sheets would drop the add-on menu)`);
        }
        if (customFunctionDepth > 0 && !READ_ONLY_IN_CUSTOM_FUNCTION.test(key)) {
          throw appsScriptError(`You do not have permission to call ${key.split('.')[1] ?? key}`);
        }
      },
      describe,
    );

  const sheets = new Map<SheetModel, GoogleAppsScript.Spreadsheet.Sheet>();
  // Assigned once the context exists (the spreadsheet needs the context, the context returns it).
  const spreadsheetRef: { proxy?: GoogleAppsScript.Spreadsheet.Spreadsheet } = {};

  const ctx: EmulatorContext = {
    log,
    engine: undefined as unknown as FormulaEngine,
    workbook,
    wrap,
    sheet: (model) => {
      let s = sheets.get(model);
      if (!s) {
        s = SheetImpl.create(ctx, model);
        sheets.set(model, s);
      }
      return s;
    },
    range: (model, row, column, numRows, numColumns) =>
      RangeImpl.create(ctx, model, row, column, numRows, numColumns),
    spreadsheet: () => {
      if (!spreadsheetRef.proxy) throw new Error('The spreadsheet is not ready.');
      return spreadsheetRef.proxy;
    },
    now: currentTime,
  };

  const engine: FormulaEngine = new FormulaEngine({
    locale: workbook.settings.locale,
    customFunctionNames: [...customFunctions.keys()],
    context: {
      customFunction: (name) => {
        const fn = customFunctions.get(name.toUpperCase());
        if (!fn) return undefined;
        return (...args: unknown[]): unknown => {
          customFunctionDepth += 1;
          try {
            // The call HyperFormula makes to size a spill is the emulator's, not a Sheets round trip.
            return engine.predicting ? log.uncounted(() => fn(...args)) : fn(...args);
          } finally {
            customFunctionDepth -= 1;
          }
        };
      },
      isDateCell: (hfId, row, col) => {
        const model = workbook.sheets.find((s) => s.hfId === hfId);
        return model ? isDateTimeFormat(model.cell(row + 1, col + 1)?.numberFormat) : false;
      },
      nowSerial: () => dateToSerial(currentTime(), workbook.settings.timeZone),
      locale: () => workbook.settings.locale,
      serialToDate: (serial) => serialToDate(serial, workbook.settings.timeZone),
      dateToSerial: (date) => dateToSerial(date, workbook.settings.timeZone),
    },
  });
  (ctx as { engine: FormulaEngine }).engine = engine;

  const { impl: spreadsheetImpl, proxy } = SpreadsheetImpl.create(ctx);
  spreadsheetRef.proxy = proxy;
  for (const name of options.sheets ?? ['Sheet1']) spreadsheetImpl._addSheet(name);
  workbook.active = workbook.sheets[0];

  const uiRecorder = new UiRecorder();
  const uiObject = makeUi(uiRecorder, wrap);
  const propertyStores = {
    document: new PropertyStore(),
    user: new PropertyStore(),
    script: new PropertyStore(),
  };
  const now = () => currentTime().getTime();
  const cacheStores = {
    document: new CacheStore(now),
    user: new CacheStore(now),
    script: new CacheStore(now),
  };
  const lockTable = new LockTable();

  const services = {
    SpreadsheetApp: spreadsheetApp(ctx, () => uiObject),
    PropertiesService: propertiesService(propertyStores, wrap),
    CacheService: cacheService(cacheStores, wrap),
    LockService: lockService(lockTable, wrap),
    HtmlService: htmlService(options.htmlDir ?? join(__dirname, '..', '..', 'dist'), wrap),
    Session: session(
      {
        userLocale: () => options.userLocale ?? 'en',
        timeZone: () => options.scriptTimeZone ?? 'Europe/Paris',
        email: options.userEmail ?? 'user@example.com',
      },
      wrap,
    ),
    Utilities: utilities(wrap),
    ScriptApp: scriptApp(() => authMode, wrap),
  };
  const logged: string[] = [];
  const globals: Record<string, unknown> = {
    ...services,
    Logger: { log: (...args: unknown[]) => (logged.push(args.map(String).join(' ')), undefined) },
    console,
    // Code.js in a vm context shares the emulator's Date, so `value instanceof Date` holds for the
    // Dates getValues() returns and custom functions receive, as in Apps Script's single realm; and
    // `new Date()` / `Date.now()` read the emulator's clock.
    Date: clockDate(() => currentTime().getTime()),
  };

  const namedExpressions = () =>
    new Map(
      [...workbook.namedRanges].map(([name, a]) => [
        name,
        `=${quoteSheetName(a.sheet.name)}!$${columnToLetters(a.column)}$${a.row}:$${columnToLetters(a.column + a.numColumns - 1)}$${a.row + a.numRows - 1}`,
      ]),
    );

  /** Adds custom functions after creation (HyperFormula is rebuilt from the current contents). */
  const registerCustomFunctions = (fns: Record<string, CustomFunction>) => {
    const fresh = Object.keys(fns)
      .map((n) => n.toUpperCase())
      .filter((n) => !customFunctions.has(n));
    for (const [name, fn] of Object.entries(fns)) customFunctions.set(name.toUpperCase(), fn);
    if (fresh.length === 0) return;
    const ids = engine.addCustomFunctionNames(fresh, workbook.sheets, namedExpressions());
    workbook.sheets.forEach((s, i) => {
      s.hfId = ids[i] ?? s.hfId;
    });
  };

  if (options.customFunctions && 'codeJs' in options.customFunctions) {
    registerCustomFunctions(
      customFunctionsFromCodeJs((options.customFunctions as { codeJs: string }).codeJs, globals),
    );
  }

  const modelOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet | string): SheetModel => {
    if (typeof sheet === 'string') {
      const m = workbook.sheetByName(sheet);
      if (!m) throw new Error(`No sheet named "${sheet}".`);
      return m;
    }
    const impl = unwrap(sheet);
    if (!(impl instanceof SheetImpl)) throw new Error('Expected a Sheet of this emulator.');
    return impl._model;
  };

  return {
    ...services,
    /** Pass to loadCodeJs so dist/Code.js runs against this emulator. */
    globals,
    /** Service calls counted by `Class.method`: count(key?), total, byMethod(), reset(). */
    calls: log,
    /** Menus, sidebars, dialogs and alerts; queue alert/prompt answers with ui.answer(...). */
    ui: uiRecorder,
    /** Lines written with Logger.log. */
    logged,
    /** Simulate another execution holding a lock: the returned function releases it. */
    locks: {
      holdDocumentLock: () => lockTable.holdBySomeoneElse('document'),
      holdScriptLock: () => lockTable.holdBySomeoneElse('script'),
      holdUserLock: () => lockTable.holdBySomeoneElse('user'),
    },
    properties: propertyStores,
    toasts: () => [...(spreadsheetImpl._toasts ?? [])],
    registerCustomFunctions,
    /** Registers the @customfunction functions of a Code.js text (loaded against these services). */
    registerCodeJs(code: string): Record<string, unknown> {
      const fns = customFunctionsFromCodeJs(code, globals);
      registerCustomFunctions(fns);
      return fns;
    },
    /** What a user sees on a sheet: displayed text, effective colours after conditional formatting. */
    view: (sheet: GoogleAppsScript.Spreadsheet.Sheet | string): SheetView =>
      log.uncounted(() => sheetView(ctx, modelOf(sheet))),
    /** The whole workbook as plain JSON. */
    snapshot: (): WorkbookSnapshot => log.uncounted(() => snapshotWorkbook(ctx, [...customFunctions.keys()])),
    /** Moves the clock (TODAY(), NOW(), cache expiry) and recalculates. */
    setToday: (date: Date | string) => {
      setAt = new Date(date);
      offset = setAt.getTime() - Date.now();
      engine.recompute();
    },
    setAuthMode: (mode: AuthModeName) => {
      authMode = mode;
    },
    /** The computed format Sheets would use for a cell (for tests of number-format inference). */
    effectiveNumberFormat: (sheet: GoogleAppsScript.Spreadsheet.Sheet | string, row: number, col: number) =>
      effectiveFormat(ctx, modelOf(sheet), row, col),
    errors,
  };
}

export type Emulator = ReturnType<typeof createEmulator>;
export { customFunctionsFromCodeJs };
export type { CustomFunction, SheetView, WorkbookSnapshot };
export type { CellView } from './view/sheetView';
