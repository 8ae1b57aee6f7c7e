import type { CalendarDate } from '../calendarDate';
import type { Lang } from '../i18n';

// The contract SMART_CHECK's custom function and the wizard both rely on: one scoring, whichever side
// shows it, so the sheet and the sidebar never disagree about an objective.

export const SMART_CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

/** The letter each criterion shows in the one-cell text; the same in French and English. */
export const SMART_LETTERS: Readonly<Record<SmartCriterion, string>> = {
  specific: 'S',
  measurable: 'M',
  achievable: 'A',
  relevant: 'R',
  timeBound: 'T',
};

export interface SmartInput {
  readonly objective: string;
  /** From the `deadline` argument, when the objective does not state one. */
  readonly deadline?: CalendarDate;
  /** Where the KPI starts; a percent as a fraction (0.02 for 2 %), as Sheets stores a percent cell. */
  readonly baseline?: number;
  /** Where the KPI should be; same units as `baseline`. */
  readonly target?: number;
  /** Language of the hints; default: the language the objective is written in. */
  readonly lang?: Lang;
  /** Language when the objective gives no clue ("CTR 2 %"); default French. Ignored when `lang` is set. */
  readonly fallbackLang?: Lang;
}

export interface SmartResult {
  /** 0–5: how many criteria are met. */
  readonly score: number;
  readonly criteria: Readonly<Record<SmartCriterion, boolean>>;
  /** For each criterion not met, what to add, in `language`. */
  readonly hints: Readonly<Partial<Record<SmartCriterion, string>>>;
  /** The language detected in the objective (or forced by `lang`). */
  readonly language: Lang;
  /** Library ids of the KPIs the objective names, best match first. */
  readonly kpiIds?: readonly string[];
  /** target / baseline when known (from the text or the arguments). */
  readonly ratio?: number;
}
