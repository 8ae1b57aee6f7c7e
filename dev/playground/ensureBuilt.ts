// `npm start` builds only when dist/ is missing or older than its sources, so a warm start stays fast.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// Code.js reads the KPI library from KpiLibrary.html at run time, as it would in Apps Script.
const OUTPUTS = ['Code.js', 'Sidebar.html', 'KpiLibrary.html'];
const SOURCES = ['src', 'sidebar', join('scripts', 'lib'), 'appsscript.json', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(root = ROOT): string | null {
  const outputs = OUTPUTS.map((f) => join(root, 'dist', f));
  const missing = outputs.find((f) => !existsSync(f));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const changed = SOURCES.find((s) => newestMtime(join(root, s)) > built);
  return changed ? `${changed}/ changed since the last build` : null;
}
