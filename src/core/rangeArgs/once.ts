/**
 * A lazy value computed at most once, and only if someone asks: the spreadsheet's language costs a
 * service call, so a custom function asks for it only when it has an error to show.
 */
export function once<T>(get: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = get();
      done = true;
    }
    return value;
  };
}
