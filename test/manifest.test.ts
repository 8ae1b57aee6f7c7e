import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

test('the manifest asks for exactly the two least-privilege scopes, on V8', () => {
  const manifest = json('appsscript.json');
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  expect(manifest.oauthScopes).toEqual([
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ]);
  expect(json('dist/appsscript.json')).toEqual(manifest);
});

/**
 * What `clasp show-file-status` (offline) would push from `dir`, with a project file like the one
 * `clasp create --rootDir <dir>` writes (.clasp.json is not in git: each maintainer has their own).
 */
function filesToPush(dir: string, rootDir: string): string[] {
  const project = mkdtempSync(join(tmpdir(), 'kpikit-clasp-'));
  cpSync(join(root, dir), join(project, dir), { recursive: true });
  const config = join(project, '.clasp.json');
  writeFileSync(config, JSON.stringify({ scriptId: 'x'.repeat(40), rootDir }));
  let out: string;
  try {
    out = execFileSync(
      join(root, 'node_modules', '.bin', 'clasp'),
      ['-P', config, 'show-file-status', '--json'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
  const status = JSON.parse(out.slice(out.indexOf('{'))) as {
    filesToPush: string[];
    untrackedFiles: string[];
  };
  expect(status.untrackedFiles).toEqual([]);
  return [...status.filesToPush].sort();
}

test('clasp pushes exactly appsscript.json, Code.js, Sidebar.html and the data files from dist/', () => {
  expect(filesToPush('dist', 'dist')).toEqual([
    'dist/Code.js',
    'dist/DataImport.html',
    'dist/DataImportPanel.html',
    'dist/KpiLibrary.html',
    'dist/Sidebar.html',
    'dist/Starters.html',
    'dist/Workbook.html',
    'dist/appsscript.json',
  ]);
});

test('.clasp.json stays out of git: clasp create refuses to run where one exists', () => {
  expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('.clasp.json');
});

test('the sidebar is one self-contained page: no external script, style or font', () => {
  const html = readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/i);
  expect(html).toMatch(/<script>[\s\S]{1000,}<\/script>/);
});
