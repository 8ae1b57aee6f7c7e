import { calendarDateOfLocal, formatIsoDate, isDateObject } from '../core/calendarDate';
import { fillTemplate } from '../core/fillTemplate';
import { type Lang, t } from '../core/i18n';
import { parsePlan } from '../core/plan/parse';
import type { PlanProblem } from '../core/plan/problems';
import { type KpiPlan, kpisOf } from '../core/plan/schema';
import type { DayOf } from '../core/zonedDay';
import { applyWorkbookPlan } from './apply/applyWorkbook';
import { type ExistingSheet, inspectSpreadsheet } from './read/existingSheets';
import type { SpreadsheetServices } from './apply/services';
import { cell as a1Cell } from './a1';
import { SHEET_NAMES } from './labels';
import { type LayoutContext, OBJECTIVES_COLUMNS, type SheetNames, layoutContext } from './layoutContext';
import { readObjectivesGrid } from './read/readPlan';
import { archiveLayout, type ArchiveEntry } from './layouts/archive';
import { dashboardLayout } from './layouts/dashboard';
import { libraryLayout } from './layouts/library';
import { objectivesLayout } from './layouts/objectives';
import { scorecardSheet } from './layouts/scorecard';
import { type TrackedEntry, trackingLayout } from './layouts/tracking';
import { readArchive } from './read/archive';
import { readDashboardCells, readObjectivesCells, readScorecardCells } from './read/ownCells';
import { readSheetCells, type SheetCells, type TypedCell } from './read/sheetCells';
import { readTracking, trackedCellOf } from './read/tracking';
import { relocateSheet } from './relocate';
import { chooseSheetNames } from './sheetNames';
import { placeStrays, specBox } from './strays';
import { subtract } from './rect';
import type { SheetRole, SheetSpec, WorkbookPlan } from './spec';

// Plan in, sheets out: validate the whole plan (nothing written when it is invalid), look at the
// spreadsheet once, read every sheet KPI Kit built before (values, formulas, notes) once, account for
// every cell a user typed in them, render every layout as data, then apply.

export interface BuildOptions {
  readonly app: SpreadsheetServices;
  /** Language for messages when the plan does not say (the user's locale). */
  readonly lang?: Lang;
  /**
   * How date cells read as days (the spreadsheet's clock): asked for only when there are sheets to read
   * back, so a first build costs no call for it. Default: the script's clock.
   */
  readonly dayOf?: () => DayOf;
}

