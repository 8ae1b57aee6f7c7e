/**
 * Speed of the emulator itself, for `npm run bench` (scripts/bench.ts adds `...emulatorFigures()`):
 * a 500 × 60 block written and read back, 1 500 formulas, a view with four conditional-format rules,
 * a snapshot. No budgets yet: these are the reference figures.
 */
import type { Figure } from './figure';
import { createEmulator } from '../../dev/emulator';

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function emulatorFigures(): Figure[] {
  const rows = 500;
  const cols = 60;
  let emulator = createEmulator({ timeZone: 'UTC' });
  const create = timed(() => {
    emulator = createEmulator({ timeZone: 'UTC' });
  });
  const app = emulator.SpreadsheetApp;
  const sheet = app.getActive().getActiveSheet();
  sheet.insertColumnsAfter(26, 40);
  const data = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? `KPI ${r}` : r + c)),
  );
  const write = timed(() => sheet.getRange(1, 1, rows, cols).setValues(data));
  const formulas = Array.from({ length: rows }, (_, r) => [
    `=SUM(B${r + 1}:BH${r + 1})`,
    `=AVERAGE(B${r + 1}:BH${r + 1})`,
    `=IFERROR(C${r + 1}/B${r + 1}-1,"")`,
  ]);
  const writeFormulas = timed(() => sheet.getRange(1, 62, rows, 3).setFormulas(formulas));
  const read = timed(() => sheet.getRange(1, 1, rows, 64).getValues());
  const display = timed(() => sheet.getRange(1, 1, rows, 64).getDisplayValues());
  sheet.setConditionalFormatRules(
    [1, 2, 3, 4].map((k) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(`=$BL1>${k}`)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange(1, 64, rows, 1)])
        .build(),
    ),
  );
  const view = timed(() => void emulator.view(sheet).rows);
  const snapshot = timed(() => void emulator.snapshot());
  return [
    { name: 'emulator: createEmulator', value: create, unit: 'ms' },
    { name: 'emulator: setValues 500x60', value: write, unit: 'ms' },
    { name: 'emulator: setFormulas 500x3', value: writeFormulas, unit: 'ms' },
    { name: 'emulator: getValues 500x64', value: read, unit: 'ms' },
    { name: 'emulator: getDisplayValues 500x64', value: display, unit: 'ms' },
    { name: 'emulator: view 500x64, 4 CF rules', value: view, unit: 'ms' },
    { name: 'emulator: snapshot 500x64', value: snapshot, unit: 'ms' },
  ];
}
