// What a user types in a French spreadsheet ("0,019", "2,5 %", "1 200,50 €") is a number in Sheets. The
// emulator's setValue parses the canonical forms ("0.019", "2.5%") but not the French ones, so the
// playground rewrites a French number to its canonical text before writing it, and leaves anything
// else (text, dates, formulas) to the emulator as typed.

const FRENCH_NUMBER = /^([-+]?)(\d{1,3}(?:[   ]\d{3})+|\d+)(?:,(\d+))?\s*(%|€)?$/;

/** The canonical entry for a French-typed number, or the input unchanged. */
export function canonicalEntry(input: string, locale: string): string {
  if (!locale.startsWith('fr')) return input;
  const m = FRENCH_NUMBER.exec(input.trim());
  if (!m) return input;
  const [, sign = '', whole = '', decimals, suffix] = m;
  // "1 200" and "0,5" are numbers; a bare "1200" needs no rewriting.
  if (decimals === undefined && !/[   ]/.test(whole) && suffix !== '%') return input;
  const number = `${sign}${whole.replace(/[   ]/g, '')}${decimals === undefined ? '' : `.${decimals}`}`;
  return suffix === '%' ? `${number}%` : number;
}