export type BuildSummary =
  | {
      readonly ok: true;
      readonly sheets: readonly string[];
      readonly created: readonly string[];
      /** True when KPI Kit had built sheets here before (a rebuild). */
      readonly rebuilt: boolean;
      readonly kpiCount: number;
      readonly periodCount: number;
      /** Tracked values put back in Tracking, in place or moved with their KPI and period. */
      readonly restoredValues: number;
      /** Cells left holding what a user typed in them (tracked values and the user's own cells). */
      readonly keptInPlace: number;
      /** Tracked values moved with their KPI and period (or back from the archive). */
      readonly movedValues: number;
      /** Entries this build added to the archive sheet. */
      readonly archivedValues: number;
      /** Entries in the archive sheet after this build. */
      readonly archiveSize: number;
      /** The archive sheet's name, when there is one. */
      readonly archiveSheet?: string;
      /** What became of what was typed, in the plan's language (empty when nothing was typed). */
      readonly report: readonly string[];
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

const WARNINGS = {
  beside: {
    fr: 'Une feuille «\u00a0{default}\u00a0» existe déjà et n’a pas été créée par KPI Kit\u00a0: elle est laissée intacte, la feuille est construite à côté sous le nom «\u00a0{name}\u00a0».',
    en: 'A sheet "{default}" already exists and was not created by KPI Kit: it is left untouched and the sheet was built beside it as "{name}".',
  },
  unrecognised: {
    fr: 'La feuille «\u00a0{sheet}\u00a0» a tant changé que KPI Kit n’y retrouve ni la ligne des clés de période ni la ligne d’en-tête («\u00a0ID KPI\u00a0», «\u00a0KPI\u00a0»). Rien n’a été écrit. Annulez la modification (Ctrl+Z, ou Fichier › Historique des versions), puis relancez la construction\u202f; ou copiez ailleurs ce qui vous sert et supprimez la feuille, qu’elle soit recréée.',
    en: 'The "{sheet}" sheet has changed so much that KPI Kit finds neither its period key row nor its header row ("KPI ID", "KPI"). Nothing was written. Undo the change (Ctrl+Z, or File › Version history), then build again; or copy what you need elsewhere and delete the sheet, so that it is made anew.',
  },
  ignored: {
    fr: 'Champs inconnus de cette version, ignorés\u00a0: {fields}.',
    en: 'Fields this version does not know, ignored: {fields}.',
  },
};

const otherLanguage = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** « 3 saisies … » / "3 entries …": the summary line of what became of what was typed. */
export function keptReport(kept: KeptReport, archiveSheet: string, lang: Lang): string[] {
  const { inPlace, moved, archived } = kept;
  if (inPlace + moved + archived === 0) return [];
  const some = <T>(n: number, part: T): T[] => (n > 0 ? [part] : []);
  if (lang === 'fr') {
    const s = (n: number) => (n > 1 ? 's' : '');
    const parts = [
      ...some(inPlace, `${inPlace} restée${s(inPlace)} en place`),
      ...some(
        moved,
        `${moved} déplacée${s(moved)} avec ${moved > 1 ? 'leur KPI et leur' : 'son KPI et sa'} période`,
      ),
      ...some(archived, `${archived} archivée${s(archived)} dans la feuille «\u00a0${archiveSheet}\u00a0»`),
    ];
    return [`Vos saisies\u00a0: ${parts.join(', ')}.`];
  }
  const parts = [
    ...some(inPlace, `${inPlace} kept in place`),
    ...some(moved, `${moved} moved with ${moved === 1 ? 'its' : 'their'} KPI and period`),
    ...some(archived, `${archived} archived in the "${archiveSheet}" sheet`),
  ];
  return [`Your entries: ${parts.join(', ')}.`];
}

/** What a rebuild read of the sheets KPI Kit built earlier, by role (absent: no such sheet yet). */
export type PreviousCells = Partial<Record<SheetRole, SheetCells>>;

/** What became of everything a user had typed in the built sheets. */
export interface KeptReport {
  /** Cells left holding what was typed in them (tracked values, and the user's own cells). */
  readonly inPlace: number;
  /** Tracked values put back under their KPI and period in another cell (or from the archive). */
  readonly moved: number;
  /** Entries this build added to the archive sheet. */
  readonly archived: number;
  /** Entries in the archive after this build. */
  readonly archiveSize: number;
}

export type RenderResult =
  | {
      readonly ok: true;
      readonly workbook: WorkbookPlan;
      readonly ctx: LayoutContext;
      readonly warnings: string[];
      readonly kept: KeptReport;
      /** Tracked values put back in Tracking (in place or moved). */
      readonly restored: number;
    }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A1 of "row, column", or the cell an archive entry names, as row and column. */
function cellAt(a1Text: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1Text);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1] as string) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

/** A cell a user typed, as an archive row. */
function archiveEntryOf(sheet: string, cell: TypedCell, dayOf: DayOf): ArchiveEntry {
  return {
    sheet,
    cell: a1Cell(cell.column, cell.row, 'relative'),
    id: '',
    period: '',
    value: trackedCellOf(cell.value, dayOf) ?? '',
    formula: cell.formula ?? '',
    note: cell.note ?? '',
  };
}

/**
 * Renders a valid plan as a WorkbookPlan, given what the spreadsheet already holds: the sheets seen
 * (names and roles) and what the ones KPI Kit built hold now. Pure. Refuses (nothing to write) when
 * the Tracking sheet holds things but cannot be recognised.
 */
