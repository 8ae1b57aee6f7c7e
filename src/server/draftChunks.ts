// Pure helpers for storing one long string in a key-value store whose values are capped in size
// (Apps Script properties: 9 KB per value, 500 KB per store). No Apps Script globals: tested directly.

/** Below the documented 9 KB per value, with room for the key, which some quotas count too. */
export const CHUNK_BYTES = 8000;
/** The document property store's documented total. */
export const STORE_LIMIT_BYTES = 500 * 1024;
/** From here the user is told the draft is getting big. */
export const NEAR_LIMIT_BYTES = 400 * 1024;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character (a split
 * surrogate pair would come back as two replacement characters).
 */
export function splitUtf8(text: string, maxBytes: number = CHUNK_BYTES): string[] {
  const chunks: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (currentBytes + size > maxBytes) {
      chunks.push(current);
      current = '';
      currentBytes = 0;
    }
    current += ch;
    currentBytes += size;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}
