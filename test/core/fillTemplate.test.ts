import { fillTemplate } from '../../src/core/fillTemplate';

test('fills every {name} placeholder with its value as text', () => {
  expect(fillTemplate('{n} KPI sur {total}', { n: 3, total: 12 })).toBe('3 KPI sur 12');
});

test('a placeholder without a value stays as written, so a forgotten value shows', () => {
  expect(fillTemplate('Préparé par {agency} pour {client}', { agency: 'Agence' })).toBe(
    'Préparé par Agence pour {client}',
  );
});

test('values are never read as templates nor as replacement patterns', () => {
  expect(fillTemplate('{agency} / {client}', { agency: '{client}', client: '$& $1' })).toBe(
    '{client} / $& $1',
  );
});
