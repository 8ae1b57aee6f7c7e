import { PropertyStore, propertiesObject } from '../../dev/emulator/services/properties';

export { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from '../../dev/emulator/services/properties';

export interface MemoryProperties extends GoogleAppsScript.Properties.Properties {
  /** What the store holds, for the test's own reads (uncounted, unchecked). */
  readonly data: Map<string, string>;
}

/**
 * A document property store outside an emulator, for tests that run Code.js on the strict stubs (the
 * draft store, the browser tests' stub back end): the emulator's own store (dev/emulator/services/
 * properties.ts), with Sheets' quotas, so a draft that would not fit in Sheets does not fit here either.
 * Its methods are plain functions a test may replace (a service that fails once).
 */
export function createMemoryProperties(): MemoryProperties {
  const store = new PropertyStore();
  const plain = <T>(impl: object): T => ({ ...impl, data: store.data }) as T;
  return propertiesObject(store, plain) as MemoryProperties;
}
