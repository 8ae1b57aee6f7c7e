import type { DataImportMapping, ImportRule } from '../../core/dataImport/mapping';
import { dataImportMappingSchema } from '../../core/dataImport/mapping';
import { type PlanKpi, ruleFor, suggestMapping } from '../../core/dataImport/suggest';
import { readImportTable } from '../../core/dataImport/table';
import type { ImportTable } from '../../core/dataImport/types';
import { fillTemplate } from '../../core/fillTemplate';
import { type Lang, languageFromLocale } from '../../core/i18n';
import { getKpi } from '../../core/kpiLibrary';
import { historyPeriods, trackingPeriods } from '../../core/plan/periods';
import { type KpiPlan, kpisOf } from '../../core/plan/schema';
import { calendarDateOfLocal, formatIsoDate, fromDayNumber } from '../../core/calendarDate';
import { type ExistingSheet, inspectSpreadsheet } from '../../workbook/read/existingSheets';
import {
  dataSheetName,
  findDataSheet,
  readStoredRows,
  writeDataSheet,
} from '../../workbook/dataImport/dataSheet';
import type { StoredRows } from '../../core/dataImport/merge';
import { type ImportPlan, planImport } from '../../workbook/dataImport/importPlan';
import { readSheetCells } from '../../workbook/read/sheetCells';
import { readPlanFromWorkbook } from '../../workbook/read/readPlan';
import type { DayOf } from '../../core/zonedDay';
import { withDocumentLock } from '../lock';
import { rezoneFrom, spreadsheetTimeZone } from '../spreadsheetZone';
import { gridAsTsv, parseCsv } from './csv';
import { isUploadRef, readUpload } from './upload';
import { fnv1a } from './fingerprint';

// The data import's server side (loaded on first use, see ./entryPoints.ts): read an export (pasted or uploaded text), suggest a mapping of its
// columns to the plan's KPIs, show what would be written, and write it (a data sheet, then native
// formulas or values in Tracking) when the user confirms. The page may drive it, or a script alone:
// previewDataImport(text).mapping is accepted by applyDataImport(text, mapping) as it is.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ImportProblem {
  readonly line?: number;
  readonly column?: string;
  readonly message: string;
}

export function userLanguage_(): Lang {
  try {
    return languageFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** The day a date cell of the data sheet shows, on the spreadsheet's clock (one call for its zone). */
function spreadsheetDays_(): DayOf {
  const rezone = rezoneFrom(spreadsheetTimeZone(() => SpreadsheetApp.getActiveSpreadsheet()));
  return (date) => calendarDateOfLocal(rezone ? rezone(date) : date);
}

const libraryWords = (id: string): string[] => {
  const k = getKpi(id);
  return k ? [k.name.fr, k.name.en, ...k.aliases.fr, ...k.aliases.en] : [];
};

function planKpis(plan: KpiPlan): PlanKpi[] {
  return kpisOf(plan).map(({ kpi }) => ({
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    aggregation: kpi.aggregation,
    ...(kpi.libraryId ? { libraryId: kpi.libraryId } : {}),
    ...(kpi.libraryId && getKpi(kpi.libraryId)?.flow ? { flow: true } : {}),
  }));
}

const skippedOut = (table: { skipped: ImportTable['skipped'] }, lang: Lang): ImportProblem[] =>
  table.skipped.map((s) => ({
    line: s.line,
    ...(s.column ? { column: s.column } : {}),
    message: s.why[lang],
  }));

export interface Context {
  readonly lang: Lang;
  readonly table: ImportTable;
  readonly plan: KpiPlan;
  /** A fingerprint of the text read, so the parts of a staged import are known to be of one file. */
  readonly hash: string;
}

/** A sheet of this spreadsheet as the import's input, instead of a file's text. */
export interface SheetRef {
  readonly sheet: string;
}

export const isSheetRef = (v: unknown): v is SheetRef =>
  typeof v === 'object' && v !== null && typeof (v as Partial<SheetRef>).sheet === 'string';

export function context_(
  input: unknown,
  lang: Lang,
  spreadsheet: Spreadsheet,
): Context | { ok: false; problems: ImportProblem[] } {
  // A big file arrives in chunks (./upload.ts): the page then sends { upload, chunks } instead of text;
  // a sheet of the spreadsheet comes as { sheet }.
  if (isSheetRef(input)) {
    const sheetText = sheetText_(input.sheet, lang);
    if (typeof sheetText !== 'string') return sheetText;
    input = sheetText;
  }
  const cache = isUploadRef(input) ? CacheService.getDocumentCache() : null;
  const text = isUploadRef(input) ? (cache ? readUpload(cache, input) : undefined) : input;
  if (isUploadRef(input) && text === undefined)
    return {
      ok: false,
      problems: [
        {
          message:
            lang === 'fr'
              ? 'text : le fichier envoyé en plusieurs parties est incomplet ou a expiré (une heure) ; choisissez-le à nouveau.'
              : 'text: the file sent in parts is incomplete or expired (one hour); choose it again.',
        },
      ],
    };
  if (typeof text !== 'string' || text.trim() === '')
    return {
      ok: false,
      problems: [
        {
          message:
            lang === 'fr'
              ? 'text : le fichier est vide ; collez ou choisissez un export CSV.'
              : 'text: the file is empty; paste or choose a CSV export.',
        },
      ],
    };
  const table = readImportTable(text, parseCsv);
  if (!table.ok)
    return { ok: false, problems: table.problems.map((p) => ({ line: p.line, message: p.why[lang] })) };
  const read = readPlanFromWorkbook(spreadsheet, lang);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => ({ message: p.message })) };
  return { lang, table, plan: read.plan, hash: fnv1a(text) };
}

