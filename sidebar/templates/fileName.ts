/** Bytes of `text` in UTF-8, as the server counts a template's size (1 MB = 1,000,000 bytes). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

// The largest template file the server reads: the page refuses bigger ones at once, sending nothing.
// limits.ts holds plain constants (no zod), so the page shares the server's number.
export { TEMPLATE_MAX_BYTES } from '../../src/core/templates/limits';

/**
 * A download name for a template: its name in plain letters, digits and dashes (accents dropped, no
 * path separators or characters Windows refuses), at most 80 characters, `.json` at the end.
 */
export function templateFileName(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
    .toLowerCase();
  return `${base || 'kpi-kit-template'}.json`;
}
