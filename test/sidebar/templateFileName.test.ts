import { TEMPLATE_MAX_BYTES as CORE_MAX_BYTES } from '../../src/core/templates/limits';
import { TEMPLATE_MAX_BYTES, templateFileName, utf8Bytes } from '../../sidebar/templates/fileName';

describe('templateFileName', () => {
  test.each([
    ['Croissance e-commerce', 'croissance-e-commerce.json'],
    ['Modèle Agence Nord — 2027', 'modele-agence-nord-2027.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['CON:<>|?*"', 'con.json'],
    ['   ', 'kpi-kit-template.json'],
    ['日本語', 'kpi-kit-template.json'],
  ])('%j → %s', (name, file) => {
    expect(templateFileName(name)).toBe(file);
  });

  test('is at most 80 characters before .json and never ends with a dash', () => {
    const file = templateFileName(`${'a'.repeat(79)} b c d`);
    expect(file).toBe(`${'a'.repeat(79)}.json`);
  });
});

describe('the page counts a template size as the server does', () => {
  test('same limit, UTF-8 bytes', () => {
    expect(TEMPLATE_MAX_BYTES).toBe(CORE_MAX_BYTES);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('a')).toBe(1);
  });
});
