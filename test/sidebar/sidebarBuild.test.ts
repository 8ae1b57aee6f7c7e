import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { withoutProperties } from '../../scripts/lib/build';
import { readDist } from '../helpers/codeJs';

// The sidebar's bundle leaves out what the page never shows, and never ships zod (the server validates).

const DATA = join(__dirname, '..', '..', 'src', 'core', 'kpiLibrary', 'data');

describe('withoutProperties', () => {
  test('removes the named object properties and nothing else', () => {
    const source = `export const A = [{ id: 'x', formula: { fr: 'a / b', en: 'a / b' }, name: { fr: 'X', en: 'X' } }, { formula: { fr: "l'a, b", en: 'c' } }];`;
    expect(withoutProperties(source, ['formula']).replace(/\s+/g, ' ')).toBe(
      `export const A = [{ id: 'x', name: { fr: 'X', en: 'X' } }, { }];`,
    );
  });

  test.each(readdirSync(DATA).filter((f) => f.endsWith('.ts')))(
    'library file %s stays valid TypeScript',
    (file) => {
      const stripped = withoutProperties(
        readFileSync(join(DATA, file), 'utf8'),
        ['definition', 'formula'],
        file,
      );
      const output = ts.transpileModule(stripped, { reportDiagnostics: true, fileName: file });
      expect(output.diagnostics ?? []).toEqual([]);
      expect(stripped).not.toMatch(/\bformula\s*:/);
      expect(stripped).not.toMatch(/\bdefinition\s*:/);
      expect(stripped).toMatch(/\baliases\s*:/);
    },
  );
});

describe('dist/Sidebar.html', () => {
  const html = readDist('Sidebar.html');
  // Plain booleans: a failure must not print the whole 150 KB page.
  test('carries the library (names) but not its definitions and formulas (fetched), nor zod', () => {
    expect(html.includes('Taux de conversion')).toBe(true);
    expect(html.includes('Share of sessions that end in a conversion')).toBe(false);
    expect(html.includes('conversions / sessions')).toBe(false);
    expect(/ZodError|\$ZodType/.test(html)).toBe(false);
  });
});

describe('the wizard sources', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  test('never inject text as HTML (no dangerouslySetInnerHTML, innerHTML or insertAdjacentHTML)', () => {
    const offenders = files(join(__dirname, '..', '..', 'sidebar')).filter((f) =>
      /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
