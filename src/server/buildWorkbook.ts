import type { BuildSummary } from '../workbook/build';
import type { ReadPlanResult } from '../workbook/read/readPlan';
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
 * Reads the plan back from this workbook's Objectives sheet, for the sidebar to edit. Called by the sidebar.
 * @return {ok: true, plan, ignored} or {ok: false, problems: [{path, message}]}
 */
export function loadPlanFromWorkbook(): ReadPlanResult {
  return workbook_().loadPlanFromWorkbook();
}
