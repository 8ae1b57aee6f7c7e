// Column numbers and letters, as A1 notation writes them: one home for the server, the emulator and
// the formula shifter.

/** 1 → "A", 26 → "Z", 27 → "AA", 18278 → "ZZZ". */
export function columnToLetters(col: number): string {
  let letters = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = (n - 1 - rem) / 26;
  }
  return letters;
}

/** "A" → 1, "aa" → 27 (case-insensitive; the caller checks they are letters). */
export function lettersToColumn(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}
