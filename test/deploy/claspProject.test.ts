import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TARGETS, claspProjectProblems, removeStrayFiles } from '../../scripts/lib/claspProject';
import { buildConformanceForTest } from '../conformance/build';

const addOn = TARGETS['add-on'];
const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdEFGH';

describe('the clasp project npm run deploy pushes to', () => {
  test('a missing .clasp.json says how to create a standalone or a bound project, in French and English', () => {
    const [problem] = claspProjectProblems(addOn, null);
    expect(problem).toMatch(/\.clasp\.json is missing/);
    expect(problem).toMatch(/\.clasp\.json manque/);
    expect(problem).toContain('npx clasp create --type standalone --title "KPI Kit" --rootDir dist');
    expect(problem).toContain('npx clasp create --type sheets --title "KPI Kit" --rootDir dist');
  });

  test('what clasp create writes, standalone or bound, is accepted', () => {
    // clasp 3 writes these fields (a bound project adds parentId).
    const written = { scriptId: id, rootDir: 'dist', scriptExtensions: ['.js', '.gs'], filePushOrder: [] };
    expect(claspProjectProblems(addOn, JSON.stringify(written))).toEqual([]);
    expect(claspProjectProblems(addOn, JSON.stringify({ ...written, parentId: 'sheet-id' }))).toEqual([]);
    // clasp create run inside dist-conformance writes rootDir "" (the folder itself).
    expect(claspProjectProblems(TARGETS.conformance, JSON.stringify({ scriptId: id, rootDir: '' }))).toEqual(
      [],
    );
  });

  test('the old placeholder, another rootDir and broken JSON are refused with the fix', () => {
    expect(
      claspProjectProblems(
        addOn,
        JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' }),
      )[0],
    ).toMatch(/no script id \(scriptId is "REPLACE_WITH_YOUR_SCRIPT_ID"\)/);
    expect(claspProjectProblems(addOn, JSON.stringify({ scriptId: id, rootDir: 'src' }))[0]).toMatch(
      /"rootDir": "src": set "rootDir": "dist"/,
    );
    expect(claspProjectProblems(addOn, '{ nope')[0]).toMatch(/is not JSON/);
  });

  test('files the build did not write are removed before the push; .clasp.json stays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpikit-deploy-'));
    for (const name of ['Code.js', 'appsscript.json', 'Code.gs', '.clasp.json'])
      writeFileSync(join(dir, name), '');
    expect(removeStrayFiles(dir, ['Code.js', 'appsscript.json'])).toEqual(['Code.gs']);
    expect(readdirSync(dir).sort()).toEqual(['.clasp.json', 'Code.js', 'appsscript.json']);
    rmSync(dir, { recursive: true, force: true });
  });

  test("clasp pushes exactly the conformance project's three files from dist-conformance/", async () => {
    const built = await buildConformanceForTest();
    const config = join(built.dir, '.clasp.json');
    writeFileSync(config, JSON.stringify({ scriptId: id, rootDir: '' }));
    const out = execFileSync(
      join(__dirname, '..', '..', 'node_modules', '.bin', 'clasp'),
      ['-P', config, 'show-file-status', '--json'],
      {
        encoding: 'utf8',
      },
    );
    const status = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush: string[] };
    expect(status.filesToPush.map((f) => f.replace(/^.*\//, '')).sort()).toEqual([
      'Code.js',
      'ConformanceData.html',
      'appsscript.json',
    ]);
  });
});
