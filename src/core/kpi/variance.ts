import { KpiError } from '../parse/kpiError';
import { type WordTable, wordParser } from '../parse/words';

export const DIRECTION_WORDS = {
  higher: ['higher', 'up', 'increase', 'hausse', 'haut', 'plus'],
  lower: ['lower', 'down', 'decrease', 'baisse', 'bas', 'moins'],
  target: ['target', 'closer', 'cible', 'proche'],
} as const satisfies WordTable<string>;
export type Direction = keyof typeof DIRECTION_WORDS;

export const OUTPUT_WORDS = {
  percent: ['percent', 'percentage', '%', 'pourcentage', 'pourcent'],
  absolute: ['absolute', 'gap', 'absolu', 'absolue', 'écart'],
  attainment: ['attainment', 'achievement', 'atteinte', 'taux d’atteinte', 'réalisation'],
  status: ['status', 'state', 'statut', 'état'],
} as const satisfies WordTable<string>;
export type VarianceOutput = keyof typeof OUTPUT_WORDS;

export const parseDirection = wordParser<Direction>('direction', DIRECTION_WORDS, 'higher');
export const parseVarianceOutput = wordParser<VarianceOutput>('output', OUTPUT_WORDS, 'percent');

/**
 * Status codes. They stay in English in every locale on purpose: they are values, not labels, so a
 * formula such as `=COUNTIF(D2:D13; "off track")` or a conditional format works the same for a French
 * and an English collaborator of the same sheet.
 */
export const STATUSES = ['on track', 'at risk', 'off track'] as const;
export type Status = (typeof STATUSES)[number];

export const DEFAULT_BAND = 0.1;

/** `band` must be in (0, 1]: a fraction of the target such as 0.1 (10 %). */
export function checkBand(band: number): number {
  if (!(band > 0 && band <= 1)) throw new KpiError('bandOutOfRange', { value: band });
  return band;
}

// Ratios computed in floating point land a hair off their boundary (1.1 vs 1 gives 0.10000000000000009):
// a tolerance far below any business meaning keeps "equality is on track" true.
const EPSILON = 1e-12;

// Read once at load: a global lookup per cell is measurable on a million cells (see parse/number.ts).
const abs = Math.abs;

/** Positive zero: -0 is the same number but Sheets users should not see "-0 %". */
function plusZero(x: number): number {
  return x === 0 ? 0 : x;
}

/**
 * Variance of `actual` against `target`, signed so that positive is good news whatever the direction:
 * s = +1 for higher, −1 for lower; rel = s·(actual − target)/|target|, or −|actual − target|/|target|
 * for "target" (closer is better). Dividing by |target| keeps the sign meaningful for negative targets.
 */
export function kpiVariance(
  actual: number,
  target: number,
  direction: Direction,
  output: VarianceOutput,
  band: number = DEFAULT_BAND,
): number | Status {
  const absolute = plusZero(
    direction === 'target' ? -abs(actual - target) : (direction === 'lower' ? -1 : 1) * (actual - target),
  );
  if (output === 'absolute') return absolute;
  if (target === 0) {
    if (output === 'status') return absolute >= 0 ? 'on track' : 'off track';
    throw new KpiError('targetIsZero');
  }
  const rel = plusZero(absolute / abs(target));
  if (output === 'percent') return rel;
  if (output === 'attainment') return 1 + rel;
  if (direction === 'target') {
    if (-rel <= band + EPSILON) return 'on track';
    return -rel <= 2 * band + EPSILON ? 'at risk' : 'off track';
  }
  if (rel >= -EPSILON) return 'on track';
  return rel >= -band - EPSILON ? 'at risk' : 'off track';
}
