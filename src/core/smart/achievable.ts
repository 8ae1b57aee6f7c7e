import type { StatedChange } from './baselineTarget';
import type { SettledDirection } from './verbs';

// Achievable: baseline and target are known and target / baseline lies within [½, 2], moving the way the
// verb says. Decisions:
// - A relative change ("+20 %", "réduire de 15 %") or a multiplier ("doubler", "÷2") gives the ratio
//   without the absolute baseline: the ratio is what the range test needs, so it counts as known.
// - The `baseline` and `target` arguments win over the text; one argument can complete the text
//   ("atteindre 3 %" with baseline 2 %; "gagner 500 abonnés" with baseline 2 000).
// - A baseline of 0 or below has no meaningful ratio (starting from scratch, or a loss): not met, and
//   the hint asks for a positive reference instead.
// - Bounds are inclusive: doubling (2) and halving (½) are achievable; tripling is not.

export const MIN_RATIO = 0.5;
export const MAX_RATIO = 2;

export type AchievableVerdict =
  | { readonly met: true; readonly ratio: number }
  | { readonly met: false; readonly reason: 'unknown' | 'nonPositiveBaseline' }
  | { readonly met: false; readonly reason: 'outOfRange'; readonly ratio: number }
  | {
      readonly met: false;
      readonly reason: 'contradiction';
      readonly ratio: number;
      readonly direction: 'up' | 'down';
    };

export interface AchievableInputs {
  readonly baseline?: number;
  readonly target?: number;
}

const EPSILON = 1e-9;

export function judgeAchievable(
  change: StatedChange,
  inputs: AchievableInputs,
  direction: SettledDirection,
): AchievableVerdict {
  const baseline = inputs.baseline ?? change.baseline;
  let target = inputs.target ?? change.target;
  if (baseline !== undefined && target === undefined && change.delta !== undefined)
    target = baseline + change.delta;

  let ratio: number | undefined;
  if (baseline !== undefined && target !== undefined) {
    if (baseline <= 0) return { met: false, reason: 'nonPositiveBaseline' };
    ratio = target / baseline;
  } else {
    ratio = change.ratio;
  }
  if (ratio === undefined || !Number.isFinite(ratio)) return { met: false, reason: 'unknown' };

  if (direction === 'up' && ratio <= 1) return { met: false, reason: 'contradiction', ratio, direction };
  if (direction === 'down' && ratio >= 1) return { met: false, reason: 'contradiction', ratio, direction };
  if (ratio < MIN_RATIO - EPSILON || ratio > MAX_RATIO + EPSILON)
    return { met: false, reason: 'outOfRange', ratio };
  return { met: true, ratio };
}
