import { type ChildProcess, spawn } from 'node:child_process';
import { type Server, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

// `npm start` as a user runs it (tsx scripts/start.ts in a child process): it prints its URL and its
// startup time, serves the page, and says what to do when the port is taken.

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
} {
  const child = spawn(TSX, ['scripts/start.ts'], { cwd: ROOT, env: { ...process.env, ...env } });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, output: () => text, exited };
}

async function waitFor(output: () => string, pattern: RegExp, ms = 20_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = pattern.exec(output());
    if (m) return m;
    if (Date.now() > deadline) throw new Error(`Not printed within ${ms} ms: ${pattern}\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('prints the URL and its startup time, and serves the playground on 127.0.0.1', async () => {
  const run = start({ PORT: '0' });
  try {
    const m = await waitFor(
      run.output,
      /KPI Kit playground: (http:\/\/127\.0\.0\.1:\d+\/) {2}\(ready in (\d+) ms/,
    );
    const page = await fetch(m[1] ?? '');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('KPI Kit');
    expect(Number(m[2])).toBeGreaterThan(0);
  } finally {
    run.child.kill('SIGTERM');
    await run.exited;
  }
});

test('a busy port: says which PORT to set, and exits 1', async () => {
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as AddressInfo;
  try {
    const run = start({ PORT: String(port) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`port ${port} is busy: set PORT=${port + 1} npm start`);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});

test('a PORT that is not a number is named, with the fix', async () => {
  const run = start({ PORT: 'eighty' });
  expect(await run.exited).toBe(1);
  expect(run.output()).toContain('PORT=eighty is not a port number');
});

test.each(['SIGTERM', 'SIGINT'] as const)(
  '`npm start` stops on %s sent to npm itself: nothing keeps listening',
  async (signal) => {
    const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, PORT: '0' } });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const m = await waitFor(() => text, /KPI Kit playground: (http:\/\/127\.0\.0\.1:\d+\/)/);
    const url = m[1] ?? '';
    expect((await fetch(url)).status).toBe(200);
    child.kill(signal);
    await exited;
    // The server (a grandchild of npm) is gone too: the port refuses connections.
    const deadline = Date.now() + 10_000;
    let refused = false;
    while (!refused && Date.now() < deadline) {
      refused = await fetch(url).then(
        () => false,
        () => true,
      );
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(refused).toBe(true);
  },
  60_000,
);
