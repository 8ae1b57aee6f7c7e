import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDist } from '../helpers/codeJs';

// The sidebar's bundle leaves out what the page never shows, and never ships zod (the server validates).

describe('dist/Sidebar.html', () => {
  const html = readDist('Sidebar.html');
  // Plain booleans: a failure must not print the whole 150 KB page.
  test('carries neither the KPI library (fetched with getKpiLibrary) nor zod', () => {
    expect(html.includes('Taux de désabonnement')).toBe(false);
    expect(html.includes('unsubscribe_rate')).toBe(false);
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
