import { buildRule, CF_METADATA_KEY, ownedRangesOf, userRules } from './apply/conditionalFormats';
import { composeGrid, indexRuns, widthRuns } from './apply/grid';
import type { ExistingSheet } from './apply/inspect';
import type { SpreadsheetServices } from './apply/services';
import { validationBuilder } from './apply/validations';
import { ROLE_METADATA_KEY, type SheetSpec, type WorkbookPlan } from './types';

// The one applier: writes a WorkbookPlan to a spreadsheet (SpreadsheetApp or the emulator) in batched
// calls. Per sheet: one getRange over the whole grid and one call per cell property (values, number
// formats, weights, styles, colours, backgrounds, alignments, wraps, notes, validations), column widths
// by runs, frozen panes, one read and one write of the conditional-format rules, protection, named
// ranges. No call depends on the number of rows or columns, only on the layout's shape.
//
// Safety: a sheet is written only if it is new or KPI Kit created it (role metadata). The caller picks
// free names (see ./sheetNames.ts); a foreign sheet with a planned name is refused here as a last guard.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ApplyResult {
  /** Names of the sheets written, in plan order. */
  readonly sheets: readonly string[];
  /** Names of the sheets created by this apply (the others were KPI Kit sheets rewritten in place). */
  readonly created: readonly string[];
}

function prepareSheet(
  spreadsheet: Spreadsheet,
  spec: SheetSpec,
  existing: readonly ExistingSheet[],
  nextIndex: () => number,
): { sheet: Sheet; found?: ExistingSheet } {
  const found = existing.find((e) => e.name === spec.name);
  if (found && found.role === undefined)
    throw new Error(`KPI Kit did not create the sheet "${spec.name}": it will not write to it.`);
  if (found) {
    const sheet = found.sheet;
    const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    all.clear();
    all.clearDataValidations();
    all.clearNote();
    sheet.showRows(1, sheet.getMaxRows());
    sheet.showColumns(1, sheet.getMaxColumns());
    if (found.role !== spec.role) found.metadata.get(ROLE_METADATA_KEY)?.item.setValue(spec.role);
    return { sheet, found };
  }
  const sheet = spreadsheet.insertSheet(spec.name, nextIndex());
  sheet.addDeveloperMetadata(ROLE_METADATA_KEY, spec.role);
  return { sheet };
}

function writeSheet(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  spec: SheetSpec,
  found: ExistingSheet | undefined,
  app: SpreadsheetServices,
): void {
  const grid = composeGrid(spec);
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows < grid.rows) sheet.insertRowsAfter(maxRows, grid.rows - maxRows);
  if (maxColumns < grid.columns) sheet.insertColumnsAfter(maxColumns, grid.columns - maxColumns);

  const rangeOf = (sheetName: string, a1: string) =>
    sheetName === spec.name
      ? sheet.getRange(a1)
      : spreadsheet.getRange(`'${sheetName.replace(/'/g, "''")}'!${a1}`);
  const range = sheet.getRange(1, 1, grid.rows, grid.columns);
  range.setValues(grid.values);
  const used = grid.used;
  // A rewritten sheet was cleared and a new one is blank: properties left at their defaults need no call.
  if (used.has('numberFormats')) range.setNumberFormats(grid.numberFormats);
  if (used.has('fontWeights')) range.setFontWeights(grid.fontWeights);
  if (used.has('fontStyles')) range.setFontStyles(grid.fontStyles);
  if (used.has('fontColors')) range.setFontColors(grid.fontColors as string[][]);
  if (used.has('backgrounds')) range.setBackgrounds(grid.backgrounds as string[][]);
  if (used.has('alignments')) range.setHorizontalAlignments(grid.alignments);
  if (used.has('wraps')) range.setWraps(grid.wraps);
  if (used.has('notes')) range.setNotes(grid.notes);
  if (used.has('validations')) {
    const build = validationBuilder(app, rangeOf);
    range.setDataValidations(
      grid.validations.map((row) => row.map(build)) as GoogleAppsScript.Spreadsheet.DataValidation[][],
    );
  }

  for (const run of widthRuns(spec.columnWidths ?? []))
    sheet.setColumnWidths(run.start, run.count, run.width);
  for (const run of indexRuns(spec.hiddenColumns ?? [])) sheet.hideColumns(run.start, run.count);
  for (const run of indexRuns(spec.hiddenRows ?? [])) sheet.hideRows(run.start, run.count);
  if (found || spec.frozenRows) sheet.setFrozenRows(spec.frozenRows ?? 0);
  if (found || spec.frozenColumns) sheet.setFrozenColumns(spec.frozenColumns ?? 0);
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);

  const rules = spec.conditionalFormats ?? [];
  const previousOwned = found?.metadata.get(CF_METADATA_KEY);
  if (rules.length > 0 || previousOwned) {
    const owned = new Set<string>(previousOwned ? (JSON.parse(previousOwned.value) as string[]) : []);
    const kept = found ? userRules(sheet, owned) : [];
    const ours = rules.map((rule) => buildRule(rule, app, (a1) => sheet.getRange(a1)));
    sheet.setConditionalFormatRules([...kept, ...ours]);
    const record = JSON.stringify(ownedRangesOf(rules));
    if (previousOwned) previousOwned.item.setValue(record);
    else sheet.addDeveloperMetadata(CF_METADATA_KEY, record);
  }

  if (spec.protection) {
    // Never weaken a protection someone set on the sheet: only add ours when there is none.
    const current = found ? sheet.getProtections(app.ProtectionType.SHEET) : [];
    if (current.length === 0) {
      const protection = sheet.protect().setDescription(spec.protection.description).setWarningOnly(true);
      const open = spec.protection.unprotected ?? [];
      if (open.length > 0) protection.setUnprotectedRanges(open.map((a1) => sheet.getRange(a1)));
    }
  }
  for (const named of spec.namedRanges ?? []) spreadsheet.setNamedRange(named.name, sheet.getRange(named.a1));
  for (const { key, value } of spec.metadata ?? []) {
    const current = found?.metadata.get(key);
    if (current) current.item.setValue(value);
    else sheet.addDeveloperMetadata(key, value);
  }
}

/**
 * Writes every sheet of the plan. `existing` is what inspectSpreadsheet() saw before the build (the
 * caller reads it once, to pick names and read old values).
 */
export function applyWorkbookPlan(
  spreadsheet: Spreadsheet,
  plan: WorkbookPlan,
  existing: readonly ExistingSheet[],
  app: SpreadsheetServices,
): ApplyResult {
  let count = existing.length;
  const created: string[] = [];
  const written = new Map<string, Sheet>();
  for (const spec of plan.sheets) {
    const { sheet, found } = prepareSheet(spreadsheet, spec, existing, () => count++);
    if (!found) created.push(spec.name);
    written.set(spec.name, sheet);
  }
  // Sheets first, content second: a validation or formula may point at a sheet created later in the plan.
  for (const spec of plan.sheets) {
    const sheet = written.get(spec.name) as Sheet;
    writeSheet(
      spreadsheet,
      sheet,
      spec,
      existing.find((e) => e.name === spec.name),
      app,
    );
  }
  const active = plan.activeSheet === undefined ? undefined : written.get(plan.activeSheet);
  if (active) spreadsheet.setActiveSheet(active);
  return { sheets: plan.sheets.map((s) => s.name), created };
}
