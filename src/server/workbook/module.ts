import { calendarDateOfLocal } from '../../core/calendarDate';
import { type Lang, languageFromLocale } from '../../core/i18n';
import type { DayOf } from '../../core/zonedDay';
import { formatProblem } from '../../core/plan/problems';
import { type BuildSummary, buildWorkbookInto, insertLibrarySheet } from '../../workbook/build';
import { type ReadPlanResult, readPlanFromWorkbook } from '../../workbook/read/readPlan';
import { scorecardLayout } from '../../workbook/layouts/scorecard';
import { withDocumentLock } from '../lock';
import { rezoneFrom, spreadsheetTimeZone } from '../spreadsheetZone';

// The workbook builder's entry points, as ../buildWorkbook.ts's stand-ins call them once this module is
// loaded (dist/Workbook.html, evaluated on the first build of an execution). Thin: validation, layout and
// writing live in src/workbook; here are only the lock and the user's language.

function userLanguage_(): Lang {
  try {
    return languageFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** The day a date cell shows, on the spreadsheet's clock (one call for its time zone). */
function spreadsheetDays_(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): DayOf {
  const rezone = rezoneFrom(spreadsheetTimeZone(() => spreadsheet));
  return (date) => calendarDateOfLocal(rezone ? rezone(date) : date);
}

/** JSON-only (google.script.run drops anything else): the summary as plain data. */
function toJson_<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const STOPPED = {
  fr: (detail: string) =>
    `La construction s’est interrompue (${detail}). Les valeurs saisies dans le suivi sont conservées\u00a0: relancez la construction.`,
  en: (detail: string) =>
    `The build stopped (${detail}). Values typed in Tracking are kept: run the build again.`,
};

function build_(plan: unknown, lang: Lang): BuildSummary {
  try {
    const result = withDocumentLock(lang, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      return buildWorkbookInto(spreadsheet, plan, {
        app: SpreadsheetApp,
        lang,
        scorecard: (ctx) => scorecardLayout(ctx.plan, ctx),
        dayOf: () => spreadsheetDays_(spreadsheet),
      });
    });
    return toJson_(result);
  } catch (error) {
    // A service failure (quota, timeout) after validation: the sidebar gets an answer it can show
    // rather than a bare exception, and a rebuild is safe (it never clears typed values up front).
    const message = (error as { message?: unknown } | null)?.message;
    const detail = typeof message === 'string' ? message : String(error);
    return { ok: false, problems: [{ path: '', message: STOPPED[lang](detail) }] };
  }
}

/**
 * Builds (or rebuilds) the Objectives, Tracking and Scorecard sheets from a KPI plan. Called by the sidebar.
 * @param plan the KPI plan, as an object or as its JSON text
 * @return {ok, sheets, kpiCount, warnings, ...} or {ok: false, problems: [{path, message}]}
 */
export function buildWorkbook(plan: unknown): BuildSummary {
  return build_(plan, planLanguage_(plan) ?? userLanguage_());
}

/** The plan's own language, read without a service call (each call is a round trip). */
function planLanguage_(plan: unknown): Lang | undefined {
  let value = plan;
  if (typeof plan === 'string') {
    try {
      value = JSON.parse(plan);
    } catch {
      return undefined;
    }
  }
  const lang =
    typeof value === 'object' && value !== null ? (value as { language?: unknown }).language : undefined;
  return lang === 'fr' || lang === 'en' ? lang : undefined;
}

const DONE = {
  fr: (n: number) => `Tableau de bord reconstruit\u00a0: ${n} KPI.`,
  en: (n: number) => `Scorecard rebuilt: ${n} KPIs.`,
};
const FAILED = {
  fr: 'Le classeur ne peut pas être reconstruit\u00a0:',
  en: 'The workbook cannot be rebuilt:',
};

/** Menu: rebuilds every sheet from the plan as the Objectives sheet now states it. */
export function rebuildFromWorkbook(): void {
  const lang = userLanguage_();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const read = readPlanFromWorkbook(spreadsheet, lang);
  const result = read.ok ? build_(read.plan, lang) : read;
  if (result.ok) {
    spreadsheet.toast(
      [DONE[lang](result.kpiCount), ...result.report, ...result.warnings].join('\n'),
      'KPI Kit',
      10,
    );
  } else {
    SpreadsheetApp.getUi().alert([FAILED[lang], ...result.problems.map(formatProblem)].join('\n'));
  }
}

/** Menu: inserts (or refreshes) the KPI library reference sheet, in the user's language. */
export function insertKpiLibrarySheet(): void {
  const lang = userLanguage_();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const result = withDocumentLock(lang, () => insertLibrarySheet(spreadsheet, lang, SpreadsheetApp));
  if (result.ok) {
    if (result.warnings.length > 0) spreadsheet.toast(result.warnings.join('\n'), 'KPI Kit', 10);
  } else {
    SpreadsheetApp.getUi().alert(result.problems.map(formatProblem).join('\n'));
  }
}

/**
 * Reads the plan back from this workbook's Objectives sheet, for the sidebar to edit. Called by the sidebar.
 * @return {ok: true, plan, ignored} or {ok: false, problems: [{path, message}]}
 */
export function loadPlanFromWorkbook(): ReadPlanResult {
  return toJson_(readPlanFromWorkbook(SpreadsheetApp.getActiveSpreadsheet(), userLanguage_()));
}
