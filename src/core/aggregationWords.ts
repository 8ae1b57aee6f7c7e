import { parseWrittenNumber, scaleOf } from './smart/numbers';
import { foldText } from './text';
import type { Aggregation, Frequency, Unit } from './vocabulary';

// What an objective's own words say about how its KPI adds up over the periods. "12 000 sessions par
// mois" is a level to reach each month (last value), "6 000 leads au total" a total over the plan (sum),
// "en moyenne 3 000 visites par semaine" an average of the periods. The wizard proposes the aggregation
// this reads; the user takes it or leaves it.

/** The period a per-period phrase names ("par mois", "weekly", "a quarter"). */
export type PeriodWord = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type AggregationCue =
  | {
      readonly kind: 'perPeriod';
      readonly period: PeriodWord;
      readonly words: string;
      readonly value?: number;
    }
  | {
      readonly kind: 'average';
      readonly period?: PeriodWord;
      readonly words: string;
      readonly value?: number;
    }
  | { readonly kind: 'total'; readonly words: string; readonly value?: number };

const PERIOD_OF: Readonly<Record<string, PeriodWord>> = {
  jour: 'day',
  jours: 'day',
  j: 'day',
  day: 'day',
  d: 'day',
  semaine: 'week',
  semaines: 'week',
  sem: 'week',
  week: 'week',
  wk: 'week',
  mois: 'month',
  month: 'month',
  mo: 'month',
  trimestre: 'quarter',
  trimestres: 'quarter',
  trim: 'quarter',
  quarter: 'quarter',
  qtr: 'quarter',
  an: 'year',
  ans: 'year',
  annee: 'year',
  annees: 'year',
  year: 'year',
  yr: 'year',
  annum: 'year',
};

/** Adjectives: the stem (folded) → its period. */
const ADJECTIVES: readonly (readonly [RegExp, PeriodWord])[] = [
  [/^(?:quotidien(?:ne)?s?|journali(?:er|ere)s?|daily)$/, 'day'],
  [/^(?:hebdo(?:madaires?)?|weekly)$/, 'week'],
  [/^(?:mensuel(?:le)?s?|monthly)$/, 'month'],
  [/^(?:trimestriel(?:le)?s?|quarterly)$/, 'quarter'],
  [/^(?:annuel(?:le)?s?|yearly|annual)$/, 'year'],
];

const ADJECTIVE =
  /\b(quotidien(?:ne)?s?|journali(?:er|ere)s?|daily|hebdo(?:madaires?)?|weekly|mensuel(?:le)?s?|monthly|trimestriel(?:le)?s?|quarterly|annuel(?:le)?s?|yearly|annual)\b/g;