export function renderWorkbook(
  plan: KpiPlan,
  existing: readonly { name: string; role?: SheetRole }[],
  previous: PreviousCells = {},
  dayOf: DayOf = calendarDateOfLocal,
): RenderResult {
  const lang = plan.language;
  const roles: SheetRole[] = ['objectives', 'tracking', 'scorecard', 'dashboard', 'archive'];
  const { names, beside } = chooseSheetNames(roles, lang, existing);
  const ctx = layoutContext(plan, names);

  const trackingRead = previous.tracking
    ? readTracking(previous.tracking, dayOf, {
        objectivesSheet: names.objectives,
        knownIds: knownIds(plan, previous),
      })
    : undefined;
  if (trackingRead && !trackingRead.ok)
    return {
      ok: false,
      problems: [
        { path: '', message: fillTemplate(t(WARNINGS.unrecognised, lang), { sheet: names.tracking }) },
      ],
    };
  const grid = trackingRead && !trackingRead.empty ? trackingRead : undefined;
  const archiveRead = previous.archive ? readArchive(previous.archive, dayOf) : undefined;
  const oldArchive = archiveRead?.found ? archiveRead.entries : [];

  // Values in the grid first; an archived value comes back when its KPI and period are free again.
  const tracked = new Map<string, Map<string, TrackedEntry>>();
  const track = (entry: TrackedEntry) => {
    let byKey = tracked.get(entry.id);
    if (!byKey) tracked.set(entry.id, (byKey = new Map()));
    if (byKey.has(entry.key)) return false;
    byKey.set(entry.key, entry);
    return true;
  };
  for (const entry of grid?.entries ?? []) track(entry);
  const fromArchive = new Map<TrackedEntry, ArchiveEntry>();
  const stillArchived: ArchiveEntry[] = [];
  for (const e of oldArchive) {
    const at = sameSheet(e.sheet, names.tracking) ? cellAt(e.cell) : undefined;
    const entry: TrackedEntry = {
      id: e.id,
      key: e.period,
      value: e.value,
      ...(e.formula.startsWith('=') ? { formula: e.formula } : {}),
      ...(e.note ? { note: e.note } : {}),
      ...(at ? { from: at } : {}),
      archived: true,
    };
    if (e.id !== '' && e.period !== '' && track(entry)) fromArchive.set(entry, e);
    else stillArchived.push(e);
  }

  const offset = grid
    ? { rows: grid.origin.row - 1, columns: grid.origin.column - 1 }
    : { rows: 0, columns: 0 };
  const tracking = trackingLayout(ctx, tracked, offset);
  // The dashboard charts the Scorecard's roll-ups and statuses: it comes with it.
  const specs = [objectivesLayout(ctx), tracking.sheet, scorecardSheet(ctx), dashboardLayout(ctx)];
  const placed = relocateSheet({ sheets: specs }, names.tracking, offset.rows, offset.columns).sheets;

  let inPlace = tracking.inPlace;
  const newlyArchived: ArchiveEntry[] = [];
  for (const entry of tracking.unplaced) {
    const archived = fromArchive.get(entry);
    if (archived) stillArchived.push(archived);
    else {
      const cell = entry.from ? a1Cell(entry.from.column, entry.from.row, 'relative') : '';
      newlyArchived.push({
        sheet: names.tracking,
        cell,
        id: entry.id,
        period: entry.key,
        value: entry.value,
        formula: entry.formula ?? '',
        note: entry.note ?? '',
      });
    }
  }
  // The user's own cells in each sheet: kept in place where the new rendering leaves room, else archived.
  const sheets = placed.map((spec) => {
    const cells = previous[spec.role];
    if (!cells) return spec;
    const own =
      spec.role === 'tracking'
        ? grid && { box: grid.box, strays: grid.strays }
        : spec.role === 'objectives'
          ? readObjectivesCells(cells, spec)
          : spec.role === 'dashboard'
            ? readDashboardCells(
                cells,
                renderingsOf(spec, plan, previous, names, dashboardLayout, dayOf),
                dayOf,
              )
            : readScorecardCells(
                cells,
                renderingsOf(spec, plan, previous, names, scorecardSheet, dayOf),
                dayOf,
              );
    if (!own) return spec;
    const outcome = placeStrays(spec, cells, own.box, own.strays, dayOf);
    inPlace += outcome.kept;
    for (const cell of outcome.archived) newlyArchived.push(archiveEntryOf(spec.name, cell, dayOf));
    return outcome.spec;
  });

  const archiveEntries = [...stillArchived, ...newlyArchived];
  if (archiveEntries.length > 0 || previous.archive) {
    let archive = archiveLayout(names.archive, lang, archiveEntries);
    if (archiveRead?.found) {
      archive = relocateSheet(
        { sheets: [archive] },
        names.archive,
        archiveRead.box.top - 1,
        archiveRead.box.left - 1,
      ).sheets[0] as SheetSpec;
    }
    if (previous.archive) {
      // The archive's own strays (what a person typed beside its title) stay; if the table grows over
      // their cells, they join it as entries of their own.
      const box = archiveRead?.found ? archiveRead.box : undefined;
      const outcome = placeStrays(archive, previous.archive, box, archiveRead?.strays ?? [], dayOf);
      inPlace += outcome.kept;
      const extra = outcome.archived.map((cell) => archiveEntryOf(names.archive, cell, dayOf));
      archive =
        extra.length === 0
          ? outcome.spec
          : {
              ...outcome.spec,
              blocks: archiveLayout(names.archive, lang, [...archiveEntries, ...extra]).blocks,
            };
      newlyArchived.push(...extra);
    }
    sheets.push(archive);
  }

  const warnings = beside.map((role) =>
    fillTemplate(t(WARNINGS.beside, lang), { default: t(SHEET_NAMES[role], lang), name: names[role] }),
  );
  const kept: KeptReport = {
    inPlace,
    moved: tracking.moved,
    archived: newlyArchived.length,
    archiveSize: stillArchived.length + newlyArchived.length,
  };
  return {
    ok: true,
    workbook: { sheets, activeSheet: names.scorecard },
    ctx,
    warnings,
    kept,
    restored: tracking.inPlace + tracking.moved,
  };
}

