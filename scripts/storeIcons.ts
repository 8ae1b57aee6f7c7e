// `npm run store:icons`: the listing's icons and card banner, rendered from store/icon.svg and
// store/banner.svg by Debian's headless Chromium at the exact sizes, so the PNGs never drift from the
// drawings. The PNGs are committed (the listing uploads them); run this again after editing an SVG.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The same launcher as the browser tests: Debian's chromium, nothing downloaded.
import { launchChromium } from '../test/helpers/browserChromium';
import { BANNER, ICON_SIZES, STORE, iconFile } from './lib/storeAssets';

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    mkdirSync(join(STORE, 'icons'), { recursive: true });
    const render = async (svgFile: string, width: number, height: number, out: string) => {
      const svg = readFileSync(join(STORE, svgFile), 'utf8')
        .replace(/width="\d+"/, `width="${width}"`)
        .replace(/height="\d+"/, `height="${height}"`);
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
      );
      await page.screenshot({
        path: join(STORE, 'icons', out),
        omitBackground: true,
        clip: { x: 0, y: 0, width, height },
      });
      await page.close();
      console.log(`store/icons/${out} ${width}×${height}`);
    };
    for (const size of ICON_SIZES) await render('icon.svg', size, size, iconFile(size));
    await render('banner.svg', BANNER.width, BANNER.height, BANNER.file);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