// A period adjective that qualifies a meeting or a document, not the quantity: "newsletter mensuelle",
// "monthly report", "revue trimestrielle". French puts the adjective after the noun, English before.
const NOT_A_QUANTITY_FR =
  /\b(?:newsletters?|lettres?|rapports?|reportings?|reunions?|revues?|points?|bilans?|comites?|suivis?|webinaires?|rendez-vous|rdv|entretiens?|podcasts?|emissions?|editions?)\s(?:d'information\s)?$/;
const NOT_A_QUANTITY_EN =
  /^\s(?:newsletters?|reports?|reporting|meetings?|reviews?|check-?ins?|calls?|webinars?|digests?|podcasts?|editions?|stand-?ups?|catch-?ups?|one-on-ones?|subscriptions?|plans?)\b/;

const PER =
  /\b(?:par|per|every|each|chaque|a|an)\s(jour|semaine|mois|trimestre|an|annee|day|week|month|quarter|year|annum)\b|\/\s?(jours?|j|semaines?|sem|mois|trimestres?|trim|ans?|annees?|day|d|week|wk|month|mo|quarter|qtr|year|yr)\b|\b(?:tous les|toutes les)\s(jours|mois|trimestres|ans|semaines)\b/g;

// "in a month", "d'ici un an", "a year ago", "mois par mois": a date or a pace of work, not a rate.
const NOT_PER_BEFORE =
  /\b(?:in|within|for|over|after|about|than|under|of|last|next|from|once|twice|half|mois|semaine|jour|trimestre|annee)\s$/;
const NOT_PER_AFTER = /^\s(?:ago|from now|earlier|later|par|plus tot|plus tard|auparavant)\b/;

const TOTAL =
  /\b(?:au total|en tout|au cumul|en cumule?|cumule(?:e|s|es)?|cumul|cumulati(?:f|ve|vement|vely)|totale?s?|in total|overall|altogether|combined|all told|sur l'ensemble de (?:la periode|l'annee|l'exercice|la campagne|l'annee)|sur (?:toute )?l'annee|sur (?:toute )?la periode|over the (?:whole |entire |full )?(?:year|period|plan|campaign)|for the (?:whole |entire |full )?(?:year|period|campaign))\b/g;

const AVERAGE =
  /\b(?:en moyenne|une moyenne de|moyenne (?:quotidienne|journaliere|hebdomadaire|mensuelle|trimestrielle|annuelle)|on average|an average of|averag(?:e|ing)(?=\s\d)|average (?:daily|weekly|monthly|quarterly|yearly))\b/g;

// A number as marketers write it, with an optional scale: "12 000", "12,000", "1,5 M", "50k".
const NUMBER =
  /(?<![\d/.,\-a-z])(\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s?(k|m|md|mds|millions?|milliards?|thousand|billions?)?(?![\d/]|[a-z])/g;

interface Hit {
  readonly kind: AggregationCue['kind'];
  readonly start: number;
  readonly end: number;
  readonly words: string;
  readonly period?: PeriodWord;
}

const DAY_OF_MONTH =
  /\b\d{1,2}(?:er)?\s(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s\d{1,2}\b/g;

/** Numbers written in the text, years and dates left out ("2027", "30/06/2027", "30 juin", "June 30"). */
function numbersIn(folded: string): { value: number; start: number; end: number }[] {
  const found: { value: number; start: number; end: number }[] = [];
  const withoutDays = folded.replace(DAY_OF_MONTH, (day) => ' '.repeat(day.length));
  for (const m of withoutDays.matchAll(NUMBER)) {
    const digits = m[1] ?? '';
    if (/^(?:19|20)\d\d$/.test(digits)) continue;
    const value = parseWrittenNumber(digits) * scaleOf(m[2]);
    if (Number.isFinite(value)) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * The numbers the phrase may be about: those in its clause within a few words, before or after it
 * ("de 15 000 à 21 000 sessions par mois"), the closest first.
 */
function numbersNear(folded: string, hit: Hit, numbers: ReturnType<typeof numbersIn>): number[] {
  const near: { value: number; distance: number }[] = [];
  for (const n of numbers) {
    if (n.start < hit.end && n.end > hit.start) continue;
    const between = n.end <= hit.start ? folded.slice(n.end, hit.start) : folded.slice(hit.end, n.start);
    // Another clause ("…, soit 6 000 au total") or too far to be the phrase's number.
    if (/[,;.:()]\s/.test(between) || between.length > 40) continue;
    near.push({ value: n.value, distance: between.length });
  }
  return near.sort((a, b) => a.distance - b.distance).map((n) => n.value);
}

function hitsIn(folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of folded.matchAll(PER)) {
    const word = m[1] ?? m[2] ?? m[3] ?? '';
    const period = PERIOD_OF[word.replace(/s$/, '')] ?? PERIOD_OF[word];
    if (!period) continue;
    const before = folded.slice(Math.max(0, m.index - 20), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "a"/"an" only as an English rate ("12,000 a month"), never after "in", "within", "once"...
    if (NOT_PER_BEFORE.test(before) || NOT_PER_AFTER.test(after)) continue;
    // "+20 % par an" is a rate of change, not how the quantity adds up.
    if (/%\s?$/.test(before)) continue;
    if (/^an?\s/.test(m[0]) && /\b(?:d'ici|en|dans|il y a)\s$/.test(before)) continue;
    hits.push({ kind: 'perPeriod', start: m.index, end: m.index + m[0].length, words: m[0], period });
  }
  for (const m of folded.matchAll(ADJECTIVE)) {
    const word = m[1] ?? '';
    const period = ADJECTIVES.find(([re]) => re.test(word))?.[1];
    if (!period) continue;
    const before = folded.slice(Math.max(0, m.index - 30), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (NOT_A_QUANTITY_FR.test(before) || NOT_A_QUANTITY_EN.test(after)) continue;
    // "moyenne mensuelle", "average monthly" belong to the average phrase below.
    if (/\b(?:moyenne|average)\s$/.test(before)) continue;
    hits.push({ kind: 'perPeriod', start: m.index, end: m.index + m[0].length, words: m[0], period });
  }
  for (const m of folded.matchAll(TOTAL))
    hits.push({ kind: 'total', start: m.index, end: m.index + m[0].length, words: m[0] });
  for (const m of folded.matchAll(AVERAGE)) {
    const adjective = /(\w+)$/.exec(m[0])?.[1] ?? '';
    const period = ADJECTIVES.find(([re]) => re.test(adjective))?.[1];
    hits.push({
      kind: 'average',
      start: m.index,
      end: m.index + m[0].length,
      words: m[0],
      ...(period ? { period } : {}),
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

function cueOf(hit: Hit, value: number | undefined, period?: PeriodWord): AggregationCue {
  const withValue = value === undefined ? {} : { value };
  if (hit.kind === 'total') return { kind: 'total', words: hit.words, ...withValue };
  if (hit.kind === 'average') {
    const p = hit.period ?? period;
    return { kind: 'average', words: hit.words, ...(p ? { period: p } : {}), ...withValue };
  }
  return { kind: 'perPeriod', period: hit.period ?? 'month', words: hit.words, ...withValue };
}

/**
 * What the text says about how its quantity adds up over time, or undefined when it says nothing or
 * says two things (a monthly figure and a total) that `target` does not tell apart. With `target`, the
 * phrase next to that number wins: "500 leads par mois, soit 6 000 au total" is a total for 6000 and a
 * monthly level for 500.
 */
export function readAggregationCue(text: string, target?: number): AggregationCue | undefined {
  const folded = foldText(text);
  const hits = hitsIn(folded);
  if (hits.length === 0) return undefined;
  const numbers = numbersIn(folded);
  const all = hits.map((h) => ({ hit: h, near: numbersNear(folded, h, numbers) }));
  let cues = all.map((c) => ({ ...c, value: c.near[0] }));
  const anyPeriod = hits.find((h) => h.kind === 'perPeriod')?.period;
  if (target !== undefined) {
    const close = (v: number | undefined) =>
      v !== undefined && Math.abs(v - target) <= Math.abs(target) * 1e-9 + 1e-12;
    // The phrase closest to the target's number, else one that has it within reach.
    const own = cues.find((c) => close(c.value)) ?? cues.find((c) => c.near.some(close));
    if (own) {
      // The average phrase may sit before the number and the period after it: "en moyenne 3 000 par semaine".
      const average = cues.find((c) => c.hit.kind === 'average');
      if (own.hit.kind === 'perPeriod' && average) return cueOf(average.hit, target, own.hit.period);
      return cueOf(own.hit, target, anyPeriod);
    }
    // Phrases about other figures ("1 000 à 1 250 clics par mois" for a KPI whose target is 3 000) say
    // nothing about this one.
    cues = cues.filter((c) => c.near.length === 0);
  }
  const average = cues.find((c) => c.hit.kind === 'average');
  const total = cues.find((c) => c.hit.kind === 'total');
  const perPeriod = cues.find((c) => c.hit.kind === 'perPeriod');
  if (total && (perPeriod || average)) return undefined;
  const chosen = average ?? total ?? perPeriod;
  return chosen
    ? cueOf(chosen.hit, chosen.value ?? perPeriod?.value, perPeriod?.hit.period ?? anyPeriod)
    : undefined;
}

const FREQUENCY_PERIOD: Readonly<Record<Frequency, PeriodWord>> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
};
const PERIOD_DAYS: Readonly<Record<PeriodWord, number>> = {
  day: 1,
  week: 7,
  month: 30.44,
  quarter: 91.31,
  year: 365.25,
};

export interface AggregationContext {
  readonly unit: Unit;
  /** The Tracking sheet's period: a per-period figure compares with one column only when they agree. */
  readonly frequency: Frequency;
  /** The KPI's span in days (plan start to deadline); a figure "per year" over a one-year plan is a total. */
  readonly spanDays?: number;
  /** The aggregation the KPI has now: a level stays the level it is (last or average). */
  readonly current: Aggregation;
  /** The KPI's target, to pick the phrase about that number when the text names several. */
  readonly target?: number;
}

export interface AggregationProposal {
  readonly aggregation: Aggregation;
  readonly cue: AggregationCue;
}

/**
 * The aggregation the objective's words call for, or undefined when they call for none or for one the
 * Tracking sheet cannot express (a weekly figure tracked monthly). It may equal `current`: the caller
 * shows a proposal only when it differs.
 */
export function proposeAggregation(text: string, ctx: AggregationContext): AggregationProposal | undefined {
  const cue = readAggregationCue(text, ctx.target);
  if (!cue) return undefined;
  // A rate or a share is never summed over periods: "taux de conversion global" stays a level.
  if (cue.kind === 'total') return ctx.unit === 'percent' ? undefined : { aggregation: 'sum', cue };
  if (cue.kind === 'average' && cue.period === undefined) return { aggregation: 'average', cue };
  const period = cue.period ?? 'month';
  const tracked = FREQUENCY_PERIOD[ctx.frequency];
  if (period !== tracked) {
    // "1 M€ par an" over a plan of a year or less is the plan's total.
    const whole = ctx.spanDays !== undefined && PERIOD_DAYS[period] >= ctx.spanDays - 2;
    return whole && ctx.unit !== 'percent' && cue.kind === 'perPeriod'
      ? { aggregation: 'sum', cue }
      : undefined;
  }
  if (cue.kind === 'average') return { aggregation: 'average', cue };
  return { aggregation: ctx.current === 'average' ? 'average' : 'last', cue };
}
