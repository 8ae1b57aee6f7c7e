import type { Lang } from '../i18n';
import { formatIsoDate, fromDayNumber, parseIsoDate, dayNumber } from '../calendarDate';
import type { PlanPeriod } from './schema';

/**
 * One tracking column. Periods are whole calendar periods (an ISO week Monday–Sunday, a month, a
 * quarter) that overlap the plan's time frame, so a period's key never depends on where the plan starts:
 * a rebuild after the plan's dates moved still matches the values typed under "2027-03".
 */
export interface TrackingPeriod {
  /** Stable key matching tracked values on rebuild: '2027-W01', '2027-01', '2027-Q1'. */
  readonly key: string;
  /** Column header in the plan's language: 'S01 2027' / 'W01 2027', 'janv. 2027' / 'Jan 2027', 'T1 2027' / 'Q1 2027'. */
  readonly label: string;
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** Last day, YYYY-MM-DD. */
  readonly end: string;
}

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const WEEK_PREFIX: Record<Lang, string> = { fr: 'S', en: 'W' };
const QUARTER_PREFIX: Record<Lang, string> = { fr: 'T', en: 'Q' };

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
function weekdayFromMonday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** ISO 8601 week-numbering year and week of a day (the week belongs to the year of its Thursday). */
export function isoWeek(day: number): { year: number; week: number } {
  const thursday = day - weekdayFromMonday(day) + 3;
  const year = fromDayNumber(thursday).year;
  const jan1 = dayNumber({ year, month: 1, day: 1 });
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

function mustParse(text: string): number {
  const date = parseIsoDate(text);
  if (!date) throw new Error(`trackingPeriods: "${text}" is not a YYYY-MM-DD date; validate the plan first.`);
  return dayNumber(date);
}

/**
 * How many tracking periods `trackingPeriods` would give, counted without listing them: the plan
 * rules must report the real count of a plan spanning centuries (weekly from 2000 to 9999 is over
 * 417,000 weeks), where the list stops at its guard.
 */
export function countTrackingPeriods(period: PlanPeriod): number {
  const first = mustParse(period.start);
  const last = mustParse(period.end);
  if (last < first) return 0;
  if (period.frequency === 'weekly') {
    const firstMonday = first - weekdayFromMonday(first);
    const lastMonday = last - weekdayFromMonday(last);
    return (lastMonday - firstMonday) / 7 + 1;
  }
  const a = fromDayNumber(first);
  const b = fromDayNumber(last);
  if (period.frequency === 'monthly') return b.year * 12 + b.month - (a.year * 12 + a.month) + 1;
  const quarter = (d: { year: number; month: number }) => d.year * 4 + Math.floor((d.month - 1) / 3);
  return quarter(b) - quarter(a) + 1;
}

/** Upper bound on columns: about 38 years of weeks (rules.ts refuses longer plans); it guards the loops. */
const MAX_PERIODS = 2000;

/** The tracking periods of a plan, oldest first: every calendar period overlapping start..end. */
export function trackingPeriods(period: PlanPeriod, lang: Lang): TrackingPeriod[] {
  const first = mustParse(period.start);
  const last = mustParse(period.end);
  const periods: TrackingPeriod[] = [];
  if (last < first) return periods;

  if (period.frequency === 'weekly') {
    for (let monday = first - weekdayFromMonday(first); monday <= last; monday += 7) {
      const { year, week } = isoWeek(monday);
      periods.push({
        key: `${year}-W${pad2(week)}`,
        label: `${WEEK_PREFIX[lang]}${pad2(week)} ${year}`,
        start: formatIsoDate(fromDayNumber(monday)),
        end: formatIsoDate(fromDayNumber(monday + 6)),
      });
      if (periods.length > MAX_PERIODS) break;
    }
    return periods;
  }

  const months = period.frequency === 'monthly' ? 1 : 3;
  const startDate = fromDayNumber(first);
  let year = startDate.year;
  let month = months === 1 ? startDate.month : Math.floor((startDate.month - 1) / 3) * 3 + 1;
  for (;;) {
    const start = { year, month, day: 1 };
    if (dayNumber(start) > last) break;
    const next =
      month + months > 12 ? { year: year + 1, month: month + months - 12 } : { year, month: month + months };
    const end = fromDayNumber(dayNumber({ ...next, day: 1 }) - 1);
    const quarter = Math.floor((month - 1) / 3) + 1;
    periods.push(
      months === 1
        ? {
            key: `${year}-${pad2(month)}`,
            label: `${MONTHS[lang][month - 1]} ${year}`,
            start: formatIsoDate(start),
            end: formatIsoDate(end),
          }
        : {
            key: `${year}-Q${quarter}`,
            label: `${QUARTER_PREFIX[lang]}${quarter} ${year}`,
            start: formatIsoDate(start),
            end: formatIsoDate(end),
          },
    );
    if (periods.length > MAX_PERIODS) break;
    ({ year, month } = next);
  }
  return periods;
}

/**
 * The history periods of a plan that asks for them (`period.history`): the calendar periods of the year
 * before its start, oldest first, with the same keys and labels as tracking periods, so a rebuild and a
 * data import treat them like any period. A period the plan itself tracks (the week that straddles the
 * start) is not repeated. Empty when the plan does not ask for history.
 */
export function historyPeriods(period: PlanPeriod, lang: Lang): TrackingPeriod[] {
  if (period.history !== true) return [];
  const first = mustParse(period.start);
  const start = fromDayNumber(first);
  // A year back; 29 February falls back to the 28th.
  const lastYear = { year: start.year - 1, month: start.month, day: start.day };
  let from = dayNumber(lastYear);
  if (fromDayNumber(from).month !== start.month) from = dayNumber({ ...lastYear, day: 28 });
  const before = trackingPeriods(
    {
      start: formatIsoDate(fromDayNumber(from)),
      end: formatIsoDate(fromDayNumber(first - 1)),
      frequency: period.frequency,
    },
    lang,
  );
  const own = trackingPeriods({ ...period, end: period.start }, lang)[0]?.key;
  return before.filter((p) => p.key !== own);
}
