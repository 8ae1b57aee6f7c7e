import { columnToLetters } from '../core/columnLetters';

// A1 notation for every layout's formulas and ranges: one home, arguments always (column, row) in the
// order A1 writes them (letters, then the row number).

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export const columnLetter = columnToLetters;

/** `$C$7` (absolute), `$C7` (column fixed: the form conditional-format rules use), or `C7`. */
export function cell(
  column: number,
  row: number,
  mode: 'absolute' | 'row-relative' | 'relative' = 'absolute',
): string {
  const col = columnLetter(column);
  if (mode === 'absolute') return `$${col}$${row}`;
  if (mode === 'row-relative') return `$${col}${row}`;
  return `${col}${row}`;
}

/** `$E$4:$P$4`. */
export function range(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${cell(fromColumn, fromRow)}:${cell(toColumn, toRow)}`;
}

/** `E4:P4`, the form WorkbookPlan ranges (conditional formats, validations) use. */
export function plainRange(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${cell(fromColumn, fromRow, 'relative')}:${cell(toColumn, toRow, 'relative')}`;
}

/** The prefix that points a reference at another sheet ('Suivi (2)'!), quoted whatever the name holds. */
export function sheetPrefix(sheetName: string): string {
  return `${quoteSheetName(sheetName)}!`;
}

/** A formula string literal: the text between double quotes, quotes doubled. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
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
