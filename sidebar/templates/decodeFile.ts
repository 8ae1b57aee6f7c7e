// A template file as the user's editor saved it. KPI Kit writes UTF-8, but a file edited by hand may
// come back as Windows Notepad's "Unicode" (UTF-16 with a byte-order mark) or as an "ANSI" file
// (Windows-1252: « é » is one byte), and reading those as UTF-8 turns « Améliorer » into garbage or the
// whole file into an unreadable JSON error at line 1. JSON starts with ASCII ({, [ or a space), which
// tells the encodings apart without guessing from the content.

/** The encoding a template file's bytes are in. */
export function templateFileEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a !== undefined && a !== 0 && b === 0)) return 'utf-16le';
  if ((a === 0xfe && b === 0xff) || (a === 0 && b !== undefined && b !== 0)) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The text of a template file, whatever of those encodings it was saved in (a BOM is dropped). */
export function decodeTemplateFile(bytes: Uint8Array): string {
  // TextDecoder drops the BOM of the encoding it decodes; the server also accepts a UTF-8 one.
  return new TextDecoder(templateFileEncoding(bytes)).decode(bytes);
}
