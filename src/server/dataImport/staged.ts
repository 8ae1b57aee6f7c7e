import type { Merged } from '../../core/dataImport/merge';
import type { Lang } from '../../core/i18n';
import { type ExistingSheet, inspectSpreadsheet } from '../../workbook/read/existingSheets';
import {
  dataRows,
  dataSheetFor,
  ensureSize,
  fillDataSheet,
  readStoredRows,
} from '../../workbook/dataImport/dataSheet';
import { withDocumentLock } from '../lock';
import { fnv1a } from './fingerprint';
import {
  type DataImportResult,
  type ImportProblem,
  context_,
  parseMapping_,
  plan_,
  report_,
  userLanguage_,
  writeTrackingCells,
} from './module';

// A big import applied over several executions, so that none nears Apps Script's 6 minutes: the page
// calls stageDataImport(input, mapping, part) for part 0, 1, … (each writes at most PART_CELLS cells of
// the merged rows to a hidden staging sheet), then commitDataImport(input, mapping), which copies the
// staging sheet over the data sheet in one service call, writes Tracking and deletes the staging sheet.
// Until the commit nothing the user sees changes: a part that fails leaves only the hidden sheet, and
// running that part again (or any part, any number of times) writes the same cells. Every call reads
// the file again (the same text: its fingerprint is checked) and holds the document lock.

/** Cells a part writes: its rows are PART_CELLS ÷ the sheet's width, so its calls never grow with them. */
export const PART_CELLS = 150_000;
const STAGING_KEY = 'kpikit.importStaging';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface StagingState {
  readonly source: string;
  /** Fingerprint of the file's text and the mapping. */
  readonly input: string;
  /** Fingerprint of the merged rows (the file's and the data sheet's as it was). */
  readonly merged: string;
  readonly parts: number;
  /** Rows per part. */
  readonly per: number;
  readonly rows: number;
  readonly done: readonly number[];
  readonly added: number;
  readonly replaced: number;
  readonly removed: number;
}

export const rowsPerPart = (width: number, cells = PART_CELLS): number =>
  Math.max(1, Math.floor(cells / Math.max(1, width)));

function mergedPrint(merged: Merged): string {
  let h = fnv1a(merged.headers.join('\u0001'));
  for (const r of merged.rows) h = fnv1a(`${r.day}\u0001${r.values.join('\u0001')}`, parseInt(h, 16));
  return `${h}.${merged.rows.length}`;
}

const MESSAGES = {
  part: {
    fr: 'part : {value} n’est pas une partie de cet import ; donnez un nombre de 0 à {last}.',
    en: 'part: {value} is not a part of this import; give a number from 0 to {last}.',
  },
  cells: {
    fr: 'partCells : {value} n’est pas un nombre de cellules par partie ; donnez un entier de 1 à {max}, ou rien.',
    en: 'partCells: {value} is not a number of cells per part; give a whole number from 1 to {max}, or nothing.',
  },
  restart: {
    fr: 'part : la partie {value} ne suit pas la partie 0 de cet import (le fichier, la correspondance ou la feuille de données ont changé) ; reprenez l’import à la partie 0.',
    en: 'part: part {value} does not follow this import’s part 0 (the file, the mapping or the data sheet changed); start the import again from part 0.',
  },
  incomplete: {
    fr: 'Import en plusieurs parties : {done} parties écrites sur {parts} ; envoyez les parties manquantes ({missing}) puis validez à nouveau. Rien n’a été modifié dans le suivi.',
    en: 'Import in parts: {done} of {parts} parts written; send the missing parts ({missing}), then commit again. Nothing was changed in Tracking.',
  },
  nothing: {
    fr: 'Aucun import en plusieurs parties n’attend pour « {value} » : envoyez d’abord ses parties (stageDataImport), à partir de la partie 0.',
    en: 'No import in parts is waiting for "{value}": send its parts first (stageDataImport), from part 0.',
  },
} as const;

const say = (lang: Lang, key: keyof typeof MESSAGES, vars: Record<string, string | number>) =>
  MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

