import { calendarDateOfLocal, dayNumber } from '../../core/calendarDate';
import type { Merged, StoredRows } from '../../core/dataImport/merge';
import type { Lang } from '../../core/i18n';
import { isDateObject } from '../../core/parse/kpiError';
import type { DayOf } from '../../core/zonedDay';
import type { ExistingSheet } from '../read/existingSheets';
import { DATE_FORMAT } from '../formats';
import { SHEET_NAMES, TAB_COLORS } from '../labels';
import { ROLE_METADATA_KEY } from '../spec';

// The data sheet an import owns, one per source ("KPI Kit data – GA4"): found again by its metadata
// (role `data`, `kpikit.source`), whatever a user renamed it to; row 1 the file's headers, then one row
// per exported row, dates as real dates. Re-imports rewrite it whole from the merge (./importPlan.ts).

export const SOURCE_METADATA_KEY = 'kpikit.source';
const SERIAL_EPOCH_OFFSET = 25_569;

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
        ? d - SERIAL_EPOCH_OFFSET
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

/** Writes the merged rows: one block of values, one number format for the dates. */
export function writeDataSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  found: ExistingSheet | undefined,
  name: string,
  source: string,
  merged: Merged,
): Sheet {
  let sheet = found?.sheet;
  if (!sheet) {
    sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    sheet.addDeveloperMetadata(ROLE_METADATA_KEY, 'data');
    sheet.addDeveloperMetadata(SOURCE_METADATA_KEY, source);
    sheet.setTabColor(TAB_COLORS.data);
  }
  const width = merged.headers.length;
  const grid: (string | number)[][] = [
    [...merged.headers],
    ...merged.rows.map((r) =>
      r.values.map((v, i) => {
        if (i === merged.dateColumn) return r.day + SERIAL_EPOCH_OFFSET;
        if (v === null) return '';
        // Text that Sheets would read as a formula stays text.
        return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
      }),
    ),
  ];
  sheet.clearContents();
  const rows = grid.length;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows, width).setValues(grid);
  if (rows > 1) sheet.getRange(2, merged.dateColumn + 1, rows - 1, 1).setNumberFormat(DATE_FORMAT);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}
