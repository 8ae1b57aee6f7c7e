import type { CellInput, CellSpec, FormulaValue } from './spec';

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
