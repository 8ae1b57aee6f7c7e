import type { Lang } from '../i18n';
import { type TrackingPeriod, trackingPeriods } from './periods';

// A tracking period from its key alone ("2027-01", "2027-W05", "2027-Q3"), in a language: how a rebuild
// tells the headers a previous build wrote (for periods the new plan may no longer track) from text a
// user typed over them.

/** Tracking keys as KPI Kit writes them. */
export const PERIOD_KEY = /^(\d{4})-(?:(\d{2})|W(\d{2})|Q([1-4]))$/;

export function periodOfKey(key: string, lang: Lang): TrackingPeriod | undefined {
  const m = PERIOD_KEY.exec(key);
  if (!m) return undefined;
  const year = m[1] as string;
  const [, , month, week, quarter] = m;
  let day: string;
  let frequency: 'monthly' | 'weekly' | 'quarterly';
  if (month !== undefined) {
    if (Number(month) < 1 || Number(month) > 12) return undefined;
    day = `${year}-${month}-01`;
    frequency = 'monthly';
  } else if (quarter !== undefined) {
    day = `${year}-${String((Number(quarter) - 1) * 3 + 1).padStart(2, '0')}-01`;
    frequency = 'quarterly';
  } else {
    // 4 January is in ISO week 1, so week w holds 4 January + 7 (w - 1) days.
    const w = Number(week);
    if (w < 1 || w > 53) return undefined;
    const d = new Date(Date.UTC(Number(year), 0, 4 + 7 * (w - 1)));
    day = d.toISOString().slice(0, 10);
    frequency = 'weekly';
  }
  const period = trackingPeriods({ start: day, end: day, frequency }, lang)[0];
  return period?.key === key ? period : undefined;
}

/** The key of a period header KPI Kit writes, in either language ("T3 2027" → "2027-Q3"), or undefined. */
export function keyOfLabel(label: string): string | undefined {
  const m = /^(\S+?)\.? ?(\d{4})$/.exec(label.trim());
  if (!m) return undefined;
  const [, head = '', year] = m;
  const candidates: string[] = [];
  const week = /^[SW](\d{2})$/.exec(head);
  const quarter = /^[TQ]([1-4])$/.exec(label.split(' ')[0] ?? '');
  if (week) candidates.push(`${year}-W${week[1]}`);
  else if (quarter) candidates.push(`${year}-Q${quarter[1]}`);
  else
    for (let month = 1; month <= 12; month += 1) candidates.push(`${year}-${String(month).padStart(2, '0')}`);
  return candidates.find((key) => LANGS.some((lang) => periodOfKey(key, lang)?.label === label.trim()));
}

const LANGS: readonly Lang[] = ['fr', 'en'];

/**
 * The key of the same period a year earlier ("2027-03" → "2026-03", "2027-W05" → "2026-W05",
 * "2027-Q3" → "2026-Q3"), or undefined for a key KPI Kit does not write. Week 53 maps to a week 53 that
 * most years lack: its comparison is then simply missing.
 */
export function sameKeyLastYear(key: string): string | undefined {
  const m = PERIOD_KEY.exec(key);
  if (!m) return undefined;
  return `${Number(m[1]) - 1}${key.slice(4)}`;
}
