import type { Lang } from '../core/i18n';
import { type Draft, draftSchema } from '../core/rpc/draft';
import { CHUNK_BYTES, NEAR_LIMIT_BYTES, STORE_LIMIT_BYTES, splitUtf8, utf8Length } from './draftChunks';

// The wizard's draft lives in the document's properties, so it belongs to the spreadsheet (every
// editor of the document sees the same draft) and survives closing the sidebar. One value holds at most
// 9 KB, so the JSON is split in chunks under a generation key; the pointer to the generation is written
// in the same setProperties call as the chunks, so a reader sees the old draft or the new one, never
// half of each. saveDraft explains the order of writes that keeps the old one when a save fails.

const META_KEY = 'kpikit.draft';
const chunkKey = (generation: string, index: number) => `${META_KEY}.${generation}.${index}`;

interface DraftMeta {
  generation: string;
  chunks: number;
  bytes: number;
  savedAt: string;
}

export interface SavedDraft {
  draft: Draft;
  savedAt: string;
}

export interface SaveReport {
  savedAt: string;
  bytes: number;
  nearLimit: boolean;
}

function readMeta(props: GoogleAppsScript.Properties.Properties): DraftMeta | null {
  const raw = props.getProperty(META_KEY);
  if (!raw) return null;
  try {
    const meta = JSON.parse(raw) as DraftMeta;
    return typeof meta.generation === 'string' && Number.isInteger(meta.chunks) ? meta : null;
  } catch {
    return null;
  }
}

function storeBytes(all: Record<string, string>, skip: (key: string) => boolean): number {
  let total = 0;
  for (const [key, value] of Object.entries(all))
    if (!skip(key)) total += utf8Length(key) + utf8Length(value);
  return total;
}

export function loadDraft(props: GoogleAppsScript.Properties.Properties): SavedDraft | null {
  const meta = readMeta(props);
  if (!meta) return null;
  const all = props.getProperties();
  let json = '';
  for (let i = 0; i < meta.chunks; i++) {
    const part = all[chunkKey(meta.generation, i)];
    if (part === undefined) return null;
    json += part;
  }
  try {
    const parsed = draftSchema.safeParse(JSON.parse(json));
    return parsed.success ? { draft: parsed.data, savedAt: meta.savedAt } : null;
  } catch {
    return null;
  }
}

/** Bytes a set of properties takes in the store's quota: UTF-8 keys and values, as Apps Script counts. */
function entryBytes(values: Record<string, string>): number {
  return storeBytes(values, () => false);
}

// Lower-case: the page shows it after "The draft could not be saved: ".
const TOO_BIG = {
  fr: (draft: number, free: number, used: number) =>
    `il fait ${draft}\u00a0Ko et les 500\u00a0Ko de stockage du module dans ce classeur n’en laissent que ${free}\u00a0Ko (${used}\u00a0Ko pris par d’autres données)\u00a0: raccourcissez les textes longs ou retirez des objectifs, puis réessayez. Le brouillon enregistré précédemment est conservé.`,
  en: (draft: number, free: number, used: number) =>
    `it takes ${draft} KB and this document's 500 KB of add-on storage has ${free} KB left (${used} KB used by other data): shorten long texts or remove objectives, then try again. The previously saved draft is kept.`,
};

/**
 * Saves the draft, replacing the previous one. Call it holding the document lock (sidebarApi.saveDraft
 * does): two saves interleaving would delete each other's chunks.
 *
 * Everything is counted in the store's own unit (UTF-8 bytes of keys and values, the meta value
 * included), against the 500 KB the store holds, so what is refused here is exactly what Apps Script
 * would refuse, and the near-limit warning reports what the store really holds after the save.
 *
 * The order of writes keeps the previous draft whenever the new one cannot be written:
 * - when the old and new drafts fit side by side (drafts up to about a quarter of the store each), the
 *   new chunks and the pointer to them go in one setProperties call, and only then are the old chunks
 *   deleted: an interrupted save leaves the old draft whole and readable.
 * - when they do not (a draft past about 250 KB: the old one plus the new one would exceed the quota),
 *   the old chunks are deleted first, then the new chunks and pointer are written in one call. The old
 *   values are still in memory (read by getProperties above); if that write throws, they are written
 *   back before the error goes on. They fit: they were stored a moment ago, the pointer to them was
 *   never changed, and no other save can have taken the room meanwhile (the lock). So a failed write
 *   leaves the old draft as it was. Only an execution killed between the deletes and the write (Apps
 *   Script's time limit, a minutes-long outage) could lose it, while the page still holds the draft and
 *   saves it again at the next edit.
 */
export function saveDraft(
  props: GoogleAppsScript.Properties.Properties,
  draft: Draft,
  options: { now?: Date; lang?: Lang } = {},
): SaveReport {
  const now = options.now ?? new Date();
  const json = JSON.stringify(draft);
  const bytes = utf8Length(json);
  const chunks = splitUtf8(json, CHUNK_BYTES);
  const all = props.getProperties();
  const isDraftKey = (key: string) => key === META_KEY || key.startsWith(`${META_KEY}.`);
  const others = storeBytes(all, isDraftKey);

  const generation = `${now.getTime().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const savedAt = now.toISOString();
  const meta: DraftMeta = { generation, chunks: chunks.length, bytes, savedAt };
  const values: Record<string, string> = { [META_KEY]: JSON.stringify(meta) };
  chunks.forEach((chunk, i) => {
    values[chunkKey(generation, i)] = chunk;
  });
  const stored = entryBytes(values);
  if (others + stored > STORE_LIMIT_BYTES) {
    const kb = (n: number) => Math.ceil(n / 1024);
    const free = Math.floor((STORE_LIMIT_BYTES - others) / 1024);
    throw new Error(TOO_BIG[options.lang ?? 'en'](kb(stored), free, kb(others)));
  }

  // The previous draft's chunks: every draft key but the pointer, which the new one overwrites.
  const oldChunks: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) if (key.startsWith(`${META_KEY}.`)) oldChunks[key] = value;
  const sideBySide = others + entryBytes(oldChunks) + stored <= STORE_LIMIT_BYTES;

  if (sideBySide) {
    props.setProperties(values, false);
    for (const key of Object.keys(oldChunks)) props.deleteProperty(key);
  } else {
    for (const key of Object.keys(oldChunks)) props.deleteProperty(key);
    try {
      props.setProperties(values, false);
    } catch (error) {
      props.setProperties(oldChunks, false);
      throw error;
    }
  }
  return { savedAt, bytes: stored, nearLimit: others + stored >= NEAR_LIMIT_BYTES };
}

export function clearDraft(props: GoogleAppsScript.Properties.Properties): void {
  for (const key of Object.keys(props.getProperties()))
    if (key === META_KEY || key.startsWith(`${META_KEY}.`)) props.deleteProperty(key);
}
