/**
 * PropertiesService: document, user and script stores with Apps Script's quotas (9 KB per value,
 * 500 KB per store, counted as UTF-8 bytes of keys and values).
 */
import type { Wrap } from '../context';
import { errors } from '../errors';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class PropertyStore {
  readonly data = new Map<string, string>();

  private size(next: Map<string, string>): number {
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    return total;
  }

  /** Writes entries after checking every limit, so a refused write changes nothing. */
  write(entries: Array<[string, unknown]>, deleteAllOthers = false): void {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [key, value] of entries) {
      if (typeof key !== 'string' || key === '') throw errors.invalidArgument('key');
      const text = String(value);
      if (bytes(text) > PROPERTY_VALUE_LIMIT) throw errors.argumentTooLarge('value');
      next.set(key, text);
    }
    if (this.size(next) > PROPERTY_STORE_LIMIT) throw errors.propertyStoreFull();
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }
}

export function propertiesObject(store: PropertyStore, wrap: Wrap): GoogleAppsScript.Properties.Properties {
  const self: GoogleAppsScript.Properties.Properties = wrap(
    {
      getProperty: (key: string) => store.data.get(key) ?? null,
      getProperties: () => Object.fromEntries(store.data),
      getKeys: () => [...store.data.keys()],
      setProperty: (key: string, value: string) => (store.write([[key, value]]), self),
      setProperties: (properties: Record<string, unknown>, deleteAllOthers = false) => (
        store.write(Object.entries(properties), deleteAllOthers),
        self
      ),
      deleteProperty: (key: string) => (store.data.delete(key), self),
      deleteAllProperties: () => (store.data.clear(), self),
    },
    'Properties',
  );
  return self;
}

export function propertiesService(
  stores: { document: PropertyStore; user: PropertyStore; script: PropertyStore },
  wrap: Wrap,
): GoogleAppsScript.Properties.PropertiesService {
  return wrap(
    {
      getDocumentProperties: () => propertiesObject(stores.document, wrap),
      getUserProperties: () => propertiesObject(stores.user, wrap),
      getScriptProperties: () => propertiesObject(stores.script, wrap),
    },
    'PropertiesService',
  );
}
