import ExcelJS from 'exceljs';
import { lettersToColumn } from '../../dev/emulator/a1';
import type { SheetSnapshot } from '../../dev/emulator/snapshot';
import type { PlaygroundSession } from '../../dev/playground/session';
import { builtSession } from './builtWorkbook';

// The exported file and the playground hide exactly the rows and columns the (emulated) spreadsheet
// hides: those the build hid and those a user hid by hand afterwards.

interface Hidden {
  readonly rows: number[];
  readonly columns: number[];
}

const fromSnapshot = (sheet: SheetSnapshot): Hidden => ({
  rows: sheet.hiddenRows,
  columns: sheet.hiddenColumns.map(lettersToColumn),
});

/** Every hidden row and column of the exported file, by sheet, read back with ExcelJS. */
async function hiddenInExport(session: PlaygroundSession): Promise<Record<string, Hidden>> {
  const { buffer } = await session.exportXlsx();
  const book = new ExcelJS.Workbook();
  // ExcelJS 4.4 types its argument with an older Buffer declaration than @types/node 20.
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: Record<string, Hidden> = {};
  for (const sheet of session.emulator.snapshot().sheets) {
    const ws = book.getWorksheet(sheet.name);
    if (!ws) throw new Error(`${sheet.name} is missing from the file`);
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    out[sheet.name] = {
      rows: upTo(sheet.maxRows).filter((r) => ws.getRow(r).hidden),
      columns: upTo(sheet.maxColumns).filter((c) => ws.getColumn(c).hidden),
    };
  }
  return out;
}

const bySheet = (session: PlaygroundSession, read: (name: string, s: SheetSnapshot) => Hidden) =>
  Object.fromEntries(session.emulator.snapshot().sheets.map((s) => [s.name, read(s.name, s)]));

const inSnapshot = (session: PlaygroundSession) => bySheet(session, (_, s) => fromSnapshot(s));
const inGrid = (session: PlaygroundSession) =>
  bySheet(session, (name) => {
    const grid = session.grid(name);
    return { rows: [...grid.hiddenRows], columns: [...grid.hiddenColumns] };
  });

test('a built workbook: the file and the playground hide what the snapshot hides, no more, no less', async () => {
  const session = builtSession();
  const expected = inSnapshot(session);
  // The build's own: Tracking's period-key row, the Scorecard's helper columns, the Objectives' ids.
  expect(expected.Suivi?.rows).toEqual([2]);
  expect(expected['Tableau de bord']?.columns.length).toBeGreaterThan(10);
  expect(expected.Objectifs?.columns.length).toBeGreaterThan(0);
  expect(await hiddenInExport(session)).toEqual(expected);
  expect(inGrid(session)).toEqual(expected);
});

test('rows and columns a user hides or shows by hand are hidden or shown in the file and the playground', async () => {
  const session = builtSession();
  const tracking = session.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Suivi');
  const objectives = session.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Objectifs');
  if (!tracking || !objectives) throw new Error('The built workbook has no Suivi or Objectifs sheet');
  const idColumns = inSnapshot(session).Objectifs?.columns ?? [];
  // Columns 3-4 hold the units and baselines; row 12 and the last column are empty.
  const lastColumn = tracking.getMaxColumns();
  tracking.hideColumns(3, 2);
  tracking.hideColumns(lastColumn);
  tracking.hideRows(12);
  objectives.showColumns(idColumns[0] ?? 1);

  const expected = inSnapshot(session);
  expect(expected.Suivi).toEqual({ rows: [2, 12], columns: [3, 4, lastColumn] });
  expect(expected.Objectifs?.columns).toEqual(idColumns.slice(1));
  expect(await hiddenInExport(session)).toEqual(expected);
  expect(inGrid(session)).toEqual(expected);
});
