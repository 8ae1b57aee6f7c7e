import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT, exportPlan } from '../../dev/xlsx/exportPlan';
import { examplePlan } from '../core/plan/fixtures';
import { readDist } from '../helpers/codeJs';

// `npm run export -- plan.json out.xlsx`: the plan built through dist/Code.js on the emulator, then
// written; clear messages and exit codes when the file, its JSON or the plan is wrong.

const dir = mkdtempSync(join(tmpdir(), 'kpikit-export-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test('writes the built workbook, without the emulator blank Sheet1, and lists what Excel cannot hold', async () => {
  const out = join(dir, 'plan.xlsx');
  const outcome = await exportPlan(
    write('plan.json', JSON.stringify(examplePlan())),
    out,
    readDist('Code.js'),
  );
  expect(outcome).toMatchObject({ ok: true, sheets: ['Objectifs', 'Suivi', 'Tableau de bord'] });
  expect(outcome.ok && outcome.warnings.join('\n')).toContain('SPARKLINE has no Excel equivalent');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  expect(book.worksheets.map((w) => w.name)).toEqual(['Objectifs', 'Suivi', 'Tableau de bord']);
  expect(book.getWorksheet('Tableau de bord')?.getCell('I7').formula).toMatch(/^IF\(/);
});

test('a missing file, invalid JSON and an invalid plan: each named, with its exit code', async () => {
  const code = readDist('Code.js');
  const missing = await exportPlan(join(dir, 'nope.json'), join(dir, 'x.xlsx'), code);
  expect(missing).toEqual({
    ok: false,
    exitCode: EXIT.unreadable,
    message: expect.stringContaining('nope.json: no such file'),
  });
  const broken = await exportPlan(write('broken.json', '{"version": 1,'), join(dir, 'x.xlsx'), code);
  expect(broken).toMatchObject({ ok: false, exitCode: EXIT.unreadable });
  expect(!broken.ok && broken.message).toContain('broken.json is not valid JSON');

  const plan = examplePlan() as { objectives: { operational: { kpis: { target: unknown }[] }[] }[] };
  (plan.objectives[0]?.operational[0]?.kpis[0] as { target: unknown }).target = '2,4 %';
  const invalid = await exportPlan(write('invalid.json', JSON.stringify(plan)), join(dir, 'x.xlsx'), code);
  expect(invalid).toMatchObject({ ok: false, exitCode: EXIT.invalidPlan });
  expect(!invalid.ok && invalid.message).toContain('objectives[0].operational[0].kpis[0].target:');
});

test('the command itself: usage and exit code 1 without arguments; a bad plan exits 3 with its problems', () => {
  const root = join(__dirname, '..', '..');
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const usage = spawnSync(tsx, ['scripts/export.ts'], { cwd: root, encoding: 'utf8' });
  expect(usage.status).toBe(1);
  expect(usage.stderr).toContain('Usage: npm run export -- plan.json out.xlsx');
  const bad = spawnSync(tsx, ['scripts/export.ts', write('empty.json', '{}'), join(dir, 'y.xlsx')], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(bad.status).toBe(3);
  expect(bad.stderr).toContain('is not a valid KPI plan');
});
