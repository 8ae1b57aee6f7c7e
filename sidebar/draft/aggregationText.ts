import { proposeAggregation, type AggregationProposal } from '../../src/core/aggregationWords';
import type { Lang } from '../../src/core/i18n';
import type { KpiDraft, PlanContextDraft } from '../../src/core/rpc/draft';
import type { Aggregation, Frequency } from '../../src/core/vocabulary';
import { isIsoDate } from '../../src/core/calendarDate';
import { parseUserNumber } from './numbers';

// What an aggregation makes of the target, said with the user's own numbers, and the aggregation the
// objective's words propose. Pure: the KPI editor shows these strings, the tests read them.

type PerFrequency = Readonly<Record<Frequency, string>>;
type Words = Readonly<Record<Lang, PerFrequency>>;

/** "par mois" / "a month". */
const PER: Words = {
  fr: { weekly: 'par semaine', monthly: 'par mois', quarterly: 'par trimestre' },
  en: { weekly: 'a week', monthly: 'a month', quarterly: 'a quarter' },
};
/** "les mois suivis" / "the months tracked". */
const PERIODS: Words = {
  fr: { weekly: 'les semaines suivies', monthly: 'les mois suivis', quarterly: 'les trimestres suivis' },
  en: { weekly: 'the weeks tracked', monthly: 'the months tracked', quarterly: 'the quarters tracked' },
};
/** "la valeur du dernier mois suivi" / "the latest month's value". */
const LATEST: Words = {
  fr: {
    weekly: 'la valeur de la dernière semaine suivie',
    monthly: 'la valeur du dernier mois suivi',
    quarterly: 'la valeur du dernier trimestre suivi',
  },
  en: {
    weekly: 'the latest week’s value',
    monthly: 'the latest month’s value',
    quarterly: 'the latest quarter’s value',
  },
};

/** What the target is, for each aggregation: shown under the aggregation where it is chosen. */
export function aggregationHelp(aggregation: Aggregation, frequency: Frequency, lang: Lang): string {
  const periods = PERIODS[lang][frequency];
  if (lang === 'fr')
    return {
      sum: `La cible est un total sur la période\u00a0: ${periods} s’additionnent.`,
      last: `La cible est un niveau à atteindre à l’échéance\u00a0: seule compte ${LATEST.fr[frequency]}.`,
      average: `La cible est une moyenne sur la période\u00a0: la moyenne sur ${periods}.`,
    }[aggregation];
  return {
    sum: `The target is a total over the period: ${periods} add up.`,
    last: `The target is a level to reach by the deadline: only ${LATEST.en[frequency]} counts.`,
    average: `The target is an average over the period: the mean of ${periods}.`,
  }[aggregation];
}

function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return lang === 'fr'
    ? new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC' }).format(date)
    : new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
}

/** The target as the user reads it: "12 000", "2,4 %", "12 000 €" / "12,000", "2.4%", "€12,000". */
function formatTarget(value: number, kpi: KpiDraft, currency: string, lang: Lang): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }).format(value);
  if (kpi.unit === 'percent') return lang === 'fr' ? `${plain}\u202f%` : `${plain}%`;
  if (kpi.unit === 'currency')
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: currency.trim().toUpperCase(),
        maximumFractionDigits: 2,
        minimumFractionDigits: 0,
      }).format(value);
    } catch {
      // A currency code Intl does not know yet (the field is being typed): the number alone.
      return plain;
    }
  return plain;
}

/** The KPI's deadline, or the plan's end when it has none; undefined while neither is a date. */
function deadlineOf(kpi: KpiDraft, context: PlanContextDraft): string | undefined {
  const deadline = kpi.deadline.trim() || context.end;
  return isIsoDate(deadline) ? deadline : undefined;
}

/**
 * What the target means with this aggregation, in the user's numbers: « Soit 12 000 au total d’ici le
 * 30/06/2027. », "That is 12,000 a month to reach by Jun 30, 2027." Undefined until the target is a
 * number and the deadline a date. `perPeriod`: the objective states the figure per period, so a level
 * reads "12 000 par mois" (otherwise "the latest month's value": a stock such as followers is no rate).
 */
export function targetMeaning(
  kpi: KpiDraft,
  context: PlanContextDraft,
  lang: Lang,
  perPeriod: boolean,
): string | undefined {
  const target = parseUserNumber(kpi.target, context.language);
  const deadline = deadlineOf(kpi, context);
  if (target === undefined || Number.isNaN(target) || deadline === undefined) return undefined;
  const value = formatTarget(target, kpi, context.currency, lang);
  const date = formatDate(deadline, lang);
  const per = PER[lang][context.frequency];
  const latest = LATEST[lang][context.frequency];
  if (lang === 'fr')
    return {
      sum: `Soit ${value} au total d’ici le ${date}.`,
      last: perPeriod
        ? `Soit ${value} ${per} à atteindre d’ici le ${date}.`
        : `Soit ${value} à atteindre d’ici le ${date} (${latest}).`,
      average: `Soit ${value} en moyenne ${per} d’ici le ${date}.`,
    }[kpi.aggregation];
  return {
    sum: `That is ${value} in total by ${date}.`,
    last: perPeriod
      ? `That is ${value} ${per} to reach by ${date}.`
      : `That is ${value} to reach by ${date} (${latest}).`,
    average: `That is ${value} on average ${per} by ${date}.`,
  }[kpi.aggregation];
}

function daysBetween(from: string, to: string): number | undefined {
  if (!isIsoDate(from) || !isIsoDate(to)) return undefined;
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

/** The aggregation the objective's words propose for this KPI (it may be the one it has). */
export function proposalFor(
  kpi: KpiDraft,
  objective: string,
  context: PlanContextDraft,
): AggregationProposal | undefined {
  const target = parseUserNumber(kpi.target, context.language);
  const span = daysBetween(context.start, deadlineOf(kpi, context) ?? context.end);
  return proposeAggregation(objective, {
    unit: kpi.unit,
    frequency: context.frequency,
    current: kpi.aggregation,
    ...(span === undefined ? {} : { spanDays: span }),
    ...(target === undefined || Number.isNaN(target) ? {} : { target }),
  });
}
