import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../scripts/lib/build';

export const BUILD_ERROR_FILE = join(__dirname, '..', '..', 'reports', 'build-error.txt');

/**
 * Builds dist/ once before any test file runs. A failed build must not hide the results of the tests
 * that do not need dist/, so it is recorded instead, and the tests that read dist/ fail with it.
 */
export default async function buildOnce(): Promise<void> {
  rmSync(BUILD_ERROR_FILE, { force: true });
  try {
    await build();
  } catch (error) {
    mkdirSync(join(BUILD_ERROR_FILE, '..'), { recursive: true });
    writeFileSync(BUILD_ERROR_FILE, error instanceof Error ? error.message : String(error));
  }
}
