import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConformance } from '../../scripts/lib/buildConformance';

export interface ConformanceBuild {
  readonly dir: string;
  readonly code: string;
  readonly entryPoints: readonly string[];
}

const made: string[] = [];
// Registered when a test file imports this helper, so it runs after that file's tests.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Builds dist-conformance/ into a fresh temporary folder (test files run in parallel), removed after
 * the test file.
 */
export async function buildConformanceForTest(): Promise<ConformanceBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'kpikit-conformance-'));
  made.push(dir);
  const { entryPoints } = await buildConformance(dir);
  return { dir, code: readFileSync(join(dir, 'Code.js'), 'utf8'), entryPoints };
}
