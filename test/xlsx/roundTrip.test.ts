import ExcelJS from 'exceljs';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../dev/emulator/snapshot';
import { argb, charactersToPixels, isDateFormat, wallClockDate } from '../../dev/xlsx/cellValues';
import { toExcelFormula } from '../../dev/xlsx/formulas';
import { writeXlsx } from '../../dev/xlsx/writeXlsx';
import { globalFunctions } from '../../tools/codeJs/globals';
import { columnToLetters } from '../../src/core/columnLetters';
import { KPI_COLUMNS } from '../../src/workbook/layouts/scorecard/positions';
import { readDist } from '../helpers/codeJs';
import { builtSession } from './builtWorkbook';

// Export a built workbook (values typed in Tracking included), read the file back with ExcelJS and
// compare it, property by property, with the emulator's snapshot it was written from.

let snapshot: WorkbookSnapshot;
let book: ExcelJS.Workbook;
let warnings: string[];

beforeAll(async () => {
  const session = builtSession();
  snapshot = session.emulator.snapshot();
  const exported = await session.exportXlsx();
  warnings = exported.warnings;
  book = new ExcelJS.Workbook();
  // ExcelJS 4.4 types its argument with an older Buffer declaration than @types/node 20.
  await book.xlsx.load(exported.buffer as unknown as ArrayBuffer);
});

const custom = () => new Set(snapshot.customFunctions);

const built = () => snapshot.sheets.filter((s) => s.developerMetadata.length > 0);
const sheetOf = (s: SheetSnapshot) => {
  const ws = book.getWorksheet(s.name);
  if (!ws) throw new Error(`${s.name} is missing from the file`);
  return ws;
};
const cells = (s: SheetSnapshot) => Object.entries(s.cells) as [string, CellSnapshot][];

test('the functions kept as values are every @customfunction of dist/Code.js, with no list to update', () => {
  const declared = globalFunctions(readDist('Code.js'))
    .filter((f) => f.jsDoc && /@customfunction\b/.test(f.jsDoc))
    .map((f) => f.name.toUpperCase())
    .sort();
  expect(declared).toContain('KPI_VARIANCE');
  expect(snapshot.customFunctions).toEqual(declared);
});

test('the file has the same sheets in the same order, and the four built sheets', () => {
  expect(book.worksheets.map((w) => w.name)).toEqual(snapshot.sheets.map((s) => s.name));
  expect(built().map((s) => s.name)).toEqual(['Objectifs', 'Suivi', 'Tableau de bord', 'Graphiques']);
});

test('the dashboard’s charts are not in the file (ExcelJS writes none), and the warnings name them', () => {
  const charts = snapshot.sheets.find((s) => s.name === 'Graphiques')?.charts ?? [];
  expect(charts).toHaveLength(3);
  const line = warnings.find((w) => w.startsWith('Graphiques: 3 charts are not exported'));
  for (const chart of charts) expect(line).toContain(`"${String(chart.options.title)}"`);
  // The cells they chart are exported.
  expect(book.getWorksheet('Graphiques')?.getCell('M5').value).toBe('Période');
});