/**
 * What the import will write. With `staged` (the rows a staged import already merged, ./staged.ts) the
 * data sheet's rows are those, as they are: the file's rows are in them already.
 */
export function plan_(
  ctx: Context,
  mapping: DataImportMapping,
  spreadsheet: Spreadsheet,
  staged?: StoredRows,
  known?: ExistingSheet[],
) {
  const existing = known ?? inspectSpreadsheet(spreadsheet);
  const tracking = existing.find((e) => e.role === 'tracking');
  const found = findDataSheet(existing, mapping.source);
  const dataSheet =
    found?.name ??
    dataSheetName(
      mapping.source,
      ctx.plan.language,
      existing.map((e) => e.name),
    );
  const stored =
    staged ?? (found ? readStoredRows(found.sheet, mapping.dateColumn, spreadsheetDays_()) : undefined);
  const planned = planImport({
    table: staged ? { ...ctx.table, records: [] } : ctx.table,
    mapping,
    kpis: planKpis(ctx.plan),
    // Last year's columns (when the plan has them) take last year's days like any period.
    periods: [
      ...historyPeriods(ctx.plan.period, ctx.plan.language),
      ...trackingPeriods(ctx.plan.period, ctx.plan.language),
    ],
    tracking: tracking ? readSheetCells(tracking.sheet) : undefined,
    dataSheet,
    stored,
    lang: ctx.lang,
  });
  return { planned, found, dataSheet, tracking, existing };
}

const iso = (day: number) => formatIsoDate(fromDayNumber(day));

export function summary_(ctx: Context, planned: Extract<ImportPlan, { ok: true }>, dataSheet: string) {
  const days = ctx.table.records.map((r) => r.day);
  const labels = new Map(trackingPeriods(ctx.plan.period, ctx.plan.language).map((p) => [p.key, p.label]));
  return {
    source: ctx.table.vendor ?? 'Import',
    dataSheet,
    columns: ctx.table.columns.map((c) => ({ name: c.name, type: c.type, sample: c.sample })),
    dateColumn: ctx.table.columns[ctx.table.dateColumn]?.name ?? '',
    granularity: ctx.table.granularity,
    dateRange: {
      from: iso(days.reduce((m, d) => (d < m ? d : m), Infinity)),
      to: iso(days.reduce((m, d) => (d > m ? d : m), -Infinity)),
    },
    rows: ctx.table.records.length,
    totalsRows: ctx.table.totals.length,
    skipped: skippedOut(ctx.table, ctx.lang),
    added: planned.merged.added,
    replaced: planned.merged.replaced,
    removed: planned.merged.removed,
    written: planned.written,
    kept: planned.kept,
    kpis: planned.kpis.map((k) => ({
      kpiId: k.kpiId,
      name: k.name,
      rule: k.rule,
      cells: k.cells.map((c) => ({
        key: c.key,
        label: labels.get(c.key) ?? c.key,
        value: c.value ?? null,
        state: c.state,
        willWrite: c.write !== undefined,
      })),
    })),
  };
}

