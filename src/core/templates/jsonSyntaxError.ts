// JSON.parse says where a file breaks only sometimes: V8 writes "… in JSON at position 7" for most
// errors but just `Unexpected token '}', "{"a":}" is not valid JSON` for others, and Apps Script's
// engine may word it differently again. Without a position an import could only say "malformed", or
// worse, guess "truncated". This scanner finds the first offending character itself, the same way on
// every engine, without building any value. It never recurses (a fuzzed file may nest a million deep).

// Sticky patterns: each matches at lastIndex or not at all, in linear time.
const WHITESPACE = /[ \t\n\r]*/y;
/** The longest valid start of a string: the character after it is `"` when the string is whole. */
// JSON forbids raw control characters in strings: matching them is the point here.
// eslint-disable-next-line no-control-regex
const STRING_START = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function matchEnd(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text) ? pattern.lastIndex : undefined;
}

const skipWhitespace = (text: string, at: number): number => matchEnd(WHITESPACE, text, at) ?? at;

/** Where a string, number or literal starting at `at` ends, or `{ error }` where it breaks. */
function scalarEnd(text: string, at: number): { end: number } | { error: number } {
  const c = text[at];
  if (c === '"') {
    const end = matchEnd(STRING_START, text, at) ?? at;
    if (text[end] === '"') return { end: end + 1 };
    if (text[end] !== '\\') return { error: end };
    // A bad escape: the letter after the backslash, or the first non-hex digit of a \u escape.
    const hex =
      text[end + 1] === 'u' ? (/^[0-9a-fA-F]*/.exec(text.slice(end + 2, end + 6))?.[0].length ?? 0) + 1 : 0;
    return { error: Math.min(end + 1 + hex, text.length) };
  }
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
    const end = matchEnd(NUMBER, text, at);
    if (end === undefined) return { error: Math.min(at + 1, text.length) };
    // `1.` or `1e+` stop before the digit they promise: the error is where that digit should be.
    const number = text.slice(at, end);
    const next = text[end];
    let promised = 0;
    if (next === '.' && !/[.eE]/.test(number)) promised = 1;
    else if ((next === 'e' || next === 'E') && !/[eE]/.test(number))
      promised = text[end + 1] === '+' || text[end + 1] === '-' ? 2 : 1;
    return promised > 0 ? { error: Math.min(end + promised, text.length) } : { end };
  }
  for (const literal of ['true', 'false', 'null']) {
    if (literal[0] !== c) continue;
    let i = 0;
    while (i < literal.length && text[at + i] === literal[i]) i++;
    return i === literal.length ? { end: at + i } : { error: at + i };
  }
  return { error: at };
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'separator';

/**
 * The index of the first character that makes `text` invalid JSON (RFC 8259), `text.length` when it
 * ends too soon, or undefined when it is valid JSON.
 */
export function jsonSyntaxErrorAt(text: string): number | undefined {
  const open: ('[' | '{')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= text.length) return expect === 'separator' && open.length === 0 ? undefined : text.length;
    const c = text[i];
    const inside = open[open.length - 1];
    switch (expect) {
      case 'separator':
        if (c === ',' && inside !== undefined) {
          expect = inside === '[' ? 'value' : 'key';
          i++;
        } else if ((c === ']' && inside === '[') || (c === '}' && inside === '{')) {
          open.pop();
          i++;
        } else return i;
        break;
      case 'colon':
        if (c !== ':') return i;
        expect = 'value';
        i++;
        break;
      case 'keyOrClose':
      case 'key': {
        if (c === '}' && expect === 'keyOrClose') {
          open.pop();
          expect = 'separator';
          i++;
          break;
        }
        if (c !== '"') return i;
        const key = scalarEnd(text, i);
        if ('error' in key) return key.error;
        expect = 'colon';
        i = key.end;
        break;
      }
      case 'valueOrClose':
      case 'value': {
        if (c === ']' && expect === 'valueOrClose') {
          open.pop();
          expect = 'separator';
          i++;
        } else if (c === '[' || c === '{') {
          open.push(c);
          expect = c === '[' ? 'valueOrClose' : 'keyOrClose';
          i++;
        } else {
          const value = scalarEnd(text, i);
          if ('error' in value) return value.error;
          expect = 'separator';
          i = value.end;
        }
        break;
      }
    }
  }
}
