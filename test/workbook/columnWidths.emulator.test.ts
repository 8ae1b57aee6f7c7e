import { generatedPlan } from '../core/plan/fixtures';
import { openSession } from './helpers/emulatorBuild';

// A new sheet's columns are 100 px wide already: the applier sets only the other widths (one call
// fewer per build), and the sheet looks the same.
test('a build sets no 100 px width, yet the Objectives columns meant to be 100 px are', () => {
  const { em, scope, ss } = openSession();
  expect(scope.buildWorkbook(generatedPlan(3))).toMatchObject({ ok: true });
  const snap = em.snapshot();
  for (const sheet of snap.sheets) expect(Object.values(sheet.columnWidths)).not.toContain(100);

  const objectives = ss.getSheetByName('Objectifs')!;
  const headers = em.view('Objectifs').rows.find((row) => row.some((c) => c.value === 'Unité'))!;
  const unit = headers.findIndex((c) => c.value === 'Unité') + 1;
  expect(objectives.getColumnWidth(unit)).toBe(100);
  // Its neighbours on the left keep their own width.
  expect(Object.values(snap.sheets.find((s) => s.name === 'Objectifs')!.columnWidths)).toContain(220);
});
