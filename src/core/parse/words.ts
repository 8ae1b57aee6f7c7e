import { foldText } from '../text';
import { isBlank } from './blank';
import { KpiError, describeCell } from './kpiError';

/** For each option its accepted words, English first then French; folding makes case and accents free. */
export type WordTable<T extends string> = Readonly<Record<T, readonly string[]>>;

export interface WordParser<T extends string> {
  /** The option a cell names; blank or omitted gives the default. Throws a KpiError listing the words. */
  (value: unknown): T;
}

/** A parser for one option argument (`direction`, `output`...), built once per table at load time. */
export function wordParser<T extends string>(
  arg: string,
  table: WordTable<T>,
  fallback: NoInfer<T>,
): WordParser<T> {
  const byWord = new Map<string, T>();
  for (const option of Object.keys(table) as T[])
    for (const word of table[option]) byWord.set(foldText(word), option);
  const accepted = Object.values<readonly string[]>(table)
    .flat()
    .map((w) => `"${w}"`)
    .join(', ');
  return (value) => {
    if (isBlank(value)) return fallback;
    const option = typeof value === 'string' ? byWord.get(foldText(value)) : undefined;
    if (option === undefined)
      throw new KpiError('unknownWord', { arg, value: describeCell(value), words: accepted });
    return option;
  };
}
