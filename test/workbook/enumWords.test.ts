import { foldText } from '../../src/core/text';
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, UNITS } from '../../src/core/vocabulary';
import { acceptedWords, type EnumKind, enumCode, enumWord, enumWords } from '../../src/workbook/enumWords';
import { AGGREGATION_WORDS, DIRECTION_WORDS } from '../../src/workbook/layouts/scorecard/words';

const CODES: Record<EnumKind, readonly string[]> = {
  unit: UNITS,
  direction: DIRECTIONS,
  aggregation: AGGREGATIONS,
  frequency: FREQUENCIES,
};
const KINDS = Object.keys(CODES) as EnumKind[];
const LANGS = ['fr', 'en'] as const;

describe('the enumerated words of the sheets', () => {
  test('English words are the codes; French words are French', () => {
    for (const kind of KINDS) expect(enumWords(kind, 'en')).toEqual(CODES[kind]);
    expect(enumWords('unit', 'fr')).toEqual(['nombre', 'pourcentage', 'devise', 'durée']);
    expect(enumWords('direction', 'fr')).toEqual(['hausse', 'baisse', 'cible']);
    expect(enumWords('aggregation', 'fr')).toEqual(['dernière valeur', 'somme', 'moyenne']);
    expect(enumWords('frequency', 'fr')).toEqual(['hebdomadaire', 'mensuel', 'trimestriel']);
  });

  test('every word, in any case and with or without accents, maps back to its code', () => {
    for (const kind of KINDS) {
      for (const code of CODES[kind]) {
        for (const lang of LANGS) {
          const word = enumWord(kind, code as never, lang);
          for (const typed of [word, word.toUpperCase(), foldText(word), ` ${word} `]) {
            expect([kind, typed, enumCode(kind, typed)]).toEqual([kind, typed, code]);
          }
        }
      }
    }
  });

  test('a word of another kind or no word at all is unknown', () => {
    expect(enumCode('direction', 'somme')).toBeUndefined();
    expect(enumCode('unit', 'hausse')).toBeUndefined();
    expect(enumCode('frequency', 'daily')).toBeUndefined();
    expect(enumCode('aggregation', '')).toBeUndefined();
  });

  test('the accepted words list both languages, each word once', () => {
    expect(acceptedWords('direction')).toEqual(['hausse', 'baisse', 'cible', 'higher', 'lower', 'target']);
    for (const kind of KINDS) {
      expect(new Set(acceptedWords(kind)).size).toBe(acceptedWords(kind).length);
    }
  });

  // The Scorecard's formulas compare the direction and aggregation cells with these tables (Sheets' "="
  // ignores case): the words the build writes must be in them, or every KPI would read as the default.
  test('the Scorecard formulas recognise every direction and aggregation word of both languages', () => {
    for (const lang of LANGS) {
      for (const code of DIRECTIONS) {
        expect(DIRECTION_WORDS[code].map((w) => w.toLowerCase())).toContain(
          enumWord('direction', code, lang),
        );
      }
      for (const code of AGGREGATIONS) {
        expect(AGGREGATION_WORDS[code].map((w) => w.toLowerCase())).toContain(
          enumWord('aggregation', code, lang),
        );
      }
    }
  });
});
