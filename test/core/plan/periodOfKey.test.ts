import { keyOfLabel, periodOfKey } from '../../../src/core/plan/periodOfKey';
import { trackingPeriods } from '../../../src/core/plan/periods';

describe('periodOfKey', () => {
  test.each(['weekly', 'monthly', 'quarterly'] as const)(
    'gives back every %s period of 2026–2028',
    (frequency) => {
      for (const lang of ['fr', 'en'] as const)
        for (const p of trackingPeriods({ start: '2026-01-01', end: '2028-12-31', frequency }, lang))
          expect(periodOfKey(p.key, lang)).toEqual(p);
    },
  );

  test.each(['2027-13', '2027-W54', '2027-Q5', '2027-1', 'janv. 2027', '', '2027-W53'])(
    '%s is no key',
    (key) => {
      expect(periodOfKey(key, 'fr')).toBeUndefined();
    },
  );
});

describe('keyOfLabel', () => {
  test.each(['weekly', 'monthly', 'quarterly'] as const)(
    'reads back every %s header of 2026–2028, in both languages',
    (frequency) => {
      for (const lang of ['fr', 'en'] as const)
        for (const p of trackingPeriods({ start: '2026-01-01', end: '2028-12-31', frequency }, lang))
          expect(keyOfLabel(p.label)).toBe(p.key);
    },
  );

  test.each(['Total', 'janv 2027', 'S54 2027', 'T5 2027', '2027', ''])('%s is no header', (label) => {
    expect(keyOfLabel(label)).toBeUndefined();
  });
});
