// Nothing a user typed is ever lost, whatever they did to Tracking between two builds: random sequences
// of the edits people make (rows and columns inserted and deleted anywhere, including above and before
// the grid; the KPI rows sorted; values, text, formulas and notes typed inside and beside the grid; the
// sheet renamed), then a rebuild with the same or an edited plan, through dist/Code.js on the emulator.
// Every typed cell carries a unique marker, so the test can say where each one ended up and check the
// build summary's counts against it. KPIKIT_PROPERTY_RUNS raises the number of runs (default 200).
import fc from 'fast-check';
import type { KpiPlanInput } from '../../src/core/plan/schema';
import { generatedPlan } from '../core/plan/fixtures';
import { openSession, writeCalls } from './helpers/emulatorBuild';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type Edit =
  | { kind: 'insertRows'; at: number; count: number }
  | { kind: 'insertColumns'; at: number; count: number }
  | { kind: 'deleteRow'; at: number }
  | { kind: 'deleteColumn'; at: number }
  | { kind: 'type'; row: number; column: number; what: 'number' | 'text' | 'formula' | 'note' }
  | { kind: 'sortKpis'; ascending: boolean }
  | { kind: 'rename' };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('insertRows' as const),
      at: fc.integer({ min: 1, max: 9 }),
      count: fc.integer({ min: 1, max: 2 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('insertColumns' as const),
      at: fc.integer({ min: 1, max: 10 }),
      count: fc.integer({ min: 1, max: 2 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), at: fc.integer({ min: 1, max: 9 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('deleteColumn' as const), at: fc.integer({ min: 1, max: 10 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      row: fc.integer({ min: 1, max: 10 }),
      column: fc.integer({ min: 1, max: 12 }),
      what: fc.constantFrom('number' as const, 'text' as const, 'formula' as const, 'note' as const),
    }),
    weight: 8,
  },
  { arbitrary: fc.record({ kind: fc.constant('sortKpis' as const), ascending: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('rename' as const) }), weight: 1 },
);

/** The plan of the second build: the same, KPIs reordered, one removed, or a shorter period. */
type Change = 'same' | 'reorder' | 'remove' | 'shorter';

function planOf(kpis: number, change: Change): KpiPlanInput {
  const shorter = change === 'shorter';
  const plan = generatedPlan(kpis, 'quarterly', {
    start: '2027-01-01',
    end: shorter ? '2027-06-30' : '2027-12-31',
  });
  const list = plan.objectives[0]!.operational[0]!.kpis;
  if (change === 'reorder') list.reverse();
  if (change === 'remove' && list.length > 1) list.splice(0, 1);
  return plan;
}

const ID_HEADERS = new Set(['ID KPI', 'KPI ID']);

/** Cells KPI Kit wrote that a test "user" leaves alone: typing over a label is a structural edit. */
function protectedCells(sheet: Sheet): Set<string> {
  const values = sheet.getDataRange().getValues();
  const formulas = sheet.getDataRange().getFormulas();
  const out = new Set<string>();
  const protectRow = (r: number) => values[r - 1]?.forEach((_, c) => out.add(`${r}:${c + 1}`));
  let idColumn = 0;
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === 'kpikit:period-keys') {
        protectRow(r + 1);
        out.add(`${r}:${c + 1}`).add(`${r}:${c + 2}`); // title and instructions
        idColumn = c + 1;
      }
      if (ID_HEADERS.has(String(v))) {
        protectRow(r + 1);
        idColumn = c + 1;
      }
      if (String(formulas[r]?.[c] ?? '').includes('Objectifs')) out.add(`${r + 1}:${c + 1}`);
    }),
  );
  values.forEach((line, r) => {
    if (/^kpi-\d+$/.test(String(line[idColumn - 1]))) out.add(`${r + 1}:${idColumn}`);
  });
  return out;
}

/** The KPI rows' range (below the header, down to the last KPI id), for a sort. */
function kpiRows(sheet: Sheet): GoogleAppsScript.Spreadsheet.Range | undefined {
  const values = sheet.getDataRange().getValues();
  const header = values.findIndex((line) => line.some((v) => ID_HEADERS.has(String(v))));
  if (header < 0) return undefined;
  const idColumn = values[header]!.findIndex((v) => ID_HEADERS.has(String(v))) + 1;
  let last = header + 1;
  values.forEach((line, r) => {
    if (r > header && /^kpi-\d+$/.test(String(line[idColumn - 1]))) last = r + 1;
  });
  if (last <= header + 1) return undefined;
  return sheet.getRange(header + 2, 1, last - header - 1, sheet.getMaxColumns());
}

