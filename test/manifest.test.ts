import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

test('clasp pushes exactly appsscript.json, Code.js, Sidebar.html and the data files from dist/', () => {
  expect(json('.clasp.json').rootDir).toBe('dist');
  const out = execFileSync(join(root, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const status = JSON.parse(out.slice(out.indexOf('{'))) as {
    filesToPush: string[];
    untrackedFiles: string[];
  };
  expect([...status.filesToPush].sort()).toEqual([
    'dist/Code.js',
    'dist/KpiLibrary.html',
    'dist/Sidebar.html',
    'dist/Starters.html',
    'dist/appsscript.json',
  ]);
  expect(status.untrackedFiles).toEqual([]);
});

test('the sidebar is one self-contained page: no external script, style or font', () => {
  const html = readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/i);
  expect(html).toMatch(/<script>[\s\S]{1000,}<\/script>/);
});
