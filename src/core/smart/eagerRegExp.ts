// V8 (Node and Apps Script alike) runs a RegExp's first executions in its bytecode interpreter and only
// later compiles it to machine code; for our long alternations that first, interpreted step costs 50–100 ms
// (bytecode generation and peephole optimisation), paid again on every custom-function call since Apps
// Script reloads the script each time. V8 compiles straight to machine code (about 2 ms) when the subject
// is at least 1,000 characters long, so each large pattern is run once on such a string when built.
// Should V8 change that rule, results stay the same: only the first call gets slower.

const TIER_UP_SUBJECT = ' '.repeat(1000);

/** A RegExp compiled to machine code now rather than interpreted on its first calls. */
export function eagerRegExp(source: string, flags: string): RegExp {
  const pattern = new RegExp(source, flags);
  pattern.test(TIER_UP_SUBJECT);
  pattern.lastIndex = 0;
  return pattern;
}

/** The same for patterns built at load time (cheap: V8 compiles a RegExp on its first run, not before). */
export function compileNow(patterns: readonly RegExp[]): void {
  for (const pattern of patterns) {
    pattern.test(TIER_UP_SUBJECT);
    pattern.lastIndex = 0;
  }
}
