import { eagerRegExp } from './eagerRegExp';
import type { Span } from './spans';

// Deadlines and time frames in folded text (lower case, no accents; see foldText). Every pattern here
// names a moment or a span the objective must be met by: a date, a period, or a duration introduced by
// a preposition ("en 6 mois", "within 90 days"). Rates ("par mois", "per month", "mensuel") and vague
// words ("bientôt", "soon", "in the coming months") match none of them on purpose.

const MONTHS_ALL = [
  'janvier',
  'fevrier',
  'avril',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'mars',
  'juin',
  'mai',
  'may',
  'janv',
  'fevr',
  'fev',
  'avr',
  'juil',
  'sept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
// After a bare preposition, "sept" (seven) and "mar" are too ambiguous to be months.
const AMBIGUOUS_MONTHS = new Set(['sept', 'mar']);
// "dix-huit" before "dix": the first alternative that matches wins.
const NUMBER_WORDS = [
  'dix-huit',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'huit',
  'neuf',
  'dix',
  'douze',
  'quinze',
  'vingt',
  'trente',
  'soixante',
  'cent',
  'two',
  'three',
  'four',
  'five',
  'seven',
  'eight',
  'nine',
  'ten',
  'twelve',
  'fifteen',
  'eighteen',
  'twenty',
  'thirty',
  'sixty',
  'ninety',
];

const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const DAY_WORD = `(?:${DAY}|1er|1re|premier)`;
const ORDINAL = '(?:st|nd|rd|th)?';
// Month names and number words are first replaced by runs of capitals of the same length (folded text
// has none): "M" for a month, "N" for "sept"/"mar" (a month or not), "W" for a number word. One long
// alternation repeated in many patterns made the combined RegExp take a tenth of a second to compile,
// on every custom-function call; placeholders keep it small.
const MONTH = '(?:[MN]+)';
const MONTH_AFTER_PREPOSITION = '(?:M+)';
const NUM_WORD = '(?:\\d+|[WN]+|un|une|a|an|one)';
const DURATION_UNIT =
  '(?:jours?|j|semaines?|sem|mois|ans?|annees?|trimestres?|semestres?|days?|weeks?|wks?|months?|mos?|years?|' +
  'yrs?|quarters?|semesters?)';
const SEASON = '(?:ete|hiver|printemps|automne|summer|winter|spring|autumn|fall)';
const PERIOD_WORD = '(?:annee|trimestre|semestre|mois|exercice|year|quarter|semester|half|month|fiscal year)';

function timePatterns(): string[] {
  return [
    // 2027-12-31
    '\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b',
    // 31/12/2027, 12/31/27, 31.12.2027, 31-12-2027
    '\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})\\b',
    // 31 décembre 2027, 1er mars, 31st of December
    `\\b${DAY_WORD}${ORDINAL}\\s(?:of\\s)?${MONTH}\\b\\.?(?:\\s(?:\\d{4}|'\\d{2})\\b)?`,
    // December 31, 2027; Dec 31
    `\\b${MONTH}\\b\\.?\\s${DAY}${ORDINAL}\\b(?:,?\\s\\d{4}\\b)?`,
    // décembre 2027, Dec 2027, June '27
    `\\b${MONTH}\\b\\.?\\s(?:\\d{4}|'\\d{2})\\b`,
    // d'ici le 30/06, by 30/06 (a bare "24/7" is no date)
    "(?:\\bd'ici (?:le|au)|\\bavant le|\\bau|\\ble|\\bby|\\bbefore|\\buntil|\\btill|\\bon|\\bjusqu'au|\\bpour le|\\bdue)" +
      `\\s${DAY}[/.](?:1[0-2]|0?[1-9])\\b(?!\\s?(?:%|€)|[.,/]\\d)`,
    // 06/2027
    '\\b(?:1[0-2]|0?[1-9])/\\d{4}\\b',
    // en 6 mois, d'ici 3 mois, dans les 6 prochains mois, within 90 days, over the next 12 weeks, sous 6 semaines
    "\\b(?:en|dans|d'ici(?:\\sa)?|sous|sur|in|within|over|au cours des?|durant|during|for the next|for the coming|" +
      "en l'espace de|in the space of)\\s(?:(?:les|des|the)\\s)?(?:(?:next|prochains|prochaines|coming)\\s)?" +
      `${NUM_WORD}\\s(?:(?:prochains|prochaines|next)\\s)?${DURATION_UNIT}\\b(?!\\s(?:glissants?|rolling))`,
    // fin 2026, fin d'année, fin du trimestre, fin juin
    "\\bfin\\s(?:\\d{4}|d'annee|de l'annee|d'exercice|de l'exercice|de cette annee|(?:du|de|de ce)\\s(?:trimestre|semestre|mois)|" +
      `[qt][1-4]|[sh][12]|${MONTH})\\b`,
    // end of year, end of the quarter, end of Q3, end of 2026, year-end, EOY
    `\\b(?:end|close)\\sof\\s(?:the\\s)?(?:\\d{4}|year|quarter|month|semester|half|fiscal year|financial year|fy\\s?\\d*|[qh][1-4]|${MONTH})\\b`,
    '\\b(?:year|quarter|month)[\\s-]end\\b',
    '\\beo[yqm]\\b',
    // 1er trimestre, troisième trimestre, second semestre; first quarter, second half of 2027
    '\\b(?:1er|premier|1re|premiere|2e|2eme|2nd|deuxieme|second|seconde|3e|3eme|troisieme|4e|4eme|quatrieme|dernier)\\s(?:trimestre|semestre)\\b',
    '\\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\\s(?:quarter|half)\\b',
    // Q3 2027, T3, Q4-27
    '\\b[qt][1-4]\\b(?:[\\s/-]?(?:\\d{4}|\\d{2})\\b)?',
    // S1 2027, H2 2027; a bare S1/H1 only after a preposition (a bare "H1" is also an HTML heading)
    '\\b[sh][12][\\s/-]?(?:\\d{4}|\\d{2})\\b',
    "\\b(?:en|in|by|d'ici|pour|for|avant|before|fin|end of|au|during|over|du|le|the|a)\\s[sh][12]\\b",
    // l'an prochain, l'année prochaine, le trimestre prochain, next year, this quarter, cette année
    "\\b(?:l'an|l'annee|le trimestre|le semestre|le mois|l'exercice)\\s(?:prochaine?|en cours)\\b",
    '\\b(?:cette annee|ce trimestre|ce semestre|ce mois-ci|ce mois ci|cet exercice)\\b',
    `\\b(?:next|this|the current|current)\\s${PERIOD_WORD}\\b`,
    // dans l'année, au cours du trimestre, within the year
    `\\b(?:dans|au cours de|au cours du|durant|pendant)\\s(?:l'|le\\s|la\\s)?${PERIOD_WORD}\\b`,
    `\\b(?:within|during|by the end of|before the end of)\\s(?:the|this)\\s${PERIOD_WORD}\\b`,
    // été 2027, d'ici l'été, avant Noël, by Christmas, pour la rentrée, this summer
    `\\b${SEASON}\\s\\d{4}\\b`,
    `\\b(?:avant|d'ici|pour|a|by|before|until)\\s(?:l'|le\\s|la\\s|les\\s|the\\s)?(?:${SEASON}|rentree|noel|christmas|black friday|soldes)\\b`,
    `\\b(?:cet|this|next)\\s${SEASON}\\b`,
    `\\b(?:l'|le\\s)${SEASON}\\sprochain\\b`,
    // d'ici juin, en mars, fin mars, mi-mars, by June, end of March, early May
    "\\b(?:en|d'ici(?:\\sa)?|avant|pour|fin|debut|mi|au|jusqu'en|in|by|before|until|till|early|late|mid)" +
      `(?:\\s|-)(?:le\\s|la\\s|l')?(?:mois\\s(?:de\\s|d'))?${MONTH_AFTER_PREPOSITION}\\b`,
    // en 2027, d'ici 2027, by 2027, mi-2027, FY2027
    "\\b(?:en|in|by|d'ici(?:\\sa)?|pour|for|avant|before|fin|until|till|jusqu'en|horizon|courant|during|durant|" +
      'through|exercice|annee|year|mi|mid|debut|early|late|cours de)(?:\\s|-)(?:19|20)\\d{2}\\b',
    "\\bfy\\s?'?(?:\\d{4}|\\d{2})\\b",
  ];
}

let timeRegExp: RegExp | undefined;
let wordRegExp: RegExp | undefined;

/** Built once, on first use: KPI_VARIANCE loads this file too and should not pay for it. */
function timeExpressionRegExp(): RegExp {
  timeRegExp ??= eagerRegExp(timePatterns().join('|'), 'g');
  return timeRegExp;
}

function placeholderRegExp(): RegExp {
  wordRegExp ??= eagerRegExp(`\\b(?:(${MONTHS_ALL.join('|')})|${NUMBER_WORDS.join('|')})\\b`, 'g');
  return wordRegExp;
}

/** Month names and number words as same-length runs of "M", "N" or "W" (see MONTH above). */
function withPlaceholders(folded: string): string {
  return folded.replace(placeholderRegExp(), (word: string, month: string | undefined) => {
    const letter = month === undefined ? 'W' : AMBIGUOUS_MONTHS.has(month) ? 'N' : 'M';
    return letter.repeat(word.length);
  });
}

export type { Span } from './spans';

/** Where the folded text states a deadline or a time frame, left to right. */
export function findTimeExpressions(folded: string): Span[] {
  const pattern = timeExpressionRegExp();
  const text = withPlaceholders(folded);
  pattern.lastIndex = 0;
  const spans: Span[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return spans;
}
