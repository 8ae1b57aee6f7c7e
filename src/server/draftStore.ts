import { type Draft, draftSchema } from '../core/rpc/draft';
import { CHUNK_BYTES, NEAR_LIMIT_BYTES, STORE_LIMIT_BYTES, splitUtf8, utf8Length } from './draftChunks';

// The wizard's draft lives in the document's properties, so it belongs to the spreadsheet (every
// editor of the document sees the same draft) and survives closing the sidebar. One value holds at most
// 9 KB, so the JSON is split in chunks under a generation key; the pointer to the generation is written
// in the same setProperties call, and the old generation is deleted after, so an interrupted save
// leaves the previous draft readable rather than half of each.

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

export function saveDraft(
  props: GoogleAppsScript.Properties.Properties,
  draft: Draft,
  now: Date = new Date(),
): SaveReport {
  const json = JSON.stringify(draft);
  const chunks = splitUtf8(json, CHUNK_BYTES);
  const all = props.getProperties();
  const isDraftKey = (key: string) => key === META_KEY || key.startsWith(`${META_KEY}.`);
  const others = storeBytes(all, isDraftKey);
  const bytes = utf8Length(json);
  const overhead = chunks.length * 32 + 200;
  if (others + bytes + overhead > STORE_LIMIT_BYTES) {
    throw new Error(
      `The draft (${Math.round(bytes / 1024)} KB) does not fit in this document's 500 KB of add-on storage ` +
        `(${Math.round(others / 1024)} KB already used): shorten long texts or remove objectives, then try again.`,
    );
  }
  const generation = `${now.getTime().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const savedAt = now.toISOString();
  const meta: DraftMeta = { generation, chunks: chunks.length, bytes, savedAt };
  const values: Record<string, string> = { [META_KEY]: JSON.stringify(meta) };
  chunks.forEach((chunk, i) => {
    values[chunkKey(generation, i)] = chunk;
  });
  props.setProperties(values, false);
  for (const key of Object.keys(all)) {
    if (key.startsWith(`${META_KEY}.`) && !key.startsWith(`${META_KEY}.${generation}.`))
      props.deleteProperty(key);
  }
  return { savedAt, bytes, nearLimit: others + bytes >= NEAR_LIMIT_BYTES };
}

export function clearDraft(props: GoogleAppsScript.Properties.Properties): void {
  for (const key of Object.keys(props.getProperties()))
    if (key === META_KEY || key.startsWith(`${META_KEY}.`)) props.deleteProperty(key);
}
