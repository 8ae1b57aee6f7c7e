import type { CalendarDate } from '../calendarDate';
import type { Lang } from '../i18n';

// Contract for SMART_CHECK's core (issue 3). The implementation below is a placeholder that the SMART
// work replaces; the types are what the custom function and the wizard rely on.

export const SMART_CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

export interface SmartInput {
  readonly objective: string;
  /** From the `deadline` argument, when the objective does not state one. */
  readonly deadline?: CalendarDate;
  readonly baseline?: number;
  readonly target?: number;
  /** Language of the hints; default: the language the objective is written in. */
  readonly lang?: Lang;
}

export interface SmartResult {
  /** 0–5: how many criteria are met. */
  readonly score: number;
  readonly criteria: Readonly<Record<SmartCriterion, boolean>>;
  /** For each criterion not met, what to add, in `language`. */
  readonly hints: Readonly<Partial<Record<SmartCriterion, string>>>;
  /** The language detected in the objective (or forced by `lang`). */
  readonly language: Lang;
}

export function smartCheck(input: SmartInput): SmartResult {
  void input;
  return {
    score: 0,
    criteria: { specific: false, measurable: false, achievable: false, relevant: false, timeBound: false },
    hints: {},
    language: input.lang ?? 'en',
  };
}

/** The one-cell text form: `4/5 · T: ajoutez une échéance (ex. « d'ici le 31/12/2027 »)`. */
export function formatSmartText(result: SmartResult): string {
  return `${result.score}/5`;
}
