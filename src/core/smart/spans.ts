/** A stretch of the folded objective, by character positions (end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * `text` with each span replaced by as many spaces: later patterns no longer see what an earlier one
 * claimed ("2027" in "en 2027" is no target), and every position still points into the folded objective.
 * `spans` must be sorted by start and may overlap.
 */
export function blankSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const { start, end } of spans) {
    if (end <= from) continue;
    const begin = Math.max(start, from);
    out += text.slice(from, begin) + ' '.repeat(end - begin);
    from = end;
  }
  return out + text.slice(from);
}
