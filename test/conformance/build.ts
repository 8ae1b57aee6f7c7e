import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConformance } from '../../scripts/lib/buildConformance';

export interface ConformanceBuild {
  readonly dir: string;
  readonly code: string;
  readonly entryPoints: readonly string[];
}

/** Builds dist-conformance/ into a fresh temporary folder (test files run in parallel). */
export async function buildConformanceForTest(): Promise<ConformanceBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'kpikit-conformance-'));
  const { entryPoints } = await buildConformance(dir);
  return { dir, code: readFileSync(join(dir, 'Code.js'), 'utf8'), entryPoints };
}
