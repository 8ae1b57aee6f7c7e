import { buildRule, CF_METADATA_KEY, ownedRangesOf, userRules } from './conditionalFormats';
import {
  composeGrid,
  indexRuns,
  type SheetGrid,
  type SheetsValue,
  toSheetsValue,
  widthRuns,
} from './cellBatches';
import type { ExistingSheet } from '../read/existingSheets';
import { plainRange } from '../a1';
import type { SpreadsheetServices } from './services';
import { validationBuilder } from './validations';
import { applyCharts } from './charts';
import { ROLE_METADATA_KEY, type SheetSpec, type UserChoiceSpec, type WorkbookPlan } from '../spec';

/** The width Sheets gives every column of a new sheet, in pixels. */
const NEW_SHEET_COLUMN_WIDTH = 100;

// The one applier: writes a WorkbookPlan to a spreadsheet (SpreadsheetApp or the emulator) in batched
// calls. Per sheet: one getRange over the whole grid and one call per cell property (values, number
// formats, weights, styles, colours, backgrounds, alignments, wraps, notes, validations), column widths
// by runs, frozen panes, one read and one write of the conditional-format rules, protection, named
// ranges. No call depends on the number of rows or columns, only on the layout's shape.
//
// Safety: a sheet is written only if it is new or KPI Kit created it (role metadata). The caller picks
// free names (see ../sheetNames.ts); a foreign sheet with a planned name is refused here as a last guard.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ApplyResult {
  /** Names of the sheets written, in plan order. */
  readonly sheets: readonly string[];
  /** Names of the sheets created by this apply (the others were KPI Kit sheets rewritten in place). */
  readonly created: readonly string[];
  /** What could not be done exactly as planned, without failing the build. */
  readonly warnings: readonly string[];
}

interface Size {
  readonly rows: number;
  readonly columns: number;
}

interface Prepared {
  readonly sheet: Sheet;
  readonly found?: ExistingSheet;
  readonly size: Size;
  /** What each of the spec's user choices held before this build (rebuilds only), in spec order. */
  readonly choices?: readonly unknown[];
}

