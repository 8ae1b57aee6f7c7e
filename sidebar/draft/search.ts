import { type KpiDefinition, listKpis } from '../../src/core/kpiLibrary';
import { foldText } from '../../src/core/text';

/** Library entries matching a search in either language (accents and case ignored) and the filters. */
export function searchLibrary(
  query: string,
  filters: { channel: string; stage: string; category: string },
): KpiDefinition[] {
  const words = foldText(query).split(' ').filter(Boolean);
  return listKpis().filter((k) => {
    if (filters.channel && k.channel !== filters.channel) return false;
    if (filters.stage && k.stage !== filters.stage) return false;
    if (filters.category && k.category !== filters.category) return false;
    if (words.length === 0) return true;
    const hay = foldText(
      [k.name.fr, k.name.en, ...k.aliases.fr, ...k.aliases.en, k.definition.fr, k.definition.en].join(' | '),
    );
    return words.every((w) => hay.includes(w));
  });
}
