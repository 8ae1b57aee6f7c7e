/**
 * Remembers the last cell parsed and its result (or error). Option arguments are usually one cell for a
 * whole range, or a column of few distinct values, so this saves folding the same word a million times
 * without allocating anything per cell.
 */
export function lastValueCache<T>(parse: (value: unknown) => T): (value: unknown) => T {
  let hasLast = false;
  let lastInput: unknown;
  let lastOutput: T | undefined;
  let lastError: unknown;
  return (value) => {
    if (!hasLast || value !== lastInput) {
      hasLast = true;
      lastInput = value;
      try {
        lastOutput = parse(value);
        lastError = undefined;
      } catch (error) {
        lastError = error;
      }
    }
    if (lastError !== undefined) throw lastError;
    return lastOutput as T;
  };
}
