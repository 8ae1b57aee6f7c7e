// Cell contents from the emulator's snapshot (plain JSON) to ExcelJS values. The snapshot writes a
// date as the ISO instant of the spreadsheet-zone midnight (2027-01-01 in Paris is
// 2026-12-31T23:00:00.000Z); Excel stores wall-clock serials, and ExcelJS turns a Date into a serial
// from its UTC fields, so a date is rebuilt from its wall-clock parts in the spreadsheet's zone.

import { wallClockMs } from '../emulator/serial';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** A number format that shows a date or a time (letters y, d, h, s outside quotes and brackets). */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const bare = numberFormat
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ydhs]/i.test(bare) && !/^general$/i.test(bare);
}

/** An ISO instant as a Date whose UTC fields are the wall clock in `timeZone` (the emulator's reading). */
export function wallClockDate(iso: string, timeZone: string): Date {
  return new Date(wallClockMs(Date.parse(iso), timeZone));
}

export type PlainValue = string | number | boolean | Date | null;

/** A snapshot value as ExcelJS should store it; dates only where the cell's format shows a date. */
export function plainValue(value: unknown, numberFormat: string | undefined, timeZone: string): PlainValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && ISO_INSTANT.test(value) && isDateFormat(numberFormat))
    return wallClockDate(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

/** A formula's cached result: Excel shows it until it recalculates (and files opened read-only keep it). */
export function formulaResult(
  value: unknown,
  numberFormat: string | undefined,
  timeZone: string,
):
  | Exclude<PlainValue, null>
  | { error: '#N/A' | '#REF!' | '#NAME?' | '#DIV/0!' | '#NULL!' | '#VALUE!' | '#NUM!' }
  | undefined {
  if (typeof value === 'string' && EXCEL_ERRORS.has(value))
    return { error: value as '#N/A' | '#REF!' | '#NAME?' | '#DIV/0!' | '#NULL!' | '#VALUE!' | '#NUM!' };
  if (typeof value === 'string' && value.startsWith('#') && value.endsWith('!')) return undefined;
  return plainValue(value, numberFormat, timeZone) ?? undefined;
}

/** '#rrggbb' (or '#rgb') as ExcelJS's ARGB. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `FF${full.toUpperCase()}`;
}

/** Sheets' column width in pixels as Excel's width in characters of the default font (7 px each). */
export function pixelsToCharacters(pixels: number): number {
  return Math.round((pixels / 7) * 100) / 100;
}

export function charactersToPixels(characters: number): number {
  return Math.round(characters * 7);
}
