// A short fingerprint of a text (FNV-1a, 32 bits, as 8 hex digits): enough to tell that the parts of
// a staged import were computed from the same file, mapping and data sheet, not a security hash.

export function fnv1a(text: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
