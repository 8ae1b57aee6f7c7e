import { readDataFile } from '../dataFile';
import type * as DataImport from './module';
import { storeChunk } from './upload';

// The data import's entry points in dist/Code.js are stand-ins: the import (Papa Parse, the vendors'
// vocabulary, the planner) is ~50 KB that custom functions, which load the whole of Code.js on every
// call, must not pay for. The build bundles ./module.ts on its own and writes it, as a JSON string, to
// dist/DataImport.html (a project file Apps Script never executes); the first import call of an
// execution reads it (one service call) and evaluates it in the script's global scope (its services).

type Module = typeof DataImport;

let loaded: Module | undefined;

function dataImport_(): Module {
  if (loaded) return loaded;
  const code = readDataFile('DataImport') as string;
  // The text is this build's own bundle (scripts/lib/build.ts), never user input.
  loaded = new Function(`${code}\nreturn KpiKitDataImport_;`)() as Module;
  return loaded;
}

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
