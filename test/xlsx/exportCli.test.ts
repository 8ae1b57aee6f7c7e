import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describeSource, EXIT, exportPlan } from '../../dev/xlsx/exportPlan';
import { smartCheck } from '../../src/core/smart';
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
  expect(outcome).toMatchObject({
    ok: true,
    sheets: ['Objectifs', 'Suivi', 'Tableau de bord', 'Graphiques'],
  });
  expect(outcome.ok && outcome.warnings.join('\n')).toContain('SPARKLINE has no Excel equivalent');
  expect(outcome.ok && outcome.warnings.join('\n')).toContain('Graphiques: 3 charts are not exported');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  expect(book.worksheets.map((w) => w.name)).toEqual(['Objectifs', 'Suivi', 'Tableau de bord', 'Graphiques']);
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

describe('the example plans shipped in examples/', () => {
  const examples = join(__dirname, '..', '..', 'examples');
  const files = readdirSync(examples).filter((f) => f.endsWith('.json'));

  test('there are a few, in both languages, and one is a template file', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.some((f) => f.includes('.fr.'))).toBe(true);
    expect(files.some((f) => f.includes('.en.'))).toBe(true);
    expect(files.some((f) => f.includes('.template.'))).toBe(true);
  });

  test.each(files)('%s exports, and the outcome says what the file was', async (file) => {
    const outcome = await exportPlan(join(examples, file), join(dir, `${file}.xlsx`), readDist('Code.js'));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.source.kind).toBe(file.includes('.template.') ? 'template' : 'plan');
    expect(outcome.sheets).toHaveLength(4); // Objectives, Tracking, Scorecard, dashboard
    // Every objective of a shipped example is SMART and every KPI has its baseline.
    const text = readFileSync(join(examples, file), 'utf8');
    const parsed = JSON.parse(text) as { plan?: unknown };
    const plan = (parsed.plan ?? parsed) as {
      objectives: { title: string; operational: { title: string; kpis: { baseline?: number }[] }[] }[];
    };
    for (const so of plan.objectives)
      for (const oo of so.operational) {
        expect(smartCheck({ objective: oo.title }).score).toBe(5);
        for (const kpi of oo.kpis) expect(kpi.baseline).toEqual(expect.any(Number));
      }
  });
});

test('a template file is read as one; a broken one is refused as a template, with its problems', async () => {
  const code = readDist('Code.js');
  const template = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'examples', 'social-community.template.en.json'), 'utf8'),
  ) as { name: string; plan: { name: string; objectives: unknown[] } };
  const ok = await exportPlan(write('template.json', JSON.stringify(template)), join(dir, 't.xlsx'), code);
  expect(ok).toMatchObject({ ok: true, source: { kind: 'template', name: template.name } });
  expect(ok.ok && describeSource(ok.source)).toBe(
    `a KPI Kit template file "${template.name}" (its plan: "${template.plan.name}")`,
  );
  const broken = { ...template, plan: { ...template.plan, objectives: [] } };
  const refused = await exportPlan(
    write('broken-template.json', JSON.stringify(broken)),
    join(dir, 'u.xlsx'),
    code,
  );
  expect(refused).toMatchObject({ ok: false, exitCode: EXIT.invalidPlan });
  expect(!refused.ok && refused.message).toContain(
    'is a KPI Kit template file (kind "kpi-kit-template") that cannot be read',
  );
  expect(!refused.ok && refused.message).toContain('plan.objectives');
});

test('the command says which kind of file it read', () => {
  const root = join(__dirname, '..', '..');
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['scripts/export.ts', 'examples/boutique-en-ligne.fr.json', join(dir, 'cli.xlsx')],
    { cwd: root, encoding: 'utf8' },
  );
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(
    'Read examples/boutique-en-ligne.fr.json: a KPI plan "Boutique en ligne · plan 2027".',
  );
});
