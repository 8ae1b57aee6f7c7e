import { type Lang, t } from '../core/i18n';
import { parsePlan } from '../core/plan/parse';
import type { PlanProblem } from '../core/plan/problems';
import { type KpiPlan, kpisOf } from '../core/plan/schema';
import { applyWorkbookPlan } from './apply';
import { type ExistingSheet, inspectSpreadsheet } from './apply/inspect';
import type { SpreadsheetServices } from './apply/services';
import { layoutContext } from './geometry';
import { SHEET_NAMES } from './labels';
import type { LayoutContext } from './layoutContext';
import { libraryLayout } from './layouts/library';
import { objectivesLayout } from './layouts/objectives';
import { trackingLayout } from './layouts/tracking';
import { readTrackedValues } from './read/tracking';
import { chooseSheetNames } from './sheetNames';
import type { SheetRole, SheetSpec, WorkbookPlan } from './types';

// Plan in, sheets out: validate the whole plan (nothing written when it is invalid), look at the
// spreadsheet once, read the old Tracking values once, render every layout as data, then apply.

/** A layout contributed by another module (the Scorecard), given the same context as ours. */
export type ExtraLayout = (ctx: LayoutContext) => SheetSpec;

export interface BuildOptions {
  readonly app: SpreadsheetServices;
  /** Language for messages when the plan does not say (the user's locale). */
  readonly lang?: Lang;
  /** The Scorecard layout, when available. */
  readonly scorecard?: ExtraLayout;
}

export type BuildSummary =
  | {
      readonly ok: true;
      readonly sheets: readonly string[];
      readonly created: readonly string[];
      readonly kpiCount: number;
      readonly periodCount: number;
      /** Tracked values put back in place after the rebuild. */
      readonly restoredValues: number;
      /** Tracked values kept in the archive at the bottom of Tracking. */
      readonly archivedValues: number;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

const WARNINGS = {
  beside: {
    fr: "Une feuille « {default} » existe déjà et n'a pas été créée par KPI Kit : elle est laissée intacte, la feuille est construite à côté sous le nom « {name} ».",
    en: 'A sheet "{default}" already exists and was not created by KPI Kit: it is left untouched and the sheet was built beside it as "{name}".',
  },
  archived: {
    fr: "{count} valeur(s) saisie(s) pour des KPI ou des périodes retirés du plan sont conservées dans l'archive en bas de la feuille « {sheet} ».",
    en: '{count} value(s) typed for KPIs or periods removed from the plan are kept in the archive at the bottom of the "{sheet}" sheet.',
  },
  ignored: {
    fr: 'Champs inconnus de cette version, ignorés : {fields}.',
    en: 'Fields this version does not know, ignored: {fields}.',
  },
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** Renders a valid plan as a WorkbookPlan, given what the spreadsheet already holds. Pure. */
export function renderWorkbook(
  plan: KpiPlan,
  existing: readonly { name: string; role?: SheetRole }[],
  trackedGrid: readonly (readonly unknown[])[] | undefined,
  scorecard?: ExtraLayout,
): {
  workbook: WorkbookPlan;
  ctx: LayoutContext;
  warnings: string[];
  restored: number;
  archived: number;
} {
  const lang = plan.language;
  const roles: SheetRole[] = scorecard ? ['objectives', 'tracking', 'scorecard'] : ['objectives', 'tracking'];
  const { names, beside } = chooseSheetNames(roles, lang, existing);
  const ctx = layoutContext(plan, names);
  const tracking = trackingLayout(ctx, trackedGrid ? readTrackedValues(trackedGrid) : new Map());
  const sheets = [objectivesLayout(ctx), tracking.sheet, ...(scorecard ? [scorecard(ctx)] : [])];
  const warnings = beside.map((role) =>
    fill(t(WARNINGS.beside, lang), { default: t(SHEET_NAMES[role], lang), name: names[role] }),
  );
  if (tracking.archived > 0)
    warnings.push(fill(t(WARNINGS.archived, lang), { count: tracking.archived, sheet: names.tracking }));
  return {
    workbook: { sheets, activeSheet: sheets[sheets.length - 1]?.name },
    ctx,
    warnings,
    restored: tracking.restored,
    archived: tracking.archived,
  };
}

/** The Tracking sheet KPI Kit made earlier, read in one call, or undefined. */
function readOldTracking(existing: readonly ExistingSheet[]): unknown[][] | undefined {
  const old = existing.find((e) => e.role === 'tracking');
  return old ? old.sheet.getDataRange().getValues() : undefined;
}

/** Validates the plan, then builds (or rebuilds) the workbook in the spreadsheet. */
export function buildWorkbookInto(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  input: unknown,
  options: BuildOptions,
): BuildSummary {
  const parsed = parsePlan(input, options.lang ? { lang: options.lang } : {});
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const plan = parsed.plan;
  const existing = inspectSpreadsheet(spreadsheet);
  const rendered = renderWorkbook(plan, existing, readOldTracking(existing), options.scorecard);
  const applied = applyWorkbookPlan(spreadsheet, rendered.workbook, existing, options.app);
  const warnings = [...rendered.warnings, ...applied.warnings];
  if (parsed.ignored.length > 0)
    warnings.push(fill(t(WARNINGS.ignored, plan.language), { fields: parsed.ignored.join(', ') }));
  return {
    ok: true,
    sheets: applied.sheets,
    created: applied.created,
    kpiCount: kpisOf(plan).length,
    periodCount: rendered.ctx.periods.length,
    restoredValues: rendered.restored,
    archivedValues: rendered.archived,
    warnings,
  };
}

/** Writes the KPI library reference sheet (beside a foreign sheet of the same name, like the others). */
export function insertLibrarySheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  app: SpreadsheetServices,
): { ok: true; sheet: string; warnings: string[] } {
  const existing = inspectSpreadsheet(spreadsheet);
  const { names, beside } = chooseSheetNames(['library'], lang, existing);
  const sheet = libraryLayout(names.library, lang);
  applyWorkbookPlan(spreadsheet, { sheets: [sheet], activeSheet: sheet.name }, existing, app);
  const warnings = beside.map(() =>
    fill(t(WARNINGS.beside, lang), { default: t(SHEET_NAMES.library, lang), name: names.library }),
  );
  return { ok: true, sheet: names.library, warnings };
}
