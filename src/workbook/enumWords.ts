import { LANGUAGES, type Lang, type Translated } from '../core/i18n';
import { foldText } from '../core/text';
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, UNITS } from '../core/vocabulary';
import { ENUM_WORDS } from './labels';

// The enumerated words the built sheets show (a KPI's unit, direction and aggregation, the plan's
// frequency), in the plan's language. The sheets hold the word, not the code: a French marketer reads
// « hausse », and the dropdowns list the same words. Reading back (./read/readPlan.ts) accepts the words
// of every language and the English codes, folded (case, accents), so workbooks built before the words
// were translated, and hand edits in either language, still read back.
//
// The Scorecard's formulas read the direction and aggregation cells as text and compare them with the
// word tables of KPI_VARIANCE and KPI_PACE (./layouts/scorecard/words.ts): every word below is in
// those tables (test/workbook/enumWords.test.ts proves it), so the formulas need no code column and no
// new literal.
// The words themselves are in ./labels.ts (ENUM_WORDS).

export type EnumKind = keyof typeof ENUM_WORDS;
type CodeOf<K extends EnumKind> = keyof (typeof ENUM_WORDS)[K] & string;

const CODES: { readonly [K in EnumKind]: readonly CodeOf<K>[] } = {
  unit: UNITS,
  direction: DIRECTIONS,
  aggregation: AGGREGATIONS,
  frequency: FREQUENCIES,
};

function translated<K extends EnumKind>(kind: K, code: CodeOf<K>): Translated {
  return (ENUM_WORDS[kind] as Record<string, Translated>)[code] as Translated;
}

/** The word a sheet shows for `code`. */
export function enumWord<K extends EnumKind>(kind: K, code: CodeOf<K>, lang: Lang): string {
  return translated(kind, code)[lang];
}

/** Every word of `kind` in `lang`, in the vocabulary's order: what a dropdown lists. */
export function enumWords(kind: EnumKind, lang: Lang): readonly string[] {
  return CODES[kind].map((code) => translated(kind, code as CodeOf<typeof kind>)[lang]);
}

/** Every word a cell of `kind` may hold: the words of each language (codes are the English words). */
export function acceptedWords(kind: EnumKind): readonly string[] {
  return [...new Set(LANGUAGES.flatMap((lang) => enumWords(kind, lang)).concat(CODES[kind]))];
}

/** The code a cell's text stands for, in any language, ignoring case and accents; undefined if none. */
export function enumCode<K extends EnumKind>(kind: K, text: string): CodeOf<K> | undefined {
  const folded = foldText(text);
  return CODES[kind].find(
    (code) =>
      foldText(code) === folded ||
      Object.values(translated(kind, code)).some((word) => foldText(word) === folded),
  );
}