test('values: text, numbers and dates (as the wall-clock date of the spreadsheet zone)', () => {
  let compared = 0;
  for (const sheet of built()) {
    const ws = sheetOf(sheet);
    for (const [a1, cell] of cells(sheet)) {
      if (cell.formula || cell.value === undefined || cell.value === null || cell.value === '') continue;
      const got = ws.getCell(a1).value;
      const format = typeof cell.numberFormat === 'string' ? cell.numberFormat : undefined;
      if (typeof cell.value === 'string' && isDateFormat(format) && /T\d\d:/.test(cell.value))
        expect([a1, got]).toEqual([a1, wallClockDate(cell.value, snapshot.timeZone)]);
      else expect([a1, got]).toEqual([a1, cell.value]);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(100);
  // The typed actuals are in the file.
  const tracking = sheetOf(snapshot.sheets.find((s) => s.name === 'Suivi') as SheetSnapshot);
  const row = tracking.getColumn(1).values.findIndex((v) => v === 'conversion-rate');
  expect(tracking.getRow(row).values).toEqual(expect.arrayContaining([0.019, 0.021, 0.025]));
});

test('formulas: every formula is native in the file (or listed in the warnings), with its computed result', () => {
  let native = 0;
  const dropped: string[] = [];
  for (const sheet of built()) {
    const ws = sheetOf(sheet);
    for (const [a1, cell] of cells(sheet)) {
      if (!cell.formula) continue;
      const expected = toExcelFormula(cell.formula, custom());
      const got = ws.getCell(a1);
      if (expected.kind === 'unsupported') {
        dropped.push(`${sheet.name}!${a1}`);
        expect(got.formula).toBeUndefined();
        continue;
      }
      expect([a1, got.formula]).toEqual([a1, expected.formula]);
      const model = got.model as { shareType?: string; result?: unknown };
      expect([a1, model.shareType === 'array']).toEqual([a1, expected.array]);
      if (typeof cell.value === 'number') expect([a1, model.result]).toEqual([a1, cell.value]);
      native++;
    }
  }
  expect(native).toBeGreaterThan(50);
  // SPARKLINE is the only Sheets-only function the scorecard uses, and each cell is named in a warning.
  const trend = `${columnToLetters(KPI_COLUMNS.indexOf('trend') + 1)}7`;
  expect(dropped).toEqual([`Tableau de bord!${trend}`]);
  expect(warnings.join('\n')).toContain(
    `Tableau de bord: SPARKLINE has no Excel equivalent, left blank: ${trend}`,
  );
});

test('number formats, fonts, fills and notes', () => {
  for (const sheet of built()) {
    const ws = sheetOf(sheet);
    for (const [a1, cell] of cells(sheet)) {
      const got = ws.getCell(a1);
      if (typeof cell.numberFormat === 'string' && cell.numberFormat !== 'General')
        expect([a1, got.numFmt]).toEqual([a1, cell.numberFormat]);
      if (cell.fontWeight === 'bold') expect([a1, got.font?.bold]).toEqual([a1, true]);
      if (typeof cell.background === 'string' && cell.background !== '#ffffff')
        expect([a1, (got.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb]).toEqual([
          a1,
          argb(cell.background),
        ]);
      if (typeof cell.note === 'string' && cell.note !== '') expect([a1, got.note]).toEqual([a1, cell.note]);
    }
  }
});

test('conditional formats: expression rules with their colours, in Sheets order, and the colour scale', () => {
  for (const sheet of built()) {
    const ws = sheetOf(sheet) as ExcelJS.Worksheet & {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const rules = sheet.conditionalFormatRules as {
      ranges: string[];
      boolean?: { values: string[]; background: string | null; fontColor: string | null };
      gradient?: Record<'min' | 'mid' | 'max', { color: string; type: string; value: string } | null>;
    }[];
    expect(ws.conditionalFormattings ?? []).toHaveLength(rules.length);
    rules.forEach((rule, i) => {
      const got = ws.conditionalFormattings[i];
      expect(got?.ref).toBe(rule.ranges.join(' '));
      const r = got?.rules[0];
      expect(r?.priority).toBe(i + 1);
      if (rule.boolean) {
        expect(r?.type).toBe('expression');
        expect((r as ExcelJS.ExpressionRuleType).formulae).toEqual([String(rule.boolean.values[0]).slice(1)]);
        if (rule.boolean.background)
          expect((r?.style?.fill as ExcelJS.FillPattern).bgColor?.argb).toBe(argb(rule.boolean.background));
        if (rule.boolean.fontColor) expect(r?.style?.font?.color?.argb).toBe(argb(rule.boolean.fontColor));
      } else {
        const g = rule.gradient as NonNullable<typeof rule.gradient>;
        const scale = r as ExcelJS.ColorScaleRuleType;
        expect(scale.type).toBe('colorScale');
        expect(scale.color?.map((c) => c.argb)).toEqual(
          [g.min, g.mid, g.max].filter((p) => p !== null).map((p) => argb(p.color)),
        );
        expect(scale.cfvo?.map((c) => c.value)).toEqual(
          [g.min, g.mid, g.max].filter((p) => p !== null).map((p) => Number(p.value)),
        );
      }
    });
  }
  const scorecard = built().find((s) => s.name === 'Tableau de bord') as SheetSnapshot;
  expect(scorecard.conditionalFormatRules.length).toBeGreaterThan(5);
});

test('data validation: dropdowns, numbers and dates, with their help text as the input prompt', () => {
  const kinds = new Set<string>();
  let warned = 0;
  for (const sheet of built()) {
    const ws = sheetOf(sheet);
    for (const [a1, cell] of cells(sheet)) {
      const v = cell.validation as
        { criteria: string; values: unknown[]; helpText: string; allowInvalid: boolean } | undefined;
      if (!v) continue;
      const got = ws.getCell(a1).dataValidation;
      kinds.add(v.criteria);
      // Rejecting rules stop the entry; a rate outside 0–100 % only warns, in Excel as in Sheets.
      expect([a1, got.errorStyle]).toEqual([a1, v.allowInvalid ? 'warning' : 'stop']);
      if (v.allowInvalid) warned += 1;
      if (v.helpText) expect([a1, got.prompt]).toEqual([a1, v.helpText]);
      if (v.criteria === 'VALUE_IN_LIST')
        expect([a1, got.type, got.formulae]).toEqual([
          a1,
          'list',
          [`"${(v.values[0] as string[]).join(',')}"`],
        ]);
      else if (v.criteria === 'VALUE_IN_RANGE')
        // The Scorecard's period selector lists Tracking's headers; the dashboard's KPI picker its names.
        expect([a1, got.type, got.formulae]).toEqual([
          a1,
          'list',
          [sheet.name === 'Graphiques' ? 'Suivi!$B$4' : 'Suivi!$E$3:$P$3'],
        ]);
      else if (v.criteria === 'NUMBER_BETWEEN')
        expect([a1, got.type, got.operator, got.formulae]).toEqual([a1, 'decimal', 'between', v.values]);
      else if (v.criteria === 'DATE_IS_VALID_DATE') expect([a1, got.type]).toEqual([a1, 'date']);
    }
  }
  expect([...kinds].sort()).toEqual(
    expect.arrayContaining(['DATE_IS_VALID_DATE', 'NUMBER_BETWEEN', 'VALUE_IN_LIST', 'VALUE_IN_RANGE']),
  );
  expect(warned).toBeGreaterThan(0);
});

test('frozen panes and column widths (hidden rows and columns: hiddenRowsColumns.test.ts)', () => {
  for (const sheet of built()) {
    const ws = sheetOf(sheet);
    const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
    expect([sheet.name, view.state, view.xSplit ?? 0, view.ySplit ?? 0]).toEqual([
      sheet.name,
      sheet.frozenRows + sheet.frozenColumns > 0 ? 'frozen' : 'normal',
      sheet.frozenColumns,
      sheet.frozenRows,
    ]);
    for (const [letters, px] of Object.entries(sheet.columnWidths))
      expect(Math.abs(charactersToPixels(ws.getColumn(letters).width ?? 0) - px)).toBeLessThanOrEqual(1);
    // Columns the build left at Sheets' default keep its 100 px, not Excel's narrower default.
    expect(charactersToPixels(ws.properties.defaultColWidth ?? 0)).toBe(100);
  }
});

test('protection: the scorecard is protected without password, its period selector left editable', () => {
  const scorecard = book.getWorksheet('Tableau de bord') as ExcelJS.Worksheet & {
    sheetProtection?: { sheet?: boolean; hashValue?: string };
  };
  expect(scorecard.sheetProtection?.sheet).toBe(true);
  expect(scorecard.sheetProtection?.hashValue).toBeUndefined();
  expect(scorecard.getCell('B2').protection?.locked).toBe(false);
  expect(scorecard.getCell('D7').protection?.locked).not.toBe(false);
  const tracking = book.getWorksheet('Suivi') as ExcelJS.Worksheet & { sheetProtection?: unknown };
  expect(tracking.sheetProtection).toBeFalsy();
  expect(warnings.join('\n')).toContain('warning-only protection written as a protection without password');
});

test('without cached results, formulas carry no value for the reading application to trust', async () => {
  const { buffer } = await writeXlsx(snapshot, { cachedResults: false });
  const bare = new ExcelJS.Workbook();
  await bare.xlsx.load(buffer as unknown as ArrayBuffer);
  const scorecard = built().find((s) => s.name === 'Tableau de bord') as SheetSnapshot;
  const numeric = cells(scorecard).filter(([, c]) => c.formula && typeof c.value === 'number');
  expect(numeric.length).toBeGreaterThan(10);
  for (const [a1] of numeric) {
    const cell = bare.getWorksheet('Tableau de bord')?.getCell(a1);
    expect([a1, cell?.formula]).toEqual([a1, book.getWorksheet('Tableau de bord')?.getCell(a1).formula]);
    expect([a1, (cell?.model as { result?: unknown }).result]).toEqual([a1, undefined]);
  }
});