export type DataImportPreview =
  | ({
      ok: true;
      mapping: DataImportMapping;
      suggested: DataImportMapping;
      unmapped: { kpiId: string; name: string }[];
      columnRules: Record<string, ImportRule>;
    } & ReturnType<typeof summary_>)
  | { ok: false; problems: ImportProblem[] };

/**
 * Reads an export (CSV or TSV text) and answers what importing it would do: the file's columns and
 * dates, the suggested mapping (accepted by applyDataImport as it is), and per KPI and period the value
 * and whether the Tracking cell is empty, already this import's, or typed (kept without consent).
 * With a mapping (the user's corrections: another column, a rate's two components), the same answer
 * for that mapping. Writes nothing. Called by the sidebar.
 * @param text the export's text, {upload, chunks} or {sheet}
 * @param mapping optional: the mapping to preview instead of the suggestion
 * @return {ok: true, mapping, suggested, columns, kpis, ...} or {ok: false, problems: [{line, column, message}]}
 */
export function previewDataImport(text: unknown, mapping?: unknown): DataImportPreview {
  const lang = userLanguage_();
  const given = mapping === undefined || mapping === null ? undefined : parseMapping_(mapping, lang);
  if (given && !given.ok) return given;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = context_(text, lang, spreadsheet);
  if ('ok' in ctx) return ctx;
  const kpis = planKpis(ctx.plan);
  const suggested = suggestMapping(ctx.table, kpis, libraryWords);
  if (isSheetRef(text) && !ctx.table.vendor) suggested.source = text.sheet.slice(0, 60);
  const chosen = given?.mapping ?? suggested;
  const { planned, dataSheet } = plan_(ctx, chosen, spreadsheet);
  if (!planned.ok) return { ok: false, problems: planned.problems.map((message) => ({ message })) };
  const mappedIds = new Set(chosen.kpis.map((k) => k.kpiId));
  return JSON.parse(
    JSON.stringify({
      ok: true,
      mapping: chosen,
      suggested,
      unmapped: kpis.filter((k) => !mappedIds.has(k.id)).map((k) => ({ kpiId: k.id, name: k.name })),
      // The rule a KPI takes from a single column the user picks (its unit and aggregation say it).
      columnRules: Object.fromEntries(kpis.map((k) => [k.id, ruleFor(k)])),
      ...summary_(ctx, planned, dataSheet),
    }),
  ) as DataImportPreview;
}

/** The mapping as the schema reads it (an object, or its JSON text), or problems naming the field. */
export function parseMapping_(
  mapping: unknown,
  lang: Lang,
): { ok: true; mapping: DataImportMapping } | { ok: false; problems: ImportProblem[] } {
  let value = mapping;
  if (typeof mapping === 'string') {
    try {
      value = JSON.parse(mapping);
    } catch {
      value = undefined;
    }
  }
  const parsed = dataImportMappingSchema.safeParse(value);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({
      message: `mapping.${i.path.join('.')}: ${i.message}${lang === 'fr' ? ' ; reprenez la correspondance de l’aperçu.' : '; start from the preview’s mapping.'}`,
    })),
  };
}

export type DataImportResult =
  ({ ok: true; message: string } & ReturnType<typeof summary_>) | { ok: false; problems: ImportProblem[] };

const DONE = {
  fr: '{rows} lignes importées dans « {sheet} » : {added} ajoutées, {replaced} remplacent des dates déjà importées, {ignored} ignorées. {written} cellules du suivi écrites, {kept} valeurs saisies conservées.',
  en: '{rows} rows imported into "{sheet}": {added} added, {replaced} replacing dates already imported, {ignored} ignored. {written} Tracking cells written, {kept} typed values kept.',
};

/**
 * Imports an export with a mapping (previewDataImport's suggestion, or the user's): the rows go to the
 * source's data sheet (overlapping dates replaced), and each mapped KPI's Tracking cells get native
 * formulas over it (or values, mode "values"). A refused file or mapping writes nothing; a typed value
 * is replaced only when the mapping says overwrite. Called by the sidebar.
 * @param text the export's text
 * @param mapping {source, dateColumn, mode, overwrite, kpis: [{kpiId, rule, column | numerator, denominator}]}
 * @return {ok: true, added, replaced, written, kept, ...} or {ok: false, problems: [{line, column, message}]}
 */
