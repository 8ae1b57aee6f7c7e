// A1 notation for the Scorecard's formulas. Kept here (not shared) because the Scorecard is the only
// layout whose formulas point at other sheets; letters and sheet quoting are shared with the other layouts.

import { columnLetter, quoteSheetName } from '../cells';

export { columnLetter };

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
