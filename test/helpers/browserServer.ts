import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import vm from 'node:vm';
import { withBridge } from '../../dev/playground/bridge';
import { readDist } from './codeJs';

// A local stand-in for HtmlService: serves the built dist/Sidebar.html on 127.0.0.1 (random port) with
// a `google.script.run` bridge injected in <head>. The bridge posts each call to this server, which runs
// the REAL server function of dist/Code.js (loaded with loadCodeJs against the emulator or the stubs)
// and answers with its JSON result or its error message, as google.script.run would.

export interface RecordedCall {
  readonly name: string;
  readonly args: unknown[];
  readonly ok: boolean;
  /** What the function returned (as JSON), when it did not throw. */
  readonly value?: unknown;
  readonly error?: string;
}

export interface SidebarServer {
  readonly url: string;
  readonly calls: RecordedCall[];
  /**
   * Resolves with the first call to `name` (after `after` calls), or rejects after `timeoutMs`. A call is
   * recorded once the server function has run, before its answer (and the latency) reaches the page.
   */
  waitForCall(name: string, options?: { after?: number; timeoutMs?: number }): Promise<RecordedCall>;
  close(): Promise<void>;
}

/** The top-level functions Apps Script would expose to google.script.run (private ones end with `_`). */
function publicFunctions(scope: vm.Context): string[] {
  return Object.keys(scope).filter((k) => typeof scope[k] === 'function' && !k.endsWith('_'));
}

export async function startSidebarServer(options: {
  scope: vm.Context;
  /** Added before each answer, so the UI's "saving…" and progress states are really exercised. */
  latencyMs?: number;
  /** Per function, instead of latencyMs (e.g. a slow buildWorkbook to see the progress). */
  latencyFor?: (name: string) => number | undefined;
}): Promise<SidebarServer> {
  const { scope } = options;
  const html = readDist('Sidebar.html');
  // The playground's bridge: the same google.script.run over fetch the visitor's sidebar gets.
  const page = withBridge(html, publicFunctions(scope));
  const calls: RecordedCall[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const rpc = /^\/rpc\/([A-Za-z0-9_]+)$/.exec(url.pathname);
    if (req.method === 'POST' && rpc) {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const name = rpc[1] ?? '';
        let answer: { ok: true; value: unknown } | { ok: false; error: string };
        // Arguments are parsed inside the script's own realm, as Apps Script hands them over.
        const args = (vm.runInContext('JSON', scope) as JSON).parse(body) as unknown[];
        try {
          const fn = scope[name] as unknown;
          if (typeof fn !== 'function' || name.endsWith('_'))
            throw new Error(`Script function not found: ${name}`);
          const value = (fn as (...a: unknown[]) => unknown)(...args);
          answer = { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
        } catch (error) {
          answer = {
            ok: false,
            error:
              error instanceof Error || (error as Error)?.message ? (error as Error).message : String(error),
          };
        }
        calls.push({
          name,
          args: JSON.parse(body) as unknown[],
          ok: answer.ok,
          ...(answer.ok ? { value: answer.value } : { error: answer.error }),
        });
        setTimeout(
          () => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(answer));
          },
          options.latencyFor?.(name) ?? options.latencyMs ?? 0,
        );
      });
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const waitForCall = async (name: string, options: { after?: number; timeoutMs?: number } = {}) => {
    const deadline = Date.now() + (options.timeoutMs ?? 8000);
    for (;;) {
      const call = calls.slice(options.after ?? 0).find((c) => c.name === name);
      if (call) return call;
      if (Date.now() > deadline)
        throw new Error(`No call to ${name} within ${options.timeoutMs ?? 8000} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    waitForCall,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
