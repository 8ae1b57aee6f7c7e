import { readDataFile } from '../dataFile';
import { lazyModule } from '../lazyModule';
import type * as DataImport from './bundle';
import { storeChunk } from './upload';

// The data import's entry points in dist/Code.js are stand-ins: the import (Papa Parse, the vendors'
// vocabulary, the planner) is ~50 KB that custom functions, which load the whole of Code.js on every
// call, must not pay for: it is loaded from dist/DataImport.html on first use (../lazyModule.ts).

const dataImport_ = lazyModule<typeof DataImport>('DataImport', 'KpiKitDataImport_');

/**
 * What importing an export (CSV/TSV text, {upload, chunks} or {sheet}) would do; its mapping suits
 * applyDataImport. With a mapping (the user's corrections), the preview of that mapping.
 * @param text the export's text
 * @param mapping optional: the mapping to preview instead of the suggestion
 * @return {ok, mapping, suggested, columns, kpis, ...} or {ok: false, problems}
 */
export function previewDataImport(text: unknown, mapping?: unknown): DataImport.DataImportPreview {
  return dataImport_().previewDataImport(text, mapping);
}

/**
 * Imports an export: a data sheet per source, native formulas (or values) in Tracking. See docs/WORKBOOK.md.
 * @param text the export's text, or {upload, chunks}
 * @param mapping previewDataImport's mapping, or the user's
 * @return {ok, added, replaced, written, kept, ...} or {ok: false, problems}
 */
export function applyDataImport(text: unknown, mapping: unknown): DataImport.DataImportResult {
  return dataImport_().applyDataImport(text, mapping);
}

/**
 * The import panel's code, loaded by the sidebar on demand.
 * @return its JavaScript
 */
export function getDataImportPanel(): string {
  return readDataFile('DataImportPanel') as string;
}

// Small, so it stays in Code.js: a chunk does not load the import.
/**
 * Keeps one chunk of a big file (document cache, one hour) for {upload, chunks}.
 * @param uploadId the upload's id
 * @param index the chunk's number, from 0
 * @param chunk the chunk's text
 * @return {ok, length} or {ok: false, problems}
 */
export function appendDataImportChunk(
  uploadId: unknown,
  index: unknown,
  chunk: unknown,
): { ok: true; length: number } | { ok: false; problems: { message: string }[] } {
  // Null outside a document (a standalone script run): no upload there.
  const cache = CacheService.getDocumentCache();
  const stored = cache
    ? storeChunk(cache, uploadId, index, chunk)
    : 'CacheService: no document cache here; open the spreadsheet in Sheets and import from its sidebar.';
  return typeof stored === 'number'
    ? { ok: true, length: stored }
    : { ok: false, problems: [{ message: stored }] };
}

/**
 * previewDataImport for a sheet of this spreadsheet (a connector's): its displayed cells.
 * @param sheetName the sheet's name
 * @param mapping optional: the mapping to preview instead of the suggestion
 * @return {ok, mapping, columns, kpis, ...} or {ok: false, problems}
 */
export function previewSheetImport(sheetName: unknown, mapping?: unknown): DataImport.DataImportPreview {
  return dataImport_().previewSheetImport(sheetName, mapping);
}

/**
 * applyDataImport for a sheet of this spreadsheet; run it again after the connector refreshes it.
 * @param sheetName the sheet's name
 * @param mapping previewSheetImport's mapping, or the user's
 * @return {ok, added, replaced, written, kept, ...} or {ok: false, problems}
 */
export function applySheetImport(sheetName: unknown, mapping: unknown): DataImport.DataImportResult {
  return dataImport_().applySheetImport(sheetName, mapping);
}

/**
 * A big import in parts (each under the 6-minute limit): writes part `part` to a hidden staging sheet.
 * @param input the export's text, {upload, chunks} or {sheet}
 * @param mapping the preview's mapping, or the user's
 * @param part the part's number, from 0 (part 0 starts over)
 * @param partCells optional: cells per part (smaller parts, shorter calls), the same for every part
 * @return {ok, part, parts, rows, done} or {ok: false, problems}
 */
export function stageDataImport(
  input: unknown,
  mapping: unknown,
  part: unknown,
  partCells?: unknown,
): DataImport.StageResult {
  return dataImport_().stageDataImport(input, mapping, part, partCells);
}

/**
 * Ends an import in parts: the staged rows replace the data sheet's, Tracking is written.
 * @param input the export's text, {upload, chunks} or {sheet}
 * @param mapping the mapping the parts were staged with
 * @return {ok, added, replaced, written, kept, ...} or {ok: false, problems}
 */
export function commitDataImport(input: unknown, mapping: unknown): DataImport.DataImportResult {
  return dataImport_().commitDataImport(input, mapping);
}

/**
 * The sheets an import can read (all but KPI Kit's own), for the import panel's sheet picker.
 * @return {ok, sheets: [{name, rows}]}
 */
export function listImportSheets(): ReturnType<typeof DataImport.listImportSheets> {
  return dataImport_().listImportSheets();
}
