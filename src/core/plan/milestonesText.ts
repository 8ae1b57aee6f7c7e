import type { Lang } from '../i18n';
import { parseNumericText } from '../parse/number';
import type { UNITS } from '../vocabulary';

type KpiUnit = (typeof UNITS)[number];

// A KPI's milestones as one cell of the Objectives sheet shows them and a user edits them:
// « 2027-03-31 : 4000 ; 2027-06-30 : 25 % » / "2027-03-31: 4000; 2027-06-30: 25 %". ISO dates read the
// same in both languages; no thousands separators, so a French « 4 000,5 » and an English "4,000.5"
// never meet in the same cell; percent KPIs in percent, as people type them.

export interface MilestoneEntry {
  readonly date: string;
  readonly value: number;
}

/** `x` without the float noise of a scaling (0.07 × 100 is 7.000000000000001). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

function formatValue(value: number, unit: KpiUnit, lang: Lang): string {
  const shown = unit === 'percent' ? clean(value * 100) : value;
  const text = String(shown);
  const local = lang === 'fr' ? text.replace('.', ',') : text;
  if (unit !== 'percent') return local;
  return lang === 'fr' ? `${local}\u00a0%` : `${local}%`;
}

export function formatMilestones(milestones: readonly MilestoneEntry[], unit: KpiUnit, lang: Lang): string {
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const semicolon = lang === 'fr' ? '\u202f; ' : '; ';
  return milestones.map((m) => `${m.date}${colon}${formatValue(m.value, unit, lang)}`).join(semicolon);
}

/**
 * The milestones a cell describes, as raw plan JSON: entries split on « ; » or line breaks, each
 * "date: value" (or "date = value"). What cannot be read is passed on as typed (a date that is no
 * date, a value that is no number), so the plan's own validation names the field and the fix.
 */
export function parseMilestones(text: string): { date: unknown; value: unknown }[] {
  return text
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const match = /^(.*?)\s*[:=]\s*(.*)$/.exec(entry);
      const date = (match ? (match[1] as string) : entry).trim();
      const rawValue = match ? (match[2] as string).trim() : '';
      const value = parseNumericText(rawValue);
      return { date, value: value === undefined ? rawValue : value };
    });
}
