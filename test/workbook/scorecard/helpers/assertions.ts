import type { CellResult } from './formulaEngine';

/** Relative tolerance for results computed through a different but equivalent order of operations. */
export const TOLERANCE = 1e-9;

export function close(actual: number, expected: number, tolerance = TOLERANCE, scale = 1): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, scale, Math.abs(actual), Math.abs(expected));
}

/**
 * A cell holding what the oracle expects: blank ("") where the value is undefined, a number otherwise
 * (exactly, when `tolerance` is 0). Returns a description of the mismatch, or undefined.
 */
export function mismatch(
  what: string,
  actual: CellResult,
  expected: number | string | undefined,
  tolerance = TOLERANCE,
  scale = 1,
): string | undefined {
  if (expected === undefined)
    return actual === '' ? undefined : `${what}: expected blank, got ${JSON.stringify(actual)}`;
  if (typeof expected === 'string') {
    return actual === expected
      ? undefined
      : `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
  if (typeof actual !== 'number') return `${what}: expected ${expected}, got ${JSON.stringify(actual)}`;
  const ok = tolerance === 0 ? actual === expected : close(actual, expected, tolerance, scale);
  return ok ? undefined : `${what}: expected ${expected}, got ${actual} (diff ${actual - expected})`;
}
