import type { Check } from '../check';
import { thrown } from './values';

const PREFIX = 'kpikit.conformance.';

/** Removes what the checks wrote, whatever happened. */
function cleanUp(store: GoogleAppsScript.Properties.Properties): void {
  for (const key of store.getKeys()) if (key.startsWith(PREFIX)) store.deleteProperty(key);
}

/** The property store's quotas, counted in UTF-8 bytes (9 KB a value, 500 KB a store). */
export const propertyChecks: Check[] = [
  {
    id: 'properties.value-bytes',
    assumption: 2,
    title:
      'A property value is limited to 9 KB counted in UTF-8 bytes: 9,216 ASCII characters pass, 4,700 "é" (9,400 bytes, 4,700 characters) are refused with "Argument too large: value".',
    guess:
      'Google documents "9 KB per value"; bytes rather than characters, and the exact limit, are assumed',
    run: ({ services }) => {
      const store = services.PropertiesService.getDocumentProperties();
      try {
        return {
          expected: { ascii: 'no error', accents: 'Argument too large: value', kept: 9216 },
          actual: {
            ascii: thrown(() => store.setProperty(`${PREFIX}bytes`, 'a'.repeat(9216))),
            accents: thrown(() => store.setProperty(`${PREFIX}bytes`, 'é'.repeat(4700))),
            kept: (store.getProperty(`${PREFIX}bytes`) ?? '').length,
          },
        };
      } finally {
        cleanUp(store);
      }
    },
  },
  {
    id: 'properties.store-quota',
    assumption: 2,
    title:
      'setProperties that would take a store past 500 KB is refused with the quota message and writes nothing.',
    guess:
      'the quota message is seen in public reports; that a refused setProperties writes none of its keys is assumed',
    run: ({ services }) => {
      const store = services.PropertiesService.getDocumentProperties();
      const many: Record<string, string> = {};
      for (let i = 0; i < 60; i++) many[`${PREFIX}${i}`] = 'x'.repeat(9000);
      try {
        return {
          expected: {
            error:
              'You have exceeded the property storage quota. Please remove some properties and try again.',
            written: 0,
          },
          actual: {
            error: thrown(() => store.setProperties(many)),
            written: store.getKeys().filter((k) => k.startsWith(PREFIX)).length,
          },
        };
      } finally {
        cleanUp(store);
      }
    },
  },
];
