import { columnToLetters } from '../core/columnLetters';
import type { CellInput, CellSpec, FormulaValue } from './types';

// Small constructors the layouts share, so a sheet reads as a table of intentions.

export const PLAIN_TEXT_FORMAT = '@';

/** User text: literal, and formatted as plain text so Sheets does not turn "1/2" or "0,5" into a date or a number. */
export function userText(text: string | undefined, extra: Partial<CellSpec> = {}): CellSpec {
  return { value: text ?? '', numberFormat: PLAIN_TEXT_FORMAT, ...extra };
}

/**
 * Our own label (a header, a title, a period key): literal text, formatted as plain text too, because
 * setValues reads a string as if typed: a period header "Jan 2027" or a key "2027-01" may come back from
 * Sheets as a date, and the rebuild, which matches tracked values by key, would no longer find them.
 */
export function label(text: string, extra: Partial<CellSpec> = {}): CellSpec {
  return { value: text, numberFormat: PLAIN_TEXT_FORMAT, ...extra };
}

export function formula(text: string): FormulaValue {
  if (!text.startsWith('=')) throw new Error(`formula: "${text}" must start with "=".`);
  return { formula: text };
}

export function value(v: CellInput, extra: Partial<CellSpec> = {}): CellSpec {
  return { value: v, ...extra };
}

export function isFormula(v: CellInput | undefined): v is FormulaValue {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export const columnLetter = columnToLetters;

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function a1Range(row: number, column: number, lastRow: number, lastColumn: number): string {
  return `${a1(row, column)}:${a1(lastRow, lastColumn)}`;
}

/** A sheet name as a formula or range reference: 'Suivi (2)'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A sheet name as Sheets shows it in a reference a person reads (Objectifs!L10, 'Objectifs (2)'!L10):
 * bare only when it cannot be mistaken for something else; a name starting with a digit, or read as a
 * cell (A1, ABC12), an R1C1 reference (R1C2, C3) or a boolean, is quoted like any name with spaces.
 * Formulas keep quoteSheetName, which is always valid. The emulator states the same rule on its own
 * (dev/emulator/a1.ts); a test holds the two together, src cannot import dev/.
 */
export function sheetNameForDisplay(name: string): string {
  const bare =
    /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/.test(name) &&
    !/^(true|false)$/i.test(name);
  return bare ? name : quoteSheetName(name);
}
