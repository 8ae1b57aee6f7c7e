import { createEmulator } from '../../../../dev/emulator';
import { applyWorkbookPlan } from '../../../../src/workbook/apply/applyWorkbook';
import type { SheetSpec } from '../../../../src/workbook/spec';
import { type CellResult, type EvaluatedWorkbook, type RawCell, sheetGrid } from './formulaEngine';

// The same sheets in the offline Sheets emulator (issue 4): written through its SpreadsheetApp as a
// script would (one setValues per sheet: literal text escaped, formulas as '=' strings, dates as
// serials), read back with getValue. Values and formulas only: enough to prove the numbers.

const ERROR_TEXT = /^#(?:ERROR!|DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)$/;

type Sheet = ReturnType<
  ReturnType<ReturnType<typeof createEmulator>['SpreadsheetApp']['getActive']>['getSheets']
>[number];

export class EmulatorWorkbook implements EvaluatedWorkbook {
  readonly emulator: ReturnType<typeof createEmulator>;
  private readonly sheets = new Map<string, Sheet>();

  /**
   * `codeJs`: the built dist/Code.js, whose custom functions (KPI_VARIANCE...) the sheets may call.
   * `viaApplier`: write with the real applier (formats included: custom functions then get Dates from
   * date cells) instead of one plain setValues per sheet.
   */
  constructor(specs: readonly SheetSpec[], options: { codeJs?: string; viaApplier?: boolean } = {}) {
    const { codeJs } = options;
    this.emulator = createEmulator({
      locale: 'fr_FR',
      today: '2027-06-15T12:00:00Z',
      ...(codeJs ? { customFunctions: { codeJs } } : {}),
    });
    const spreadsheet = this.emulator.SpreadsheetApp.getActive();
    if (options.viaApplier) {
      applyWorkbookPlan(spreadsheet, { sheets: specs }, [], this.emulator.SpreadsheetApp);
      for (const spec of specs) this.sheets.set(spec.name, spreadsheet.getSheetByName(spec.name) as Sheet);
      return;
    }
    const first = spreadsheet.getSheets()[0];
    for (const spec of specs) this.sheets.set(spec.name, spreadsheet.insertSheet(spec.name));
    if (first) spreadsheet.deleteSheet(first);
    for (const spec of specs) {
      const grid = sheetGrid(spec);
      const width = Math.max(1, ...grid.map((r) => r.length));
      const rows = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
      const sheet = this.sheet(spec.name);
      // A new sheet has 1000 × 26 cells, as in Sheets: grow it first, as the applier does.
      if (sheet.getMaxColumns() < width)
        sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
      if (sheet.getMaxRows() < rows.length)
        sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
      if (rows.length > 0) sheet.getRange(1, 1, rows.length, width).setValues(rows);
    }
  }

  private sheet(name: string): Sheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`EmulatorWorkbook: no sheet named "${name}".`);
    return sheet;
  }

  get(sheet: string, row: number, column: number): CellResult {
    const range = this.sheet(sheet).getRange(row, column);
    const value: unknown = range.getValue();
    // Apps Script's getValue gives an error cell as its text ("#DIV/0!", "#ERROR!").
    if (typeof value === 'string' && ERROR_TEXT.test(value)) return { error: value };
    if (value instanceof Date) return value.getTime();
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    return null;
  }

  set(sheet: string, row: number, column: number, value: RawCell): void {
    this.sheet(sheet)
      .getRange(row, column)
      .setValue(value ?? '');
  }
}
