import { decodeTemplateFile, templateFileEncoding } from '../../sidebar/templates/decodeFile';

// Template files saved by hand in the editors French users have: whatever the encoding, the page reads
// the same text KPI Kit wrote.

const text = '{\n  "name": "Améliorer la fidélité — 2027 « clients »",\n  "emoji": "📈"\n}\n';

function utf16(value: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [
    ...(bom ? [0xfeff] : []),
    ...Array.from({ length: value.length }, (_, i) => value.charCodeAt(i)),
  ];
  const out = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 * i] = endian === 'le' ? lo : hi;
    out[2 * i + 1] = endian === 'le' ? hi : lo;
  });
  return out;
}

test.each([
  ['UTF-8', new TextEncoder().encode(text), 'utf-8'],
  ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8'],
  ['UTF-16 LE with a BOM (Notepad "Unicode")', utf16(text, 'le', true), 'utf-16le'],
  ['UTF-16 BE with a BOM', utf16(text, 'be', true), 'utf-16be'],
  ['UTF-16 LE without a BOM', utf16(text, 'le', false), 'utf-16le'],
  ['UTF-16 BE without a BOM', utf16(text, 'be', false), 'utf-16be'],
] as const)('%s reads back as the text written', (_name, bytes, encoding) => {
  expect(templateFileEncoding(bytes)).toBe(encoding);
  expect(decodeTemplateFile(bytes).replace(/^\uFEFF/, '')).toBe(text);
});

test('a Windows-1252 ("ANSI") file reads its accents right, not as replacement characters', () => {
  // Latin-1 letters only: Node decodes 0x80–0x9F (€, œ…) as ISO-8859-1, browsers as Windows-1252 (the
  // browser test reads a « € »).
  const ansi = '{ "name": "Améliorer la fidélité « clients » à 12 %" }';
  const bytes = Uint8Array.from(ansi, (c) => c.charCodeAt(0));
  expect(templateFileEncoding(bytes)).toBe('windows-1252');
  expect(decodeTemplateFile(bytes)).toBe(ansi);
});

test('an empty file is UTF-8 and empty', () => {
  expect(templateFileEncoding(new Uint8Array())).toBe('utf-8');
  expect(decodeTemplateFile(new Uint8Array())).toBe('');
});
