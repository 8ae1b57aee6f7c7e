import { LANGUAGES } from '../../../src/core/i18n';
import { KpiError, describeCell, renderMessage } from '../../../src/core/parse/kpiError';
import { MESSAGES, type MessageKey } from '../../../src/core/parse/messages';
import { wordParser } from '../../../src/core/parse/words';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('messages', () => {
  test.each(Object.keys(MESSAGES) as MessageKey[])(
    '%s uses the same placeholders in French and English',
    (key) => {
      const { fr, en } = MESSAGES[key];
      expect(placeholders(fr)).toEqual(placeholders(en));
      expect(fr).not.toBe(en);
    },
  );

  test('a KpiError is an Error whose message is the English text, and renders in French on demand', () => {
    const error = new KpiError('notANumber', { arg: 'actual', value: 'abc' });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('actual: "abc" is not a number (write e.g. 12.5, 12,5, 1 234 or 12 %)');
    expect(error.render('fr')).toBe(
      'actual\u00a0: «\u00a0abc\u00a0» n’est pas un nombre (écrivez par ex. 12,5, 12.5, 1 234 ou 12 %)',
    );
    for (const lang of LANGUAGES) expect(error.render(lang)).not.toMatch(/\{\w+\}/);
  });

  test('a missing param stays visible rather than vanishing', () => {
    expect(renderMessage('notANumber', { arg: 'actual' }, 'en')).toContain('"{value}"');
  });

  test('cells are described as the user sees them, long text shortened', () => {
    expect(describeCell(false)).toBe('FALSE');
    expect(describeCell(new Date(2027, 0, 2))).toBe('2027-01-02');
    expect(describeCell('x'.repeat(60))).toHaveLength(40);
    expect(describeCell([[1]])).toBe('range');
  });
});

describe('wordParser', () => {
  const parse = wordParser(
    'direction',
    { higher: ['higher', 'hausse'], lower: ['lower', 'baisse'] },
    'higher',
  );

  test('case, accents and spaces do not matter; blank is the default', () => {
    expect(parse(' BAISSE ')).toBe('lower');
    expect(parse('Hausse')).toBe('higher');
    expect(parse('')).toBe('higher');
    expect(parse(undefined)).toBe('higher');
  });

  test('an unknown word or a non-text cell lists every accepted word', () => {
    for (const value of ['sideways', 3, true]) {
      let error: unknown;
      try {
        parse(value);
      } catch (e) {
        error = e;
      }
      expect((error as KpiError).params.words).toBe('"higher", "hausse", "lower", "baisse"');
    }
  });

  test('accented table words match unaccented input', () => {
    const status = wordParser('output', { status: ['état'] }, 'status');
    expect(status('ETAT')).toBe('status');
  });
});
