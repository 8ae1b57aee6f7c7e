// `npm start`: the offline playground. Builds dist/ if needed, then serves on 127.0.0.1 a spreadsheet
// window running the real dist/Code.js and dist/Sidebar.html against the Sheets emulator.
import { performance } from 'node:perf_hooks';
import { staleReason, readDist, startPlaygroundServer } from '../dev/playground';
import { build } from './lib/build';

const DEFAULT_PORT = 8765;

function portFromEnv(): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      `PORT=${raw} is not a port number: use a whole number from 1 to 65535, e.g. PORT=8766 npm start`,
    );
    process.exit(1);
  }
  return port;
}

async function main(): Promise<void> {
  const started = performance.now();
  const port = portFromEnv();
  const reason = staleReason();
  if (reason) {
    console.log(`Building dist/ (${reason})…`);
    await build();
  }
  const locale = process.env.KPIKIT_LOCALE === 'en' ? 'en_US' : 'fr_FR';
  let server;
  try {
    server = await startPlaygroundServer({ port, codeJs: readDist('Code.js'), locale });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`port ${port} is busy: set PORT=${port + 1} npm start`);
      process.exit(1);
    }
    throw error;
  }
  const ms = Math.round(performance.now() - started);
  const total = Math.round(process.uptime() * 1000);
  console.log(
    `KPI Kit playground: ${server.url}  (ready in ${ms} ms, ${total} ms since the process started${reason ? ', build included' : ''})`,
  );
  console.log('Offline: the Sheets emulator runs the real dist/Code.js; nothing leaves this machine.');
  console.log('Stop with Ctrl+C.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
