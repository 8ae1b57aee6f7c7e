// `npm run store:screenshots`: the listing's screenshots (1280 × 800, French and English), taken from
// the playground, which runs the real dist/Code.js and dist/Sidebar.html on the Sheets emulator, so the
// pictures show the product as it is. Never part of npm test (it takes a minute); run it after a
// visible change and commit store/screenshots/. Look at every picture before committing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readDist, staleReason, startPlaygroundServer, type PlaygroundServer } from '../dev/playground';
// The same helpers as the browser tests: Debian's chromium, and a tab switch that waits for its grid.
import { launchChromium } from '../test/helpers/browserChromium';
import { openSheet } from '../test/helpers/browserGrid';
import { build } from './lib/build';
import { LANGUAGES, SCREENSHOT, SCREENSHOT_WORDS as WORDS, STORE } from './lib/storeAssets';

/** A fixed clock: the sample plan is then the same every run (four months of actuals, mixed statuses). */
const TODAY = '2027-05-10T10:00:00Z';

/**
 * The playground's window as a spreadsheet's: the document's name as the title, and without the
 * playground's own controls (sample, download, the offline note), which the add-on does not have.
 */
async function asSpreadsheetWindow(page: Page, title: string): Promise<void> {
  await page.addStyleTag({ content: '.hint, #sample, #download { display: none !important; }' });
  await page.evaluate((text) => {
    const h1 = document.querySelector('.titlebar h1');
    if (h1) h1.textContent = text;
  }, title);
}

async function shoot(page: Page, lang: string, name: string): Promise<void> {
  // No hover effect from the last click in the picture.
  await page.mouse.move(SCREENSHOT.width / 2, SCREENSHOT.height - 2);
  const dir = join(STORE, 'screenshots', lang);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
  console.log(`store/screenshots/${lang}/${name}.png`);
}

async function screenshots(browser: Browser, lang: (typeof LANGUAGES)[number]): Promise<void> {
  const words = WORDS[lang];
  let server: PlaygroundServer | undefined;
  try {
    server = await startPlaygroundServer({
      port: 0,
      codeJs: readDist('Code.js'),
      locale: words.locale,
      today: TODAY,
    });
    const context = await browser.newContext({
      viewport: { width: SCREENSHOT.width, height: SCREENSHOT.height },
      locale: words.browserLocale,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(server.url);
    await page.getByRole('button', { name: /Load sample plan/ }).click();
    await page.getByRole('tab', { name: words.scorecard, selected: true }).waitFor();
    await asSpreadsheetWindow(page, words.document);
    await shoot(page, lang, '1-scorecard');

    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: words.wizard }).click();
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#app :is(h1,h2,button)').first().waitFor();
    await page.waitForTimeout(300);
    await shoot(page, lang, '2-wizard');
    await sidebar.getByRole('button', { name: words.starter }).click();
    await sidebar.locator('#app h2').first().waitFor();
    await page.waitForTimeout(500);
    await shoot(page, lang, '3-wizard-plan');
    await page.locator('#close-sidebar').click();

    await openSheet(page, server.session.emulator.view(words.tracking));
    await shoot(page, lang, '4-tracking');
    await openSheet(page, server.session.emulator.view(words.objectives));
    await shoot(page, lang, '5-objectives');
    await context.close();
  } finally {
    await server?.close();
  }
}

async function main(): Promise<void> {
  const reason = staleReason();
  if (reason) {
    console.log(`Building dist/ (${reason})…`);
    await build();
  }
  const browser = await launchChromium();
  try {
    for (const lang of LANGUAGES) await screenshots(browser, lang);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
