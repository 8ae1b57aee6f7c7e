// Cuts every test off the network. KPI Kit never talks to the outside world (no UrlFetchApp, no
// analytics), so a test that tries is a bug; loopback stays open for local test servers and the browser.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(?:\.\d{1,3}){3})$/i;

export class NetworkBlockedError extends Error {
  constructor(target: string) {
    super(`Network access to "${target}" is blocked in tests: KPI Kit must work offline.`);
    this.name = 'NetworkBlockedError';
  }
}

function hostOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    try {
      return new URL(value).hostname;
    } catch {
      return value;
    }
  }
  if (value instanceof URL) return value.hostname;
  if (value && typeof value === 'object') {
    const o = value as { host?: string; hostname?: string; path?: string };
    if (o.path && !o.host && !o.hostname) return undefined; // a Unix socket or named pipe
    return o.hostname ?? o.host?.replace(/:\d+$/, '') ?? 'localhost';
  }
  return undefined;
}

function guard(target: string | undefined): void {
  if (target !== undefined && !LOOPBACK.test(target.replace(/^\[|\]$/g, '')))
    throw new NetworkBlockedError(target);
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  // net.connect() hands over its already-normalized arguments as one array: [options, callback].
  const [first, second] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  if (typeof first === 'object' && first !== null) guard(hostOf(first));
  else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    guard(typeof second === 'string' ? second : 'localhost');
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

for (const mod of [http, https]) {
  for (const method of ['request', 'get'] as const) {
    const original = mod[method] as (...a: unknown[]) => unknown;
    (mod as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      guard(hostOf(args[0]));
      return original.apply(mod, args);
    };
  }
}

const originalTlsConnect = tls.connect as (...a: unknown[]) => tls.TLSSocket;
(tls as unknown as { connect: unknown }).connect = (...args: unknown[]) => {
  guard(hostOf(args[0]));
  return originalTlsConnect(...args);
};

const originalLookup = dns.lookup as (...a: unknown[]) => void;
(dns as unknown as { lookup: unknown }).lookup = (host: string, ...rest: unknown[]) => {
  guard(host);
  originalLookup(host, ...rest);
};

const originalFetch = globalThis.fetch;
globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  guard(hostOf(typeof input === 'string' || input instanceof URL ? input : input.url));
  return originalFetch(input, init);
};
