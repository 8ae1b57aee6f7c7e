import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatExamples, REPO_ROOT } from './fixtures';

// The tests read the example plans from test/fixtures/plans so that a clone of this repository alone runs
// them. The format document lives outside the repository (../shared/template-format.md, shared with other
// projects): where it is beside the repository, the copies must still say what its ```json blocks say;
// where it is not, this test is skipped and says so.

const document = join(REPO_ROOT, '..', 'shared', 'template-format.md');
const present = existsSync(document);
// Straight to stderr: jest prints no console output of a file whose every test is skipped.
if (!present)
  process.stderr.write(
    `SKIPPED test/core/plan/formatCopies.test.ts: ${document} is not beside this repository, so the copies ` +
      'in test/fixtures/plans are not compared with the format document on this machine.\n',
  );

(present ? test : test.skip)(
  'test/fixtures/plans holds the format document’s example plans, one file per ```json block',
  () => {
    const blocks = [...readFileSync(document, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) =>
      JSON.parse(m[1] as string),
    );
    expect(blocks.length).toBeGreaterThan(0);
    expect(formatExamples().map((text) => JSON.parse(text))).toEqual(blocks);
  },
);
