import type { CheckResult, Services } from './check';

/** The sheet where the suite writes its results, and the JSON a maintainer commits. */
export const RESULTS_SHEET = 'Conformance';

export interface ConformanceReport {
  readonly suite: 'kpi-kit-conformance';
  readonly version: string;
  readonly ranAt: string;
  readonly locale: string;
  readonly timeZone: string;
  readonly scriptTimeZone: string;
  readonly results: readonly CheckResult[];
}

const HEADER = ['id', 'ok', 'expected', 'actual', 'note'];
const FIRST_ROW = 4;

function okText(ok: boolean | null): string {
  return ok === null ? 'pending' : ok ? 'ok' : 'FAIL';
}

function parse(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Writes the report to the Conformance sheet (replacing what was there), every cell as text. */
export function writeResultsSheet(services: Services, report: ConformanceReport): void {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(RESULTS_SHEET) ?? spreadsheet.insertSheet(RESULTS_SHEET);
  sheet.clear();
  const { results, ...meta } = report;
  const rows = [
    ['KPI Kit conformance', '', '', '', ''],
    [JSON.stringify(meta), '', '', '', ''],
    ['', '', '', '', ''],
    HEADER,
    ...results.map((r) => [r.id, okText(r.ok), JSON.stringify(r.expected), JSON.stringify(r.actual), r.note]),
  ];
  const range = sheet.getRange(1, 1, rows.length, HEADER.length);
  // Text format first: a note or a JSON value must never be read as a number, a date or a formula.
  range.setNumberFormat('@');
  range.setValues(rows);
  sheet.setFrozenRows(FIRST_ROW);
  // The scratch sheets are gone; show the results.
  sheet.activate();
}

/** The report the Conformance sheet holds, or null when there is none. */
export function readResultsSheet(services: Services): ConformanceReport | null {
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(RESULTS_SHEET);
  if (!sheet || sheet.getLastRow() < FIRST_ROW) return null;
  const meta = parse(String(sheet.getRange(2, 1).getValue())) as Omit<ConformanceReport, 'results'>;
  const rows = sheet
    .getRange(FIRST_ROW + 1, 1, Math.max(sheet.getLastRow() - FIRST_ROW, 1), HEADER.length)
    .getValues();
  const results = rows
    .filter((row) => String(row[0]) !== '')
    .map((row) => ({
      id: String(row[0]),
      ok: row[1] === 'ok' ? true : row[1] === 'FAIL' ? false : null,
      expected: parse(String(row[2])),
      actual: parse(String(row[3])),
      note: String(row[4]),
    }));
  return { ...meta, results };
}
