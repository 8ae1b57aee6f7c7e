/**
 * Bytes `text` takes in UTF-8, counted without TextEncoder (src/core has no DOM or Node globals, and
 * Apps Script has none either). Stops counting once past `stopAbove`, so a 50 MB paste costs no more
 * than the limit. A lone surrogate counts 3 bytes, as its U+FFFD replacement does when encoded.
 */
export function utf8ByteLength(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