/** Where each marker is: every value, formula and note of every sheet, by sheet and cell. */
function markersIn(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const sheet of ss.getSheets()) {
    // The whole grid: a cell holding only a note is outside getDataRange().
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    const [values, formulas, notes] = [range.getValues(), range.getFormulas(), range.getNotes()];
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        for (const token of [v, formulas[r]![c], notes[r]![c]]) {
          const m = /^(?:=(20\d{4})\+0|(10\d{4}|20\d{4})|([un]\d+))$/.exec(String(token));
          const marker = m?.[1] ?? m?.[2] ?? m?.[3];
          if (marker) {
            const list = where.get(marker) ?? [];
            list.push(`${sheet.getName()}!${r + 1}:${c + 1}`);
            where.set(marker, list);
          }
        }
      }),
    );
  }
  return where;
}

/** The user's cells of Tracking before the rebuild: cell → its markers. */
function typedCells(sheet: Sheet, markers: Map<string, string[]>): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const [marker, places] of markers)
    for (const place of places) {
      const [name, cell] = place.split('!') as [string, string];
      if (name !== sheet.getName()) continue;
      cells.set(cell, [...(cells.get(cell) ?? []), marker]);
    }
  return cells;
}

function applyEdit(edit: Edit, tracking: Sheet, next: () => number): void {
  switch (edit.kind) {
    case 'insertRows':
      tracking.insertRowsBefore(edit.at, edit.count);
      return;
    case 'insertColumns':
      tracking.insertColumnsBefore(edit.at, edit.count);
      return;
    case 'deleteRow':
      if (edit.at <= tracking.getMaxRows()) tracking.deleteRow(edit.at);
      return;
    case 'deleteColumn':
      if (edit.at <= tracking.getMaxColumns()) tracking.deleteColumn(edit.at);
      return;
    case 'sortKpis':
      kpiRows(tracking)?.sort({ column: 1, ascending: edit.ascending });
      return;
    case 'rename':
      tracking.setName(`${tracking.getName()} bis`);
      return;
    case 'type': {
      if (protectedCells(tracking).has(`${edit.row}:${edit.column}`)) return;
      const cell = tracking.getRange(edit.row, edit.column);
      const k = next();
      if (edit.what === 'number') cell.setValue(100000 + k);
      else if (edit.what === 'text') cell.setValue(`u${k}`);
      else if (edit.what === 'formula') cell.setFormula(`=${200000 + k}+0`);
      else cell.setNote(`n${k}`);
    }
  }
}

const RUNS = Number(process.env.KPIKIT_PROPERTY_RUNS ?? 200);

test('every cell typed in Tracking survives a rebuild, and the summary counts say where it went', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 3 }),
      fc.array(editArb, { minLength: 1, maxLength: 10 }),
      fc.constantFrom<Change>('same', 'same', 'reorder', 'remove', 'shorter'),
      (kpis, edits, change) => {
        const { em, scope, ss } = openSession();
        expect(scope.buildWorkbook(planOf(kpis, 'same'))).toMatchObject({ ok: true });
        const tracking = ss.getSheetByName('Suivi')!;
        let k = 0;
        for (const edit of edits) applyEdit(edit, tracking, () => (k += 1));
        const trackingName = tracking.getName();

        // What the user typed is in Tracking; the Scorecard may compute other numbers from it.
        const before = new Map(
          [...markersIn(ss)].filter(([, places]) => places.some((p) => p.startsWith(`${trackingName}!`))),
        );
        const cells = typedCells(tracking, before);
        em.calls.reset();
        const summary = scope.buildWorkbook(planOf(kpis, change)) as {
          ok: boolean;
          keptInPlace: number;
          movedValues: number;
          archivedValues: number;
        };
        const after = markersIn(ss);
        // Nothing lost: every marker typed is somewhere in the workbook.
        for (const marker of before.keys()) expect([marker, after.has(marker)]).toEqual([marker, true]);
        if (!summary.ok) {
          // A Tracking sheet the rebuild could not recognise: refused, nothing written.
          expect(writeCalls(em)).toEqual([]);
          return;
        }
        // Where each typed cell went: the same cell, another cell of Tracking, or the archive.
        let inPlace = 0;
        let moved = 0;
        let archived = 0;
        for (const [cell, markers] of cells) {
          const places = after.get(markers[0]!)!;
          if (places.some((p) => p.startsWith('Archive KPI Kit!'))) archived += 1;
          else if (places.includes(`${trackingName}!${cell}`)) inPlace += 1;
          else moved += 1;
        }
        expect({
          inPlace: summary.keptInPlace,
          moved: summary.movedValues,
          archived: summary.archivedValues,
        }).toEqual({ inPlace, moved, archived });
      },
    ),
    { numRuns: RUNS },
  );
});
