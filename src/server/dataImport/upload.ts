// A file too big for one google.script.run call arrives in pieces: the page sends chunks of text
// (appendDataImportChunk), each kept in the document's cache for an hour, split under the cache's 100 KB per
// value; previewDataImport and applyDataImport then take `{ upload, chunks }` instead of the text and put
// it back together. Nothing is written to the spreadsheet while a file is uploading.

type Cache = GoogleAppsScript.Cache.Cache;

/** Characters per cache value: at most 3 bytes each in UTF-8 for the text an export holds, under 100 KB. */
const PIECE = 30_000;
const TTL_SECONDS = 3600;
const ID = /^[A-Za-z0-9_-]{8,64}$/;
export const MAX_CHUNKS = 200;

export interface UploadRef {
  readonly upload: string;
  readonly chunks: number;
}

const key = (id: string, index: number, piece?: number) =>
  `kpikit.import.${id}.${index}${piece === undefined ? '' : `.${piece}`}`;

export function isUploadRef(v: unknown): v is UploadRef {
  const r = v as Partial<UploadRef> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.upload === 'string' &&
    ID.test(r.upload) &&
    typeof r.chunks === 'number' &&
    Number.isInteger(r.chunks) &&
    r.chunks >= 1 &&
    r.chunks <= MAX_CHUNKS
  );
}

/** Stores one chunk; returns its length, or an error message naming the argument. */
export function storeChunk(cache: Cache, id: unknown, index: unknown, text: unknown): string | number {
  if (typeof id !== 'string' || !ID.test(id))
    return `uploadId: "${String(id)}" is not an upload id (8 to 64 letters, digits, - or _).`;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= MAX_CHUNKS)
    return `index: ${String(index)} is not a chunk number from 0 to ${MAX_CHUNKS - 1}.`;
  if (typeof text !== 'string') return 'chunk: expected the chunk’s text.';
  const values: Record<string, string> = {};
  const pieces = Math.max(1, Math.ceil(text.length / PIECE));
  for (let p = 0; p < pieces; p += 1) values[key(id, index, p)] = text.slice(p * PIECE, (p + 1) * PIECE);
  values[key(id, index)] = String(pieces);
  cache.putAll(values, TTL_SECONDS);
  return text.length;
}

/** The uploaded text, or undefined when a piece is missing (expired, or never sent). */
export function readUpload(cache: Cache, ref: UploadRef): string | undefined {
  const heads = cache.getAll(Array.from({ length: ref.chunks }, (_, i) => key(ref.upload, i)));
  const keys: string[] = [];
  for (let i = 0; i < ref.chunks; i += 1) {
    const pieces = Number(heads[key(ref.upload, i)]);
    if (!Number.isInteger(pieces) || pieces < 1) return undefined;
    for (let p = 0; p < pieces; p += 1) keys.push(key(ref.upload, i, p));
  }
  const found = cache.getAll(keys);
  let text = '';
  for (const k of keys) {
    const piece = found[k];
    if (piece === undefined) return undefined;
    text += piece;
  }
  return text;
}