function findStaging(existing: readonly ExistingSheet[], source: string) {
  const lower = source.toLowerCase();
  for (const e of existing) {
    const item = e.metadata.get(STAGING_KEY);
    if (!item) continue;
    try {
      const state = JSON.parse(item.value) as StagingState;
      if (state.source.toLowerCase() === lower) return { sheet: e.sheet, item: item.item, state };
    } catch {
      // A staging sheet whose state cannot be read is someone else's: left alone.
    }
  }
  return undefined;
}

export type StageResult =
  | { ok: true; part: number; parts: number; rows: number; done: number[] }
  | { ok: false; problems: ImportProblem[] };

/**
 * Writes part `part` of a big import to its hidden staging sheet: the merged rows
 * [part × n, (part + 1) × n) where n = PART_CELLS ÷ columns. Part 0 (re)starts the import. Run the
 * parts in any order, again after a failure, then commitDataImport. Nothing the user sees changes.
 * @param input the export's text, {upload, chunks} or {sheet}
 * @param mapping previewDataImport's mapping, or the user's
 * @param part the part's number, from 0
 * @param partCells optional: cells per part, from 1 to PART_CELLS (the same for every part)
 * @return {ok, part, parts, rows, done} or {ok: false, problems}
 */
export function stageDataImport(
  input: unknown,
  mapping: unknown,
  part: unknown,
  partCells?: unknown,
): StageResult {
  const lang = userLanguage_();
  const parsed = parseMapping_(mapping, lang);
  if (!parsed.ok) return parsed;
  if (typeof part !== 'number' || !Number.isInteger(part) || part < 0)
    return { ok: false, problems: [{ message: say(lang, 'part', { value: String(part), last: '…' }) }] };
  const cells = partCells === undefined || partCells === null ? PART_CELLS : partCells;
  if (typeof cells !== 'number' || !Number.isInteger(cells) || cells < 1 || cells > PART_CELLS)
    return {
      ok: false,
      problems: [{ message: say(lang, 'cells', { value: String(partCells), max: PART_CELLS }) }],
    };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const done = withDocumentLock(lang, (): StageResult => {
    const ctx = context_(input, lang, spreadsheet);
    if ('ok' in ctx) return ctx;
    const { planned, existing } = plan_(ctx, parsed.mapping, spreadsheet);
    if (!planned.ok) return { ok: false, problems: planned.problems.map((message) => ({ message })) };
    const merged = planned.merged;
    const width = merged.headers.length;
    const per = rowsPerPart(width, cells);
    const parts = Math.max(1, Math.ceil(merged.rows.length / per));
    if (part >= parts)
      return { ok: false, problems: [{ message: say(lang, 'part', { value: part, last: parts - 1 }) }] };
    const inputPrint = fnv1a(JSON.stringify(parsed.mapping), parseInt(ctx.hash, 16));
    const print = mergedPrint(merged);
    const found = findStaging(existing, parsed.mapping.source);
    let sheet: Sheet;
    let state: StagingState;
    let item: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
    if (part === 0) {
      state = {
        source: parsed.mapping.source,
        input: inputPrint,
        merged: print,
        parts,
        per,
        rows: merged.rows.length,
        done: [],
        added: merged.added,
        replaced: merged.replaced,
        removed: merged.removed,
      };
      if (found) {
        sheet = found.sheet;
        item = found.item;
        sheet.clearContents();
      } else {
        sheet = spreadsheet.insertSheet(
          `KPI Kit import – ${parsed.mapping.source} ${Date.now().toString(36)}`.slice(0, 99),
          spreadsheet.getNumSheets(),
        );
        sheet.hideSheet();
        sheet.addDeveloperMetadata(STAGING_KEY, '{}');
        item = sheet.getDeveloperMetadata()[0]!;
      }
      ensureSize(sheet, merged.rows.length + 1, width);
      sheet.getRange(1, 1, 1, width).setValues([[...merged.headers]]);
    } else {
      if (
        !found ||
        found.state.merged !== print ||
        found.state.input !== inputPrint ||
        found.state.per !== per
      )
        return { ok: false, problems: [{ message: say(lang, 'restart', { value: part }) }] };
      ({ sheet, item, state } = found);
    }
    const from = part * per;
    const rows = dataRows(merged, from, Math.min(merged.rows.length, from + per));
    if (rows.length > 0) sheet.getRange(from + 2, 1, rows.length, width).setValues(rows);
    const doneParts = [...new Set([...state.done, part])].sort((a, b) => a - b);
    item.setValue(JSON.stringify({ ...state, done: doneParts }));
    return { ok: true, part, parts, rows: merged.rows.length, done: doneParts };
  });
  if (!done.ok) return { ok: false, problems: done.problems.map((p) => ({ message: p.message })) };
  return JSON.parse(JSON.stringify(done)) as StageResult;
}

