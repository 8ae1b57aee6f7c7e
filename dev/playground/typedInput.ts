// The emulator reads a string written with setValue as the user typed it in the spreadsheet's locale
// ("0,019", "2,5 %", "1 200,50" are numbers in fr_FR: dev/emulator/typedInput.ts), but not a number
// followed by the euro sign, which a French user types and Sheets reads as a number. Until the emulator
// does, the playground drops the sign of such an entry and lets the emulator read the number; the cell
// gets no currency format (Sheets gives one).
import { parseLocaleInput } from '../emulator/typedInput';

const EURO_SUFFIX = /^(.*\S)\s*€$/u;

/** The entry without a trailing " €" when what precedes it is a French number, else the input as typed. */
export function withoutEuroSign(input: string, locale: string): string {
  if (!locale.startsWith('fr')) return input;
  const number = EURO_SUFFIX.exec(input.trim())?.[1];
  if (number === undefined) return input;
  const typed = parseLocaleInput(number, locale);
  return typed && typeof typed.value === 'number' && typed.format === undefined ? number : input;
}
