// The playground's HTTP server: 127.0.0.1 only, JSON APIs, the page, the sidebar with its bridge, and
// the .xlsx download. Every state change goes through PlaygroundSession (the real Code.js on the
// emulator).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withBridge } from './bridge';
import { bundlePage } from './page/bundle';
import { PlaygroundSession, RefusedCall, type SessionOptions } from './session';

export interface PlaygroundServer {
  readonly url: string;
  readonly port: number;
  readonly session: PlaygroundSession;
  close(): Promise<void>;
}

export interface ServerOptions extends SessionOptions {
  /** 0 picks a free port. */
  readonly port: number;
}

const MAX_BODY = 5 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

/** A JSON body; only application/json is accepted, so a form on another site cannot post here. */
function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      reject(new HttpError(415, 'Send JSON (content-type: application/json).'));
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'The request body is over 5 MB.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new HttpError(400, 'The request body is not valid JSON.'));
      }
    });
    req.on('error', reject);
  });
}

function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string') throw new HttpError(400, `"${name}" must be a string.`);
  return value;
}

const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; connect-src 'self'";
// The sidebar is one self-contained file with inline script and styles, as HtmlService serves it.
const SIDEBAR_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function startPlaygroundServer(options: ServerOptions): Promise<PlaygroundServer> {
  let port = options.port;
  // Listen first, so a busy port is reported at once; requests wait for the page and the session.
  let page!: { html: string; js: string };
  let session!: PlaygroundSession;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // DNS rebinding: a page from another site resolving its name to 127.0.0.1 would send its own Host.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      throw new HttpError(421, 'Use http://127.0.0.1 with the port the playground printed.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /')
      return send(res, 200, 'text/html; charset=utf-8', page.html, {
        'content-security-policy': PAGE_CSP,
        'x-frame-options': 'DENY',
      });
    if (route === 'GET /app.js') return send(res, 200, 'text/javascript; charset=utf-8', page.js);
    if (route === 'GET /favicon.ico') return send(res, 204, 'text/plain', '');
    if (route === 'GET /sidebar') {
      const html = session.sidebarHtml();
      if (html === null) throw new HttpError(404, 'No sidebar was opened: use the add-on menu.');
      return send(res, 200, 'text/html; charset=utf-8', withBridge(html, [...session.entryPoints]), {
        'content-security-policy': SIDEBAR_CSP,
        'x-frame-options': 'SAMEORIGIN',
      });
    }
    if (route === 'GET /api/state') return json(res, 200, session.state());
    if (route === 'GET /api/sheet') return json(res, 200, session.grid(url.searchParams.get('name') ?? ''));
    if (route === 'GET /export.xlsx') {
      const { buffer, warnings } = await session.exportXlsx();
      return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer, {
        'content-disposition': `attachment; filename="${session.exportFileName()}"`,
        'x-kpikit-warnings': encodeURIComponent(JSON.stringify(warnings)),
      });
    }
    if (req.method === 'POST') {
      const body = await readJson(req);
      if (url.pathname === '/api/menu') {
        session.runMenu(field(body, 'functionName'));
        return json(res, 200, { ok: true, state: session.state() });
      }
      if (url.pathname === '/api/edit') {
        session.edit(field(body, 'sheet'), field(body, 'a1'), field(body, 'input'));
        return json(res, 200, { ok: true });
      }
      if (url.pathname === '/api/activate') {
        session.activate(field(body, 'sheet'));
        return json(res, 200, { ok: true });
      }
      if (url.pathname === '/api/sample') return json(res, 200, { ok: true, summary: session.loadSample() });
      const rpc = /^\/rpc\/([A-Za-z0-9_$]{1,100})$/.exec(url.pathname);
      if (rpc) {
        if (!Array.isArray(body)) throw new HttpError(400, 'The arguments must be a JSON array.');
        // Apps Script hands a thrown error to the failure handler: answer 200 with its message.
        try {
          return json(res, 200, { ok: true, value: session.call(rpc[1] ?? '', body) });
        } catch (error) {
          if (error instanceof RefusedCall) throw new HttpError(404, error.message);
          return json(res, 200, { ok: false, error: message(error) });
        }
      }
    }
    throw new HttpError(404, `Nothing at ${req.method} ${url.pathname}.`);
  };

  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const server: Server = createServer((req, res) => {
    ready
      .then(() => handle(req, res))
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : error instanceof RefusedCall ? 400 : 500;
        if (!res.headersSent) json(res, status, { ok: false, error: message(error) });
        else res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the playground runs code on request and must never be reachable from the network.
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  try {
    page = await bundlePage();
    // The page's language is the spreadsheet's (its labels are in both languages).
    page.html = page.html.replace(
      '<html lang="fr">',
      `<html lang="${(options.locale ?? 'fr_FR').slice(0, 2)}">`,
    );
    session = new PlaygroundSession(options);
  } catch (error) {
    server.close();
    throw error;
  }
  resolveReady();
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
