// The custom functions the conformance checks call from cells. Each one reports what it received,
// as text, so that the check reads it with getValue() once Sheets has computed the cell.
import { DATA_FILE } from './marker';

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function spreadsheetZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

/**
 * Describes a date argument: its type, the time it shows in the spreadsheet's and in the script's zones, and the instant.
 *
 * @param {date} value A date cell.
 * @return {string} "Date | yyyy-MM-dd HH:mm (spreadsheet zone) | yyyy-MM-dd HH:mm (script zone) | ISO instant".
 * @customfunction
 */
export function CONFORMANCE_DATE(value: unknown): string {
  if (!isDate(value)) return `${typeof value} | ${String(value)}`;
  const format = (zone: string) => Utilities.formatDate(value, zone, 'yyyy-MM-dd HH:mm');
  return ['Date', format(spreadsheetZone()), format(Session.getScriptTimeZone()), value.toISOString()].join(
    ' | ',
  );
}

/**
 * Describes any argument: "Date yyyy-MM-dd" (spreadsheet zone) for a date, else its type and value.
 *
 * @param {any} value Anything.
 * @return {string} The argument's type and value.
 * @customfunction
 */
export function CONFORMANCE_ECHO(value: unknown): string {
  if (isDate(value)) return `Date ${Utilities.formatDate(value, spreadsheetZone(), 'yyyy-MM-dd')}`;
  return `${typeof value} ${String(value)}`;
}

/**
 * Reads the project file ConformanceData.html with HtmlService, as SMART_CHECK reads the KPI library.
 *
 * @return {string} The file's text.
 * @customfunction
 */
export function CONFORMANCE_RAW(): string {
  return HtmlService.createTemplateFromFile(DATA_FILE).getRawContent().trim();
}
