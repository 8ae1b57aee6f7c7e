import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  BANNER,
  ICON_SIZES,
  LANGUAGES,
  SCREENSHOT,
  SCREENSHOTS,
  SCREENSHOT_WORDS,
  STORE,
  iconFile,
} from '../../scripts/lib/storeAssets';

// The Marketplace listing as the repository holds it (store/): texts within the form's limits, scopes
// equal to the manifest's, images at the sizes the listing asks, static pages that load nothing from
// elsewhere, and what the screenshot script relies on still present. The screenshot script itself is
// not run here (npm run store:screenshots, a minute in Chromium).

const root = join(__dirname, '..', '..');
const manifestScopes = (
  JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }
).oauthScopes;

/** The "## " sections of a listing file, by heading. */
function sections(lang: string): Record<string, string> {
  const text = readFileSync(join(STORE, `listing.${lang}.md`), 'utf8');
  const parts = text.split(/^## /m).slice(1);
  return Object.fromEntries(
    parts.map((part) => {
      const [heading = '', ...body] = part.split('\n');
      return [heading.trim(), body.join('\n').trim()];
    }),
  );
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(LANGUAGES)('the %s listing', (lang) => {
  const listing = sections(lang);

  // Limits of the Store Listing form at the time of writing (docs/PUBLISH.md says to check them).
  test('fits the form: name ≤ 50, short description ≤ 200, detailed description ≤ 16,000 characters', () => {
    expect(Object.keys(listing)).toEqual(['Name', 'Short description', 'Detailed description', 'Scopes']);
    expect([...(listing.Name ?? '')].length).toBeLessThanOrEqual(50);
    expect([...(listing['Short description'] ?? '')].length).toBeLessThanOrEqual(200);
    expect([...(listing['Detailed description'] ?? '')].length).toBeLessThanOrEqual(16_000);
    expect(listing['Short description']).not.toContain('\n');
  });

  test("explains exactly the manifest's scopes, each with its consent-screen words and its use", () => {
    const rows = (listing.Scopes ?? '')
      .split('\n')
      .filter((line) => line.startsWith('| https://'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((r) => r[1])).toEqual(manifestScopes);
    for (const row of rows) {
      expect(row[2]?.length).toBeGreaterThan(20);
      expect(row[3]?.length).toBeGreaterThan(40);
    }
  });

  test('says the add-on stores nothing outside the spreadsheet and makes no network call', () => {
    expect(listing['Detailed description']).toMatch(
      lang === 'fr'
        ? /ne stocke rien en dehors de ce classeur et ne fait aucun appel réseau/
        : /stores nothing outside that spreadsheet and makes no network call/,
    );
  });

  test(`has the ${SCREENSHOTS.length} screenshots at ${SCREENSHOT.width} × ${SCREENSHOT.height}`, () => {
    const dir = join(STORE, 'screenshots', lang);
    expect(readdirSync(dir).sort()).toEqual(SCREENSHOTS.map((name) => `${name}.png`).sort());
    for (const name of SCREENSHOTS) expect(pngSize(join(dir, `${name}.png`))).toEqual(SCREENSHOT);
  });
});

test('the icons and the card banner are PNGs at the listing sizes, rendered from the committed SVGs', () => {
  for (const size of ICON_SIZES)
    expect(pngSize(join(STORE, 'icons', iconFile(size)))).toEqual({ width: size, height: size });
  expect(pngSize(join(STORE, 'icons', BANNER.file))).toEqual({ width: BANNER.width, height: BANNER.height });
  for (const svg of ['icon.svg', 'banner.svg'])
    expect(readFileSync(join(STORE, svg), 'utf8')).toMatch(/^<svg /);
});

describe('the privacy policy and the terms', () => {
  const pages = ['privacy.html', 'terms.html', 'index.html'];

  test.each(pages)('%s is a static page that loads nothing from elsewhere', (page) => {
    const html = readFileSync(join(STORE, 'site', page), 'utf8');
    expect(html).not.toMatch(/<script|<img|<iframe|\bsrc=|@import|url\(/i);
    expect([...html.matchAll(/<link[^>]*href="([^"]+)"/g)].map((m) => m[1])).toEqual(['style.css']);
    for (const [, href] of html.matchAll(/<a[^>]*href="([^"]+)"/g))
      expect(href).toMatch(/^(#|privacy\.html|terms\.html|https:\/\/policies\.google\.com\/)/);
  });

  test('the privacy claims hold in the code: no network service, no store beyond the document', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const code = [...sources(join(root, 'src')), ...sources(join(root, 'sidebar'))]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(code).not.toMatch(
      /UrlFetchApp|getUserProperties|getScriptProperties|getUserCache|GmailApp|DriveApp|\bfetch\(|XMLHttpRequest|sendBeacon/,
    );
    expect(readFileSync(join(STORE, 'site', 'privacy.html'), 'utf8')).toMatch(/makes no network call/);
  });
});

describe('what npm run store:screenshots drives', () => {
  const page = readFileSync(join(root, 'dev', 'playground', 'page', 'index.html'), 'utf8');
  const i18n = readFileSync(join(root, 'sidebar', 'i18n.ts'), 'utf8');

  test('the playground still has the elements the script clicks or hides', () => {
    for (const id of ['extensions', 'sample', 'download', 'close-sidebar', 'sidebar-frame'])
      expect(page).toContain(`id="${id}"`);
    for (const cls of ['titlebar', 'hint']) expect(page).toContain(`class="${cls}"`);
  });

  test('the sidebar still offers the starter the script picks, in both languages', () => {
    expect(i18n).toContain(
      "useStarter: { fr: 'Partir de «\\u00a0{name}\\u00a0»', en: 'Start from “{name}”' }",
    );
    expect(SCREENSHOT_WORDS.fr.starter.test('Partir de «\u00a0Croissance e-commerce\u00a0»')).toBe(true);
    expect(SCREENSHOT_WORDS.en.starter.test('Start from “E-commerce growth”')).toBe(true);
  });

  test('the script and its inputs exist', () => {
    for (const file of [
      'scripts/storeScreenshots.ts',
      'scripts/storeIcons.ts',
      'store/icon.svg',
      'store/banner.svg',
    ])
      expect(existsSync(join(root, file))).toBe(true);
  });
});
