import type { BuildSummary } from '../workbook/build';
import type { ReadPlanResult } from '../workbook/read/readPlan';
import { parseServerArgs, type ServerResult } from '../core/rpc/api';
import { lazyModule } from './lazyModule';
import type * as Workbook from './workbook/module';

// Entry points of the workbook builder: the sidebar's buildWorkbook(plan), and two menu items. The
// builder (layouts, applier, readers of built sheets: ~70 KB) is loaded from dist/Workbook.html on the
// first call of an execution (./lazyModule.ts), so custom functions do not load it with Code.js.

const workbook_ = lazyModule<typeof Workbook>('Workbook', 'KpiKitWorkbook_');

/**
 * Builds (or rebuilds) the Objectives, Tracking and Scorecard sheets from a KPI plan. Called by the sidebar.
 * @param plan the KPI plan, as an object or as its JSON text
 * @return {ok, sheets, kpiCount, warnings, ...} or {ok: false, problems: [{path, message}]}
 */
export function buildWorkbook(plan: unknown): BuildSummary {
  return workbook_().buildWorkbook(plan);
}

/** Menu: rebuilds every sheet from the plan as the Objectives sheet now states it. */
export function rebuildFromWorkbook(): void {
  workbook_().rebuildFromWorkbook();
}

/** Menu: inserts (or refreshes) the KPI library reference sheet, in the user's language. */
export function insertKpiLibrarySheet(): void {
  workbook_().insertKpiLibrarySheet();
}

/**
 * The plan review: what a KPI consultant says of the whole plan, in the plan's language; a plan that
 * does not validate gets `ok: false` and the problems checkPlan gives. Called by the sidebar's Review
 * step. It lives with the builder (which writes the same review in the Objectives sheet): its words in
 * two languages are ~13 KB that custom functions must not load.
 * @param plan the KPI plan, as an object
 * @return {ok: true, findings: [{code, severity, path, message, fix}]} or {ok: false, problems}
 */
export function reviewPlan(plan: unknown): ServerResult<'reviewPlan'> {
  parseServerArgs('reviewPlan', [plan]);
  return workbook_().reviewPlan(plan);
}

/**
 * Reads the plan back from this workbook's Objectives sheet, for the sidebar to edit. Called by the sidebar.
 * @return {ok: true, plan, ignored} or {ok: false, problems: [{path, message}]}
 */
export function loadPlanFromWorkbook(): ReadPlanResult {
  return workbook_().loadPlanFromWorkbook();
}