function prepareSheet(
  spreadsheet: Spreadsheet,
  spec: SheetSpec,
  existing: readonly ExistingSheet[],
  nextIndex: () => number,
  sizes: ReadonlyMap<string, Size>,
): Prepared {
  const found = existing.find((e) => e.name === spec.name);
  if (found) {
    const sheet = found.sheet;
    // The build read the sheet's size already when it read the sheet back; else ask.
    const size = sizes.get(spec.name) ?? { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    // Read before formats are cleared.
    const choices = readUserChoices(sheet, spec.userChoices ?? []);
    if (found.role !== spec.role) found.metadata.get(ROLE_METADATA_KEY)?.item.setValue(spec.role);
    return { sheet, found, size, choices };
  }
  const sheet = spreadsheet.insertSheet(spec.name, nextIndex());
  sheet.addDeveloperMetadata(ROLE_METADATA_KEY, spec.role);
  return { sheet, size: { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() } };
}

/** What each user choice's cell holds, in spec order: one call for the box around them all. */
function readUserChoices(sheet: Sheet, choices: readonly UserChoiceSpec[]): unknown[] {
  if (choices.length === 0) return [];
  const top = Math.min(...choices.map((c) => c.row));
  const left = Math.min(...choices.map((c) => c.column));
  const bottom = Math.max(...choices.map((c) => c.row));
  const right = Math.max(...choices.map((c) => c.column));
  const box = sheet.getRange(top, left, bottom - top + 1, right - left + 1).getValues();
  return choices.map((c) => box[c.row - top]?.[c.column - left]);
}

/** The value to write back for a user choice, or undefined to write the layout's. */
function keptValue(choice: UserChoiceSpec, before: unknown): SheetsValue | undefined {
  if (before === undefined || before === '') return undefined;
  if ('keepNumber' in choice) {
    const { above, atMost } = choice.keepNumber;
    return typeof before === 'number' && before > above && before <= atMost ? before : undefined;
  }
  const kept = choice.keep[String(before)];
  // Written as the layout writes text, so the choice still matches the labels it was picked from.
  return kept === undefined ? undefined : toSheetsValue(kept);
}

/** Puts back each user choice whose old value the spec still accepts (see SheetSpec.userChoices). */
function keepUserChoices(grid: SheetGrid, spec: SheetSpec, old: readonly unknown[] | undefined): void {
  (spec.userChoices ?? []).forEach((choice, i) => {
    const kept = keptValue(choice, old?.[i]);
    const row = grid.values[choice.row - grid.top];
    if (kept !== undefined && row) row[choice.column - grid.left] = kept;
  });
}

function writeSheet(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  spec: SheetSpec,
  found: ExistingSheet | undefined,
  size: Size,
  choices: readonly unknown[] | undefined,
  app: SpreadsheetServices,
  warnings: string[],
): void {
  const grid = composeGrid(spec);
  keepUserChoices(grid, spec, choices);
  const bottom = grid.top + grid.rows - 1;
  const right = grid.left + grid.columns - 1;
  // Always one call each, even when the sheet is already big enough (then one spare row or column is
  // added): the call count must not depend on the plan's size.
  sheet.insertRowsAfter(size.rows, Math.max(1, bottom + 1 - size.rows));
  sheet.insertColumnsAfter(size.columns, Math.max(1, right + 1 - size.columns));
  const range = sheet.getRange(grid.top, grid.left, grid.rows, grid.columns);
  if (found) {
    // Only the area this build writes loses its formats, validations and notes ("comments" in this
    // API), in one call: a user's own columns and rows beside it keep theirs. Values are never cleared
    // up front: the new grid is written over them, and the previous rendering's leftovers (the spec's
    // `clear` areas) go only after it, so a build that fails halfway cannot leave Tracking emptied of
    // values it had read and not yet written back.
    range.clear({ formatOnly: true, validationsOnly: true, commentsOnly: true });
    sheet.showRows(grid.top, grid.rows);
    sheet.showColumns(grid.left, grid.columns);
  }

  const rangeOf = (sheetName: string, a1: string) =>
    sheetName === spec.name
      ? sheet.getRange(a1)
      : spreadsheet.getRange(`'${sheetName.replace(/'/g, "''")}'!${a1}`);
  // The sheet is new or its formats were cleared: properties left at their defaults need no call.
  const used = grid.used;
  // Formats before values: Sheets reads what is written through the cell's format, so user text such
  // as "2027-01-01" or "0,5" stays text only if the cell is already formatted as plain text ('@').
  if (used.has('numberFormats')) range.setNumberFormats(grid.numberFormats);
  range.setValues(grid.values);
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

  // Widths, frozen panes and the tab colour are set when the sheet is created, then left alone: a user
  // who resized a column, froze more rows or recoloured a tab keeps it on every rebuild (and a rebuild
  // costs fewer calls). Each layout's frozen panes do not depend on the plan, so nothing drifts.
  // A new sheet's columns are already 100 px wide: those runs need no call.
  if (!found)
    for (const run of widthRuns(spec.columnWidths ?? []))
      if (run.width !== NEW_SHEET_COLUMN_WIDTH) sheet.setColumnWidths(run.start, run.count, run.width);
  // Everything in these areas was read and put back elsewhere or archived before this build wrote.
  const stale = (spec.clear ?? []).map((r) => plainRange(r.left, r.top, r.right, r.bottom));
  if (stale.length > 0)
    sheet
      .getRangeList(stale)
      .clear({ contentsOnly: true, formatOnly: true, commentsOnly: true, validationsOnly: true });
  for (const run of indexRuns(spec.hiddenColumns ?? [])) sheet.hideColumns(run.start, run.count);
  for (const run of indexRuns(spec.hiddenRows ?? [])) sheet.hideRows(run.start, run.count);
  if (!found && spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
  if (!found && spec.frozenColumns) sheet.setFrozenColumns(spec.frozenColumns);
  if (spec.tabColor && !found) sheet.setTabColor(spec.tabColor);

  const rules = spec.conditionalFormats ?? [];
  const previousOwned = found?.metadata.get(CF_METADATA_KEY);
  if (rules.length > 0 || previousOwned) {
    const owned = new Set<string>(previousOwned ? (JSON.parse(previousOwned.value) as string[]) : []);
    const kept = found ? userRules(sheet, owned) : [];
    // One getRangeList for every range of every rule, instead of a getRange per range.
    const a1s = [...new Set(rules.flatMap((rule) => rule.ranges))];
    const ranges = a1s.length > 0 ? sheet.getRangeList(a1s).getRanges() : [];
    const byA1 = new Map(a1s.map((a1, i) => [a1, ranges[i] as GoogleAppsScript.Spreadsheet.Range]));
    const ours = rules.map((rule) =>
      buildRule(rule, app, (a1) => byA1.get(a1) as GoogleAppsScript.Spreadsheet.Range),
    );
    sheet.setConditionalFormatRules([...kept, ...ours]);
    const record = JSON.stringify(ownedRangesOf(rules));
    if (previousOwned) {
      if (previousOwned.value !== record) previousOwned.item.setValue(record);
    } else sheet.addDeveloperMetadata(CF_METADATA_KEY, record);
  }

  if (spec.protection) {
    // Never weaken a protection someone set on the sheet: only add ours when there is none.
    const current = found ? sheet.getProtections(app.ProtectionType.SHEET) : [];
    if (current.length === 0) {
      const protection = sheet.protect().setDescription(spec.protection.description).setWarningOnly(true);
      const open = spec.protection.unprotected ?? [];
      if (open.length > 0) {
        // A nicety (these cells can be changed without the warning), not worth failing a build that has
        // already written its sheets: report it instead.
        try {
          protection.setUnprotectedRanges(sheet.getRangeList([...open]).getRanges());
        } catch (error) {
          warnings.push(
            `${spec.name}: ${open.join(', ')} stay under the protection warning (${String(error)})`,
          );
        }
      }
    }
  }
  applyCharts(sheet, spec, found, rangeOf);
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
  /** Sizes (max rows and columns) the caller already read, by sheet name: no need to ask again. */
  sizes: ReadonlyMap<string, Size> = new Map(),
): ApplyResult {
  // Last guard, checked for every sheet before the first write: never touch a sheet KPI Kit did not make.
  for (const spec of plan.sheets) {
    const found = existing.find((e) => e.name === spec.name);
    if (found && found.role === undefined)
      throw new Error(`KPI Kit did not create the sheet "${spec.name}": it will not write to it.`);
  }
  let count = existing.length;
  const created: string[] = [];
  const warnings: string[] = [];
  const written = new Map<string, Prepared>();
  for (const spec of plan.sheets) {
    const prepared = prepareSheet(spreadsheet, spec, existing, () => count++, sizes);
    if (!prepared.found) created.push(spec.name);
    written.set(spec.name, prepared);
  }
  // Sheets first, content second: a validation or formula may point at a sheet created later in the plan.
  for (const spec of plan.sheets) {
    const { sheet, found, size, choices } = written.get(spec.name) as Prepared;
    writeSheet(spreadsheet, sheet, spec, found, size, choices, app, warnings);
  }
  const active = plan.activeSheet === undefined ? undefined : written.get(plan.activeSheet);
  if (active) spreadsheet.setActiveSheet(active.sheet);
  return { sheets: plan.sheets.map((s) => s.name), created, warnings };
}
