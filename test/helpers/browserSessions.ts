import type { Browser, Page } from 'playwright-core';
import { launchChromium, sidebarPage } from './browserChromium';
import { type SidebarServer, startSidebarServer } from './browserServer';
import { type ServerCallTracker, trackServerCalls } from './browserSettle';

type ServerOptions = Parameters<typeof startSidebarServer>[0];

/**
 * The lifecycle every sidebar browser test file shares: one Chromium for the file, one sidebar server
 * per test, closed after it. Call at the top level of the file; `open` serves dist/Sidebar.html against
 * `options.scope` and loads it in a sidebar-sized page, counting its server calls (`settled`).
 */
export function sidebarSessions(): {
  open(
    options: ServerOptions,
    locale: string,
  ): Promise<{ server: SidebarServer; page: Page; errors: string[]; calls: ServerCallTracker }>;
} {
  let browser: Browser | undefined;
  let server: SidebarServer | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    async open(options, locale) {
      if (!browser) throw new Error('sidebarSessions().open runs inside a test, after beforeAll');
      server = await startSidebarServer(options);
      const { page, errors } = await sidebarPage(browser, locale);
      const calls = trackServerCalls(page);
      await page.goto(server.url);
      return { server, page, errors, calls };
    },
  };
}
