import { listKpis } from '../../src/core/kpiLibrary';
import { foldText } from '../../src/core/text';
import type { KpiTexts, LibraryEntry } from '../library';

/**
 * Library entries matching a search in either language (accents and case ignored) and the filters:
 * every word of the query must appear in the entry's names, aliases or (once loaded) definitions.
 */
export function searchLibrary(
  query: string,
  filters: { channel: string; stage: string; category: string },
  texts: KpiTexts = {},
): LibraryEntry[] {
  const words = foldText(query).split(' ').filter(Boolean);
  const entries: readonly LibraryEntry[] = listKpis();
  return entries.filter((k) => {
    if (filters.channel && k.channel !== filters.channel) return false;
    if (filters.stage && k.stage !== filters.stage) return false;
    if (filters.category && k.category !== filters.category) return false;
    if (words.length === 0) return true;
    const definition = texts[k.id]?.definition;
    const hay = foldText(
      [
        k.name.fr,
        k.name.en,
        ...k.aliases.fr,
        ...k.aliases.en,
        definition?.fr ?? '',
        definition?.en ?? '',
      ].join(' | '),
    );
    return words.every((w) => hay.includes(w));
  });
}
