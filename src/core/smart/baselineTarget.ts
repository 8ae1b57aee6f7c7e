import { type Quantity, quantityValue, type StatedQuantities } from './quantities';
import type { SettledDirection, VerbDirection, VerbHit } from './verbs';

// What the objective says about where it starts and where it goes:
// - a pair "de 2 % à 3 %", "from 40 to 32", "passer de 1 000 à 1 500", "2 % → 3 %";
// - a relative change "+20 %", "augmenter de 20 %", "increase by 20%", "20 % de plus", "hausse de 20 %";
// - a multiplier "doubler", "x2", "diviser par deux";
// - an increment "+500 abonnés", "gagner 500 abonnés", "augmenter de 2 points" (needs the baseline);
// - otherwise a target "atteindre 10 000 abonnés", "porter le taux à 3 %" (needs the baseline).

export interface StatedChange {
  readonly baseline?: number;
  readonly target?: number;
  /** target / baseline implied by a relative change or a multiplier, baseline unknown. */
  readonly ratio?: number;
  /** An increment in the target's unit, signed: baseline + delta = target. */
  readonly delta?: number;
  /** Whether "de X à Y" / "from X to Y" was found (it makes "passer" a concrete verb). */
  readonly hasFromTo: boolean;
}

const PAIR_LINK = /^\s*(?:a|(?:up |down )?to|jusqu'a|->|→|vers)\s*$/;
// Where the objective says where it stands now: "contre 2 % aujourd'hui", "currently 3,200", "vs 40 €".
const BASELINE_BEFORE =
  /(?:\bactuellement|\baujourd'hui|\bcurrently|\btoday|\bnow|\bvs\.?|\bversus|\bcontre|\bau lieu de|\binstead of|\bbaseline|\bpoint de depart|\bdepuis|\bup from|\bdown from)\s*(?:a|at|de|of|:)?\s*$/;
const BASELINE_AFTER =
  /^\s*(?:aujourd'hui|actuellement|currently|today|now|at present|a present|l'an dernier|l'annee derniere|last year|en ce moment)\b/;
const ARROW = /^\s*(?:->|→)\s*$/;
const PAIR_START = /(?:\bde|\bd'un|\bfrom|\bdepuis|\bof)\s*$/;
const CHANGE_PREPOSITION = /(?:\bde|\bd'|\bby|\bof)\s*$/;
// Before a level to reach: "à 3 %", "to 25%", "sous les 8 %", "below the 2% mark", "au moins 30 %".
const LEVEL_PREPOSITION =
  /(?:\b(?:a|au|aux|to|at|jusqu'a|vers|sous|below|under|above|over|beyond|au-dessus|au-dessous|en dessous|en-dessous|moins|plus|less than|more than|at least|au moins|maximum|minimum|max|min)(?:\s(?:de|des|du|d'|les|la|le|l'|the|a|an))?|[:=])\s*$/;
const CHANGE_NOUN_BEFORE =
  /\b(?:(hausse|augmentation|croissance|progression|increase|growth|uplift|lift|rise|gain)|(baisse|reduction|diminution|decrease|decline|drop|cut))\s(?:de\s|d'|of\s|by\s)?(?:un[e]?\s|a\s)?$/;
// "20 % de leads en plus", "10 % de coûts en moins".
const CHANGE_AFTER_OBJECT = /^\s(?:de\s|d')[a-z' -]{1,30}?\s(?:(en plus)|(en moins))\b/;
const CHANGE_AFTER =
  /^\s(?:(de plus|supplementaires?|more|higher|additional|extra|increase|growth|uplift|lift|de croissance|de hausse|d'augmentation|de progression)|(de moins|less|lower|fewer|decrease|reduction|drop|de baisse|de reduction))\b/;

function sameUnitPair(first: Quantity, second: Quantity): [number, number] {
  // "de 20 à 30 %", "from 10 to 15k€": the first number takes the second's unit and scale.
  const bare = first.unit === 'none' && first.scale === 1;
  const from = bare ? { raw: first.raw, scale: second.scale, unit: second.unit } : first;
  // "de 2 jours à 36 h": the first duration in the second's unit.
  const perUnit =
    first.seconds !== undefined && second.seconds !== undefined ? first.seconds / second.seconds : 1;
  return [quantityValue(from) * perUnit, quantityValue(second)];
}

/**
 * The direction the objective's verbs state: the first verb that has one. A level to hold ("maintenir
 * le churn sous 2 %") states none: the level may sit either side of the baseline.
 */
export function statedDirection(verbs: readonly VerbHit[]): VerbDirection {
  return verbs.find((v) => v.direction !== 'neutral' || v.kind === 'hold')?.direction ?? 'neutral';
}

/**
 * `text`: the folded objective with time expressions blanked (same positions as the quantities).
 * `improveMeans`: which way "améliorer"/"improve" moves the KPI named (down for a bounce rate).
 */
export function findStatedChange(
  text: string,
  stated: StatedQuantities,
  verbs: readonly VerbHit[],
  improveMeans: SettledDirection,
): StatedChange {
  const { quantities, multipliers } = stated;
  for (let i = 0; i + 1 < quantities.length; i++) {
    const first = quantities[i] as Quantity;
    const second = quantities[i + 1] as Quantity;
    const between = text.slice(first.end, second.start);
    if (!PAIR_LINK.test(between)) continue;
    if (!ARROW.test(between) && !PAIR_START.test(text.slice(Math.max(0, first.start - 8), first.start)))
      continue;
    const [baseline, target] = sameUnitPair(first, second);
    return { baseline, target, hasFromTo: true };
  }

  // "atteindre 3 % (contre 2 % aujourd'hui)", "reach 5,000 subscribers (currently 3,200)"
  const statedBaseline = quantities.find((q) => isStatedBaseline(text, q));
  const others = statedBaseline === undefined ? quantities : quantities.filter((q) => q !== statedBaseline);
  const baseline = statedBaseline === undefined ? undefined : baselineValue(statedBaseline, others[0]);

  const multiplier = multipliers[0];
  if (multiplier !== undefined) return { baseline, ratio: multiplier.ratio, hasFromTo: false };

  let delta: number | undefined;
  let target: number | undefined;
  for (const q of others) {
    const direction = changeDirection(text, q, verbs, improveMeans);
    const value = quantityValue(q);
    if (direction !== 0 && q.unit === 'percent') {
      return { baseline, ratio: 1 + direction * value, hasFromTo: false };
    }
    if (direction !== 0) delta ??= direction * value;
    else target ??= value;
  }
  return { baseline, delta, target, hasFromTo: false };
}

function isStatedBaseline(text: string, q: Quantity): boolean {
  return (
    BASELINE_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start)) ||
    BASELINE_AFTER.test(text.slice(q.end, q.end + 24))
  );
}

/** "contre 2 aujourd'hui" beside "3 %": the bare baseline takes the target's unit, as in a pair. */
function baselineValue(baseline: Quantity, target: Quantity | undefined): number {
  return target === undefined ? quantityValue(baseline) : sameUnitPair(baseline, target)[0];
}

/** +1 or −1 when `q` is a change (relative or increment), 0 when it is a level to reach. */
function changeDirection(
  text: string,
  q: Quantity,
  verbs: readonly VerbHit[],
  improveMeans: SettledDirection,
): number {
  if (q.sign !== 0) return q.sign;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const noun = CHANGE_NOUN_BEFORE.exec(before);
  if (noun !== null) return noun[1] !== undefined ? 1 : -1;
  const after =
    CHANGE_AFTER.exec(text.slice(q.end, q.end + 24)) ??
    CHANGE_AFTER_OBJECT.exec(text.slice(q.end, q.end + 40));
  if (after !== null) return after[1] !== undefined ? 1 : -1;
  const verb = lastVerbBefore(verbs, q.start);
  if (verb === undefined) return 0;
  // "gagner 500 abonnés", "add 300 subscribers": the number is an increment.
  if (verb.kind === 'gain' && !/\ba\s*$|\bto\s*$/.test(before)) return 1;
  const direction = verb.direction === 'improve' ? improveMeans : verb.direction;
  if (direction === 'neutral') return 0;
  if (q.unit === 'points') return direction === 'down' ? -1 : 1;
  // "augmenter à 3 %", "increase to 25%", "réduire à moins de 2 %" name the level to reach;
  // "augmenter de 20 %", "increase by 20%", and "increase MQLs 30 percent" a change.
  if (LEVEL_PREPOSITION.test(before)) return 0;
  if (CHANGE_PREPOSITION.test(before) || q.unit === 'percent') {
    return direction === 'up' ? 1 : -1;
  }
  return 0;
}

function lastVerbBefore(verbs: readonly VerbHit[], position: number): VerbHit | undefined {
  let last: VerbHit | undefined;
  for (const verb of verbs) if (verb.end <= position) last = verb;
  return last;
}
