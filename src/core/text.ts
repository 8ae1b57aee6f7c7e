/**
 * Folds text for matching, not for display: lower case, accents removed (réduire → reduire), typographic
 * apostrophes and spaces made plain, runs of spaces collapsed. Users type "reduire", "Réduire" and
 * "RÉDUIRE" for the same word; every matcher in src/core compares folded text.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
