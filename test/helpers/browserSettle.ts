import type { Page } from 'playwright-core';
import { until } from './until';

// A browser test that checks that something did NOT happen (no save of the wrong draft, no read of the
// workbook) needs a point after which it cannot happen any more. Sleeping past the autosave's debounce
// passes on a quiet machine and fails on a loaded one; instead the page is made to send its scheduled
// save at once (the sidebar does so when it is hidden), and the test waits until every call the page sent
// to the server has been answered and handled.

/** Counts the page's server calls: the google.script.run bridge POSTs each one to /rpc/<name>. */
export interface ServerCallTracker {
  /** Calls sent and not answered yet. */
  inFlight(): number;
  /** Calls sent since the tracker was attached. */
  sent(): number;
}

/** Attach before the page loads, so no call goes uncounted. */
export function trackServerCalls(page: Page): ServerCallTracker {
  let sent = 0;
  let done = 0;
  const isRpc = (url: string) => new URL(url).pathname.startsWith('/rpc/');
  page.on('request', (r) => void (isRpc(r.url()) && sent++));
  page.on('requestfinished', (r) => void (isRpc(r.url()) && done++));
  page.on('requestfailed', (r) => void (isRpc(r.url()) && done++));
  return { inFlight: () => sent - done, sent: () => sent };
}

// Two frames, then a task: Preact runs effects (one schedules the autosave) after the frame that paints.
const NEXT_FRAMES = `new Promise((done) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))))`;

// The sidebar flushes its autosave when the document becomes hidden (a closing sidebar); the page stays
// visible for the rest of the test, since the getter is only shadowed for the event.
const FLUSH_AUTOSAVE = `${NEXT_FRAMES}.then(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
  delete document.visibilityState;
})`;

/**
 * Sends the sidebar's scheduled autosave now and waits until the page is quiet: no call in flight, and a
 * round in which none was sent. Throws if the page never settles (something keeps calling the server).
 */
export async function settled(page: Page, calls: ServerCallTracker): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const before = calls.sent();
    await page.evaluate(FLUSH_AUTOSAVE);
    await until(calls.inFlight, (n) => n === 0);
    // The answers' handlers run in the page after the response arrives; one may call the server again.
    await page.evaluate(NEXT_FRAMES);
    if (calls.inFlight() === 0 && calls.sent() === before) return;
  }
  throw new Error(`The page kept calling the server (${calls.sent()} calls, ${calls.inFlight()} in flight).`);
}