/** The KPI ids KPI Kit may have written in Tracking: the new plan's and those the Objectives sheet lists. */
function knownIds(plan: KpiPlan, previous: PreviousCells): Set<string> {
  const known = new Set(kpisOf(plan).map(({ kpi }) => kpi.id));
  const column = OBJECTIVES_COLUMNS.indexOf('kpiId');
  for (const line of previous.objectives?.values ?? []) {
    const id = line[column];
    if (typeof id === 'string' && id !== '') known.add(id);
  }
  return known;
}

/**
 * Every rendering of a sheet (the Scorecard, the dashboard) KPI Kit may have written: the new one, in
 * both languages, and the one of the plan the Objectives sheet still describes (the previous build's),
 * so that its dates and labels are not taken for a user's.
 */
function renderingsOf(
  spec: SheetSpec,
  plan: KpiPlan,
  previous: PreviousCells,
  names: SheetNames,
  layout: (ctx: LayoutContext) => SheetSpec,
  dayOf: DayOf,
): SheetSpec[] {
  const render = (p: KpiPlan, lang: Lang) => layout(layoutContext({ ...p, language: lang }, names));
  const out = [spec, render(plan, otherLanguage(plan.language))];
  if (previous.objectives) {
    const shown = previous.objectives.values.map((line) =>
      line.map((v) => (isDateObject(v) ? formatIsoDate(dayOf(v)) : v)),
    );
    const old = parsePlan(readObjectivesGrid(previous.objectives.values, shown).plan);
    if (old.ok) out.push(render(old.plan, 'fr'), render(old.plan, 'en'));
  }
  return out;
}

/** What the sheets KPI Kit built hold now, read before anything is written (four calls each). */
function readPrevious(existing: readonly ExistingSheet[]): PreviousCells {
  const out: PreviousCells = {};
  for (const role of ['objectives', 'tracking', 'scorecard', 'dashboard', 'archive'] as const) {
    const sheet = existing.find((e) => e.role === role);
    if (sheet) out[role] = readSheetCells(sheet.sheet);
  }
  return out;
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
  const previous = readPrevious(existing);
  const dayOf = options.dayOf?.() ?? calendarDateOfLocal;
  const rendered = renderWorkbook(plan, existing, previous, dayOf);
  if (!rendered.ok) return rendered;
  const sizes = new Map<string, { rows: number; columns: number }>();
  for (const e of existing) {
    const cells = e.role && previous[e.role];
    if (cells?.rows !== undefined && cells.columns !== undefined)
      sizes.set(e.name, { rows: cells.rows, columns: cells.columns });
  }
  const applied = applyWorkbookPlan(spreadsheet, rendered.workbook, existing, options.app, sizes);
  const warnings = [...rendered.warnings, ...applied.warnings];
  if (parsed.ignored.length > 0)
    warnings.push(fillTemplate(t(WARNINGS.ignored, plan.language), { fields: parsed.ignored.join(', ') }));
  const { kept } = rendered;
  const archiveSheet = rendered.workbook.sheets.find((s) => s.role === 'archive')?.name;
  return {
    ok: true,
    sheets: applied.sheets,
    created: applied.created,
    rebuilt: Object.keys(previous).length > 0,
    kpiCount: kpisOf(plan).length,
    periodCount: rendered.ctx.periods.length,
    restoredValues: rendered.restored,
    keptInPlace: kept.inPlace,
    movedValues: kept.moved,
    archivedValues: kept.archived,
    archiveSize: kept.archiveSize,
    ...(archiveSheet ? { archiveSheet } : {}),
    report: keptReport(kept, archiveSheet ?? '', plan.language),
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
  const layout = libraryLayout(names.library, lang);
  // The library is all KPI Kit's: whatever the old one used beyond the new one is cleared.
  const old = existing.find((e) => e.role === 'library')?.sheet;
  const used = old && { top: 1, left: 1, bottom: old.getLastRow(), right: old.getLastColumn() };
  const clear = used && used.bottom > 0 && used.right > 0 ? subtract(used, specBox(layout)) : [];
  const sheet = clear.length > 0 ? { ...layout, clear } : layout;
  applyWorkbookPlan(spreadsheet, { sheets: [sheet], activeSheet: sheet.name }, existing, app);
  const warnings = beside.map(() =>
    fillTemplate(t(WARNINGS.beside, lang), { default: t(SHEET_NAMES.library, lang), name: names.library }),
  );
  return { ok: true, sheet: names.library, warnings };
}
