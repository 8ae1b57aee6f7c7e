// `npm run deploy` (the add-on, from dist/) and `npm run conformance:push` (the conformance suite, from
// dist-conformance/): build, check the clasp project, remove what the build did not write, `clasp push`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, root } from './lib/build';
import { buildConformance } from './lib/buildConformance';
import { TARGETS, claspProjectProblems, removeStrayFiles } from './lib/claspProject';

async function main(): Promise<void> {
  const target = process.argv[2] === 'conformance' ? TARGETS.conformance : TARGETS['add-on'];
  const { files } = target.name === 'conformance' ? await buildConformance() : await build();
  const projectFile = join(root, target.projectFile);
  const problems = claspProjectProblems(
    target,
    existsSync(projectFile) ? readFileSync(projectFile, 'utf8') : null,
  );
  if (problems.length > 0) {
    console.error(problems.join('\n\n'));
    process.exit(1);
  }
  for (const name of removeStrayFiles(join(root, target.dir), Object.keys(files)))
    console.log(`${target.dir}/${name}: not built by KPI Kit (clasp create pulls a default file), removed`);
  const clasp = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp');
  const pushed = spawnSync(clasp, ['-P', projectFile, 'push'], { cwd: root, stdio: 'inherit' });
  process.exit(pushed.status ?? 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
