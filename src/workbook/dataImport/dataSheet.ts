import { UNIX_EPOCH_SERIAL, calendarDateOfLocal, dayNumber, isDateObject } from '../../core/calendarDate';
import type { Merged, StoredRows } from '../../core/dataImport/merge';
import type { Lang } from '../../core/i18n';
import type { DayOf } from '../../core/zonedDay';
import type { ExistingSheet } from '../read/existingSheets';
import { DATE_FORMAT } from '../formats';
import { SHEET_NAMES, TAB_COLORS } from '../labels';
import { ROLE_METADATA_KEY } from '../spec';

// The data sheet an import owns, one per source ("KPI Kit data – GA4"): found again by its metadata
// (role `data`, `kpikit.source`), whatever a user renamed it to; row 1 the file's headers, then one row
// per exported row, dates as real dates. Re-imports rewrite it whole from the merge (./importPlan.ts).

export const SOURCE_METADATA_KEY = 'kpikit.source';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function dataSheetName(source: string, lang: Lang, taken: readonly string[]): string {
  const clean = source.replace(/[[\]*?/\\:]/g, ' ').trim() || 'Import';
  const base = `${SHEET_NAMES.data[lang]} – ${clean}`.slice(0, 99);
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
  return name;
}

export function findDataSheet(existing: readonly ExistingSheet[], source: string): ExistingSheet | undefined {
  const lower = source.toLowerCase();
  return existing.find(
    (e) => e.role === 'data' && e.metadata.get(SOURCE_METADATA_KEY)?.value.toLowerCase() === lower,
  );
}

/** The rows a data sheet holds now (a newer export pasted over it included); undefined when empty. */
export function readStoredRows(
  sheet: Sheet,
  dateHeader: string,
  dayOf: DayOf = calendarDateOfLocal,
): StoredRows | undefined {
  const values = sheet.getDataRange().getValues();
  const [head, ...rest] = values;
  if (!head || head.every((v) => v === '')) return undefined;
  const headers = head.map((v) => String(v));
  let dateColumn = headers.findIndex((h) => h.toLowerCase() === dateHeader.toLowerCase());
  if (dateColumn < 0) dateColumn = 0;
  const rows: { day: number; values: (number | string | null)[] }[] = [];
  for (const line of rest) {
    const d = line[dateColumn];
    const day = isDateObject(d)
      ? dayNumber(dayOf(d))
      : typeof d === 'number'
        ? d - UNIX_EPOCH_SERIAL
        : undefined;
    if (day === undefined) continue;
    rows.push({
      day,
      values: line.map((v, i) =>
        i === dateColumn ? day : typeof v === 'number' || (typeof v === 'string' && v !== '') ? v : null,
      ),
    });
  }
  return { headers, rows, dateColumn };
}

/** The data sheet's cells for merged rows [from, to): dates as serial numbers, text never a formula. */
export function dataRows(merged: Merged, from = 0, to = merged.rows.length): (string | number)[][] {
  return merged.rows.slice(from, to).map((r) =>
    r.values.map((v, i) => {
      if (i === merged.dateColumn) return r.day + UNIX_EPOCH_SERIAL;
      if (v === null) return '';
      // Text that Sheets would read as a formula stays text.
      return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
    }),
  );
}

/** Makes room for `rows` × `width` cells from A1 (rows and columns inserted when the sheet is smaller). */
export function ensureSize(sheet: Sheet, rows: number, width: number): void {
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
}

/** The source's data sheet, made (role data, its source, its tab colour) when there is none yet. */
export function dataSheetFor(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  found: ExistingSheet | undefined,
  name: string,
  source: string,
): Sheet {
  if (found) return found.sheet;
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(ROLE_METADATA_KEY, 'data');
  sheet.addDeveloperMetadata(SOURCE_METADATA_KEY, source);
  sheet.setTabColor(TAB_COLORS.data);
  return sheet;
}

/**
 * Fills the data sheet with `rows` rows (headers included) × `width` columns: `put` writes the cells
 * (one block of values, or a copy of a staging sheet), then one date format, a bold frozen header.
 */
export function fillDataSheet(
  sheet: Sheet,
  rows: number,
  width: number,
  dateColumn: number,
  put: (sheet: Sheet) => void,
): Sheet {
  sheet.clearContents();
  ensureSize(sheet, rows, width);
  put(sheet);
  if (rows > 1) sheet.getRange(2, dateColumn + 1, rows - 1, 1).setNumberFormat(DATE_FORMAT);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

/** Writes the merged rows: one block of values, one number format for the dates. */
export function writeDataSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  found: ExistingSheet | undefined,
  name: string,
  source: string,
  merged: Merged,
): Sheet {
  const grid: (string | number)[][] = [[...merged.headers], ...dataRows(merged)];
  const width = merged.headers.length;
  return fillDataSheet(
    dataSheetFor(spreadsheet, found, name, source),
    grid.length,
    width,
    merged.dateColumn,
    (s) => s.getRange(1, 1, grid.length, width).setValues(grid),
  );
}
