// An in-memory Apps Script `Properties` store that enforces the documented quotas (9 KB per value,
// 500 KB per store) the way the real one does: by throwing. Used by the draft store tests and by the
// browser test server, so a draft that would not fit in Sheets does not fit here either.

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export interface MemoryProperties extends GoogleAppsScript.Properties.Properties {
  /** Number of calls made, by method name (the store is a round trip per call in Sheets). */
  readonly calls: Record<string, number>;
  readonly data: Map<string, string>;
}

export function createMemoryProperties(): MemoryProperties {
  const data = new Map<string, string>();
  const calls: Record<string, number> = {};
  const count = (name: string) => {
    calls[name] = (calls[name] ?? 0) + 1;
  };
  const check = (next: Map<string, string>) => {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > VALUE_LIMIT_BYTES)
        throw new Error(`Argument too large: value (${bytes(v)} bytes) for key ${k}`);
      total += bytes(k) + bytes(v);
    }
    if (total > STORE_LIMIT_BYTES) throw new Error('You have exceeded the property storage quota.');
  };
  const store = {
    calls,
    data,
    getProperty(key: string) {
      count('getProperty');
      return data.get(key) ?? null;
    },
    getProperties() {
      count('getProperties');
      return Object.fromEntries(data);
    },
    getKeys() {
      count('getKeys');
      return [...data.keys()];
    },
    setProperty(key: string, value: string) {
      count('setProperty');
      const next = new Map(data).set(key, String(value));
      check(next);
      data.set(key, String(value));
      return store;
    },
    setProperties(values: Record<string, string>, deleteAllOthers?: boolean) {
      count('setProperties');
      const next = deleteAllOthers ? new Map<string, string>() : new Map(data);
      for (const [k, v] of Object.entries(values)) next.set(k, String(v));
      check(next);
      data.clear();
      for (const [k, v] of next) data.set(k, v);
      return store;
    },
    deleteProperty(key: string) {
      count('deleteProperty');
      data.delete(key);
      return store;
    },
    deleteAllProperties() {
      count('deleteAllProperties');
      data.clear();
      return store;
    },
  };
  return store as unknown as MemoryProperties;
}
