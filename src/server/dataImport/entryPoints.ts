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
 * Reads an export (CSV or TSV text) and answers what importing it would do: the file's columns and
 * dates, the suggested mapping (accepted by applyDataImport as it is), and per KPI and period the value
 * and whether the Tracking cell is empty, already this import's, or typed (kept without consent).
 * Writes nothing. Called by the sidebar.
 * @param text the export's text
 * @return {ok: true, mapping, columns, kpis, ...} or {ok: false, problems: [{line, column, message}]}
 */
export function previewDataImport(text: unknown): DataImport.DataImportPreview {
  return dataImport_().previewDataImport(text);
}

/**
 * Imports an export with a mapping (previewDataImport's suggestion, or the user's): the rows go to the
 * source's data sheet (overlapping dates replaced), and each mapped KPI's Tracking cells get native
 * formulas over it (or values, mode "values"). A refused file or mapping writes nothing; a typed value
 * is replaced only when the mapping says overwrite. Called by the sidebar.
 * @param text the export's text
 * @param mapping {source, dateColumn, mode, overwrite, kpis: [{kpiId, rule, column | numerator, denominator}]}
 * @return {ok: true, added, replaced, written, kept, ...} or {ok: false, problems: [{line, column, message}]}
 */
export function applyDataImport(text: unknown, mapping: unknown): DataImport.DataImportResult {
  return dataImport_().applyDataImport(text, mapping);
}

/**
 * The import panel's code, for the sidebar to evaluate when the user opens the import (it is not in
 * Sidebar.html, which has a size budget). Called by the sidebar.
 * @return the panel bundle's JavaScript text
 */
export function getDataImportPanel(): string {
  return readDataFile('DataImportPanel') as string;
}

/**
 * Keeps one chunk of a file too big for one call (the document’s cache, one hour); previewDataImport and
 * applyDataImport then take {upload, chunks} instead of the text. Small: it stays in Code.js, so each
 * chunk does not load the import. Called by the sidebar.
 * @param uploadId the upload's id, 8 to 64 letters, digits, - or _
 * @param index the chunk's number, from 0
 * @param chunk the chunk's text
 * @return {ok: true, length} or {ok: false, problems: [{message}]}
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
