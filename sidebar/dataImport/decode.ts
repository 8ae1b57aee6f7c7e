// An uploaded export's bytes as text, in the encoding its tool wrote: a BOM says UTF-8 or UTF-16 (Google
// Ads' "CSV for Excel" is UTF-16); otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252
// (what Excel and older French exports write: « é » as one byte).

export function decodeExport(bytes: Uint8Array): string {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