export function applyDataImport(text: unknown, mapping: unknown): DataImportResult {
  const lang = userLanguage_();
  const parsed = parseMapping_(mapping, lang);
  if (!parsed.ok) return parsed;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const done = withDocumentLock(lang, (): DataImportResult => {
    const ctx = context_(text, lang, spreadsheet);
    if ('ok' in ctx) return ctx;
    const { planned, found, dataSheet, tracking } = plan_(ctx, parsed.mapping, spreadsheet);
    if (!planned.ok || !tracking)
      return { ok: false, problems: planned.ok ? [] : planned.problems.map((message) => ({ message })) };
    writeDataSheet(spreadsheet, found, dataSheet, parsed.mapping.source, planned.merged);
    writeTrackingCells(tracking.sheet, planned);
    return report_(ctx, planned, dataSheet);
  });
  if (!done.ok) return { ok: false, problems: done.problems.map((p) => ({ ...p })) };
  return JSON.parse(JSON.stringify(done)) as DataImportResult;
}

/** The answer of a finished import: the summary and its sentence. */
export function report_(
  ctx: Context,
  planned: Extract<ImportPlan, { ok: true }>,
  dataSheet: string,
): DataImportResult {
  const summary = summary_(ctx, planned, dataSheet);
  const message = fillTemplate(DONE[ctx.lang], {
    rows: summary.rows,
    sheet: dataSheet,
    added: summary.added,
    replaced: summary.replaced,
    ignored: summary.skipped.length,
    written: summary.written,
    kept: summary.kept,
  });
  return { ok: true, message, ...summary };
}

/** One call per run of adjacent cells in a KPI's row: formulas, or values. */
export function writeTrackingCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  planned: Extract<ImportPlan, { ok: true }>,
) {
  for (const kpi of planned.kpis) {
    const cells = kpi.cells.filter((c) => c.write !== undefined).sort((a, b) => a.column - b.column);
    let run: typeof cells = [];
    const flush = () => {
      const first = run[0];
      if (!first) return;
      const range = sheet.getRange(first.row, first.column, 1, run.length);
      const writes = run.map((c) => c.write as string | number);
      if (typeof writes[0] === 'string') range.setFormulas([writes as string[]]);
      else range.setValues([writes]);
      run = [];
    };
    for (const c of cells) {
      const last = run[run.length - 1];
      if (last && (c.column !== last.column + 1 || typeof c.write !== typeof last.write)) flush();
      run.push(c);
    }
    flush();
  }
}

/** A sheet of this spreadsheet (a connector's, a pasted export) as the text of its displayed cells. */
function sheetText_(sheetName: unknown, lang: Lang): string | { ok: false; problems: ImportProblem[] } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = typeof sheetName === 'string' ? spreadsheet.getSheetByName(sheetName) : null;
  if (!sheet) {
    const names = spreadsheet
      .getSheets()
      .map((s) => s.getName())
      .join(', ');
    return {
      ok: false,
      problems: [
        {
          message:
            lang === 'fr'
              ? `sheetName : aucune feuille « ${String(sheetName)} » ; choisissez-en une parmi ${names}.`
              : `sheetName: no sheet "${String(sheetName)}"; choose one of ${names}.`,
        },
      ],
    };
  }
  return gridAsTsv(sheet.getDataRange().getDisplayValues());
}

/**
 * previewDataImport for a sheet of this spreadsheet (a connector's sheet, an export pasted by hand):
 * its displayed cells are read as the file would be, the source is named after the sheet.
 */
export function previewSheetImport(sheetName: unknown, mapping?: unknown): DataImportPreview {
  return typeof sheetName === 'string'
    ? previewDataImport({ sheet: sheetName }, mapping)
    : { ok: false, problems: [{ message: `sheetName: ${String(sheetName)} is not a sheet name.` }] };
}

/** applyDataImport for a sheet of this spreadsheet: its rows are copied to the source's data sheet. */
export function applySheetImport(sheetName: unknown, mapping: unknown): DataImportResult {
  return typeof sheetName === 'string'
    ? applyDataImport({ sheet: sheetName }, mapping)
    : { ok: false, problems: [{ message: `sheetName: ${String(sheetName)} is not a sheet name.` }] };
}
