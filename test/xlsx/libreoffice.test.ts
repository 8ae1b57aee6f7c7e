import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeXlsx } from '../../dev/xlsx/writeXlsx';
import { builtSession, phasedSession } from './builtWorkbook';

// Where LibreOffice is installed, it recalculates the exported file headless (the file asks for a full
// calculation on load) and its Scorecard numbers must equal the emulator's. Without it the test is
// skipped, and says so.

function office(): string | null {
  for (const name of ['libreoffice', 'soffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

const binary = office();
if (!binary)
  console.warn(
    'SKIPPED test/xlsx/libreoffice.test.ts: neither `libreoffice` nor `soffice` is on PATH, so the exported ' +
      "file's recalculation by LibreOffice is not checked on this machine (apt-get install -y libreoffice-calc).",
  );

(binary ? test.each : test.skip.each)([
  ['the example plan', builtSession],
  ['a phased plan (milestones, a total, an average to lower)', phasedSession],
])('LibreOffice recalculates the Scorecard of %s to the emulator values', async (_name, build) => {
  const session = build();
  // No cached results in the file: whatever LibreOffice shows, it computed.
  const { buffer } = await writeXlsx(session.emulator.snapshot(), { cachedResults: false });
  const dir = mkdtempSync(join(tmpdir(), 'kpikit-lo-'));
  const input = join(dir, 'in.xlsx');
  writeFileSync(input, buffer);
  const outDir = join(dir, 'out');
  const run = spawnSync(
    binary ?? '',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      input,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status).toBe(0);
  const converted = join(outDir, readdirSync(outDir)[0] ?? '');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(converted);
  const sheet = book.getWorksheet('Tableau de bord');
  const expected = session.emulator.snapshot().sheets.find((s) => s.name === 'Tableau de bord');
  let compared = 0;
  for (const [a1, cell] of Object.entries(expected?.cells ?? {})) {
    if (!cell.formula || typeof cell.value !== 'number') continue;
    const got = sheet?.getCell(a1).result;
    expect([a1, typeof got === 'number' ? Number(got.toPrecision(12)) : got]).toEqual([
      a1,
      Number(cell.value.toPrecision(12)),
    ]);
    compared++;
  }
  expect(compared).toBeGreaterThan(20);
});
