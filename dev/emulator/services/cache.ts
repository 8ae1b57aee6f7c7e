/**
 * CacheService: document, user and script caches with expiry on the emulator's clock. Values over
 * 100 KB and keys over 250 characters are refused; expirations are capped at 6 hours (default 10 min).
 */
import type { Wrap } from '../context';
import { errors } from '../errors';

export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21600;

export class CacheStore {
  readonly entries = new Map<string, { value: string; expiresAt: number }>();

  constructor(private readonly now: () => number) {}

  put(key: string, value: unknown, ttl = DEFAULT_TTL_S): void {
    if (typeof key !== 'string' || key === '') throw errors.invalidArgument('key');
    if (key.length > CACHE_KEY_LIMIT) throw errors.argumentTooLarge('key');
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > CACHE_VALUE_LIMIT) throw errors.argumentTooLarge('value');
    const seconds = Math.min(Math.max(1, ttl), MAX_TTL_S);
    this.entries.set(key, { value: text, expiresAt: this.now() + seconds * 1000 });
  }

  get(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }
}

export function cacheObject(store: CacheStore, wrap: Wrap): GoogleAppsScript.Cache.Cache {
  return wrap(
    {
      get: (key: string) => store.get(key),
      getAll: (keys: string[]) =>
        Object.fromEntries(keys.flatMap((k) => (store.get(k) === null ? [] : [[k, store.get(k)]]))),
      put: (key: string, value: string, ttl?: number) => store.put(key, value, ttl),
      putAll: (values: Record<string, unknown>, ttl?: number) => {
        for (const [k, v] of Object.entries(values)) store.put(k, v, ttl);
      },
      remove: (key: string) => void store.entries.delete(key),
      removeAll: (keys: string[]) => keys.forEach((k) => store.entries.delete(k)),
    },
    'Cache',
  );
}

export function cacheService(
  stores: { document: CacheStore; user: CacheStore; script: CacheStore },
  wrap: Wrap,
): GoogleAppsScript.Cache.CacheService {
  return wrap(
    {
      getDocumentCache: () => cacheObject(stores.document, wrap),
      getUserCache: () => cacheObject(stores.user, wrap),
      getScriptCache: () => cacheObject(stores.script, wrap),
    },
    'CacheService',
  );
}
