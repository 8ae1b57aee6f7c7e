// Month names as people write them, folded (lower case, no accents), French and English, with the
// usual abbreviations. "mar" is March in both languages; no name means two different months.
const NAMES: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'january', 'jan'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** 1–12 for a folded month name or abbreviation, else undefined. */
export function monthFromName(folded: string): number | undefined {
  return MONTHS.get(folded);
}

/** Weekday names that may lead a written date ("mardi 30 juin 2027", "Wednesday, June 30, 2027"). */
export const WEEKDAYS =
  /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)/;
