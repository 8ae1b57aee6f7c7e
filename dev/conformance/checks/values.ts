import type { CheckContext } from '../check';

/** Is it a Date, whatever realm made it (Apps Script, or the emulator seen from a vm)? */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A cell value as plain JSON a results file can hold: a Date becomes `date yyyy-MM-dd HH:mm` in the
 * spreadsheet's time zone (what the cell shows), anything else stays as it is.
 */
export function plain(context: CheckContext, value: unknown): unknown {
  if (isDate(value))
    return `date ${context.services.Utilities.formatDate(value, context.timeZone, 'yyyy-MM-dd HH:mm')}`;
  return value;
}

/** The message of what `act` throws, or "no error". */
export function thrown(act: () => unknown): string {
  try {
    act();
    return 'no error';
  } catch (error) {
    return error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  }
}

/** Each cell of a one-column range: its value (plain), number format and displayed text. */
export function cells(
  context: CheckContext,
  range: GoogleAppsScript.Spreadsheet.Range,
): Array<{ value: unknown; format: string; display: string }> {
  const values = range.getValues();
  const formats = range.getNumberFormats();
  const displays = range.getDisplayValues();
  return values.map((row, i) => ({
    value: plain(context, row[0]),
    format: formats[i]?.[0] ?? '',
    display: displays[i]?.[0] ?? '',
  }));
}
