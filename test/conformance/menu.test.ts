import { createEmulator } from '../../dev/emulator';
import type { CheckResult } from '../../dev/conformance/check';
import { CHECKS } from '../../dev/conformance/checks';
import { RESULTS_SHEET } from '../../dev/conformance/resultsSheet';
import { loadCodeJs } from '../helpers/codeJs';
import { buildConformanceForTest, type ConformanceBuild } from './build';

// The suite as a maintainer runs it in Sheets: the two menu items, the question only eyes can answer,
// the dialog with the JSON to copy, and the Conformance sheet that carries the first pass to the second.

let built: ConformanceBuild;
beforeAll(async () => {
  built = await buildConformanceForTest();
});

function setUp() {
  const emulator = createEmulator({
    locale: 'fr_FR',
    today: '2027-03-15T10:00:00Z',
    customFunctions: { codeJs: built.code },
    htmlDir: built.dir,
  });
  return { emulator, code: loadCodeJs(emulator.globals, built.code) };
}

/** The report a dialog shows, parsed from its text area. */
function reportOf(content: string): { locale: string; results: CheckResult[] } {
  const text = /<textarea[^>]*>([\s\S]*)<\/textarea>/.exec(content)?.[1] ?? '';
  const decoded = text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  return JSON.parse(decoded) as { locale: string; results: CheckResult[] };
}

test('"Run" shows every result as JSON to copy, named after the day and the locale', () => {
  const { emulator, code } = setUp();
  code.conformanceRunFromMenu();
  const dialog = emulator.ui.dialogs.at(-1);
  expect(dialog).toEqual(expect.objectContaining({ kind: 'modal', title: 'KPI Kit conformance' }));
  expect(dialog?.content).toContain('dev/conformance/results/2027-03-15-fr_FR.json');
  const report = reportOf(dialog?.content ?? '');
  expect(report.locale).toBe('fr_FR');
  expect(report.results.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id));
  // The checks that need no recalculation pass on the emulator through the menu too.
  expect(report.results.find((r) => r.id === 'metadata.rows-columns-move')).toMatchObject({ ok: true });
});

test('"Read results" asks the person about the colours and records the answer', () => {
  const { emulator, code } = setUp();
  code.conformanceRunFromMenu();
  emulator.ui.answer('NO');
  code.conformanceReadFromMenu();
  expect(emulator.ui.alerts).toEqual([
    expect.objectContaining({
      buttons: 'YES_NO_CANCEL',
      prompt: expect.stringMatching(/are A1 and B1 red, and A2 and B2 white\?/),
      answer: 'NO',
    }),
  ]);
  const report = reportOf(emulator.ui.dialogs.at(-1)?.content ?? '');
  // The person said no: the check fails with what they answered.
  expect(report.results.find((r) => r.id === 'cf.numeric-marker-applies')).toEqual(
    expect.objectContaining({ ok: false, actual: expect.objectContaining({ looksRight: false }) }),
  );
  // The first pass's results came back from the Conformance sheet; the two-step checks were read.
  expect(report.results.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id));
  expect(report.results.find((r) => r.id === 'customfn.raw-content-allowed')?.ok).toBe(true);
  expect(
    emulator.SpreadsheetApp.getActive().getSheetByName(RESULTS_SHEET)?.getRange('A4:E4').getValues(),
  ).toEqual([['id', 'ok', 'expected', 'actual', 'note']]);
});

test('"Cancel", or no one to ask (a run from the script editor), leaves the colour check undecided', () => {
  const cancelled = setUp();
  cancelled.code.conformanceRunFromMenu();
  cancelled.emulator.ui.answer('CANCEL');
  cancelled.code.conformanceReadFromMenu();
  expect(cancelled.emulator.ui.alerts.map((a) => a.answer)).toEqual(['CANCEL']);
  const report = reportOf(cancelled.emulator.ui.dialogs.at(-1)?.content ?? '');
  expect(report.results.find((r) => r.id === 'cf.numeric-marker-applies')).toEqual(
    expect.objectContaining({ ok: null, note: expect.stringMatching(/^nobody looked/) }),
  );

  const editor = setUp();
  editor.code.runConformanceChecks();
  const results = editor.code.readConformanceResults() as CheckResult[];
  expect(editor.emulator.ui.alerts).toEqual([]);
  expect(results.find((r) => r.id === 'cf.numeric-marker-applies')?.ok).toBeNull();
});