/**
 * Ends a staged import: the staging sheet's rows replace the data sheet's (one copy), Tracking gets its
 * formulas or values, the staging sheet goes. Answers what applyDataImport would have. Refused (nothing
 * written) while a part is missing or when the file or mapping is not the staged one. If it fails
 * midway, run it again: the staging sheet stays until the very end, and the same cells are written.
 * @param input the export's text, {upload, chunks} or {sheet}
 * @param mapping the mapping the parts were staged with
 * @return {ok, added, replaced, written, kept, ...} or {ok: false, problems}
 */
export function commitDataImport(input: unknown, mapping: unknown): DataImportResult {
  const lang = userLanguage_();
  const parsed = parseMapping_(mapping, lang);
  if (!parsed.ok) return parsed;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const done = withDocumentLock(lang, (): DataImportResult => {
    const ctx = context_(input, lang, spreadsheet);
    if ('ok' in ctx) return ctx;
    const existing = inspectSpreadsheet(spreadsheet);
    const found = findStaging(existing, parsed.mapping.source);
    const inputPrint = fnv1a(JSON.stringify(parsed.mapping), parseInt(ctx.hash, 16));
    if (!found || found.state.input !== inputPrint)
      return { ok: false, problems: [{ message: say(lang, 'nothing', { value: parsed.mapping.source }) }] };
    const { state, sheet: staging } = found;
    const missing = Array.from({ length: state.parts }, (_, i) => i).filter((i) => !state.done.includes(i));
    if (missing.length > 0)
      return {
        ok: false,
        problems: [
          {
            message: say(lang, 'incomplete', {
              done: state.done.length,
              parts: state.parts,
              missing: missing.join(', '),
            }),
          },
        ],
      };
    // The merge as the parts made it: from the file and the data sheet when they still give it (their
    // fingerprint says so), else (a commit stopped midway changed the data sheet) from the staged rows.
    let plan = plan_(ctx, parsed.mapping, spreadsheet, undefined, existing);
    if (!plan.planned.ok || mergedPrint(plan.planned.merged) !== state.merged)
      plan = plan_(
        ctx,
        parsed.mapping,
        spreadsheet,
        readStoredRows(staging, parsed.mapping.dateColumn),
        existing,
      );
    const { planned, found: data, dataSheet, tracking } = plan;
    if (!planned.ok || !tracking)
      return { ok: false, problems: planned.ok ? [] : planned.problems.map((message) => ({ message })) };
    const merged = planned.merged;
    const width = merged.headers.length;
    const rows = state.rows + 1;
    fillDataSheet(
      dataSheetFor(spreadsheet, data, dataSheet, parsed.mapping.source),
      rows,
      width,
      merged.dateColumn,
      (target) =>
        staging
          .getRange(1, 1, rows, width)
          .copyTo(target.getRange(1, 1, rows, width), { contentsOnly: true }),
    );
    writeTrackingCells(tracking.sheet, planned);
    spreadsheet.deleteSheet(staging);
    return report_(
      ctx,
      {
        ...planned,
        merged: { ...merged, added: state.added, replaced: state.replaced, removed: state.removed },
      },
      dataSheet,
    );
  });
  if (!done.ok) return { ok: false, problems: done.problems.map((p) => ({ ...p })) };
  return JSON.parse(JSON.stringify(done)) as DataImportResult;
}

/**
 * The sheets an import can read: every sheet of the spreadsheet with a header and a row, but KPI Kit's
 * own (objectives, tracking, scorecard, library, archive, data, staging).
 * @return {ok, sheets: [{name, rows}]}
 */
export function listImportSheets(): { ok: true; sheets: { name: string; rows: number }[] } {
  const sheets = inspectSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
    .filter((e) => e.role === undefined && !e.metadata.has(STAGING_KEY))
    .map((e) => ({ name: e.name, rows: e.sheet.getLastRow() }))
    .filter((s) => s.rows > 1);
  return { ok: true, sheets };
}
