import type { Lang } from '../../src/core/i18n';
import type { Draft, WizardStep } from '../../src/core/rpc/draft';

export interface StepProps {
  readonly draft: Draft;
  /** Language of the wizard's own words (not of the plan's sheets). */
  readonly lang: Lang;
  readonly edit: (change: (draft: Draft) => Draft) => void;
  /** An edit that removes `what` (named as the user sees it), with an Undo offered until the next edit. */
  readonly remove: (what: string, change: (draft: Draft) => Draft) => void;
  /** Messages to show beside fields, by plan path. */
  readonly problems: ReadonlyMap<string, string>;
  /** Allowed but probably a slip (a target equal to its baseline), by plan path. */
  readonly warnings: ReadonlyMap<string, string>;
  /** Moves to a step and, when given, focuses the field of a plan path there. */
  readonly goTo: (step: WizardStep, focusPath?: string) => void;
}
