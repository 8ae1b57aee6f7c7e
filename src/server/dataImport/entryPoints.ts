import { readDataFile } from '../dataFile';
import { lazyModule } from '../lazyModule';
import type * as DataImport from './module';
import { storeChunk } from './upload';

// The data import's entry points in dist/Code.js are stand-ins: the import (Papa Parse, the vendors'
// vocabulary, the planner) is ~50 KB that custom functions, which load the whole of Code.js on every
// call, must not pay for: it is loaded from dist/DataImport.html on first use (../lazyModule.ts).

const dataImport_ = lazyModule<typeof DataImport>('DataImport', 'KpiKitDataImport_');

/**
 * What importing an export (CSV/TSV text, or {upload, chunks}) would do; its mapping suits applyDataImport.
 * @param text the export's text
 * @return {ok, mapping, columns, kpis, ...} or {ok: false, problems}
 */
export function previewDataImport(text: unknown): DataImport.DataImportPreview {
  return dataImport_().previewDataImport(text);
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
 * @return {ok, mapping, columns, kpis, ...} or {ok: false, problems}
 */
export function previewSheetImport(sheetName: unknown): DataImport.DataImportPreview {
  return dataImport_().previewSheetImport(sheetName);
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
