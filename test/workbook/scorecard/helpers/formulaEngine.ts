import { HyperFormula } from 'hyperformula';
import { parseIsoDate, toDayNumber } from '../../../../src/core/plan/isoDate';
import type { CellInput, SheetSpec } from '../../../../src/workbook/spec';

// Evaluates WorkbookPlan sheets in HyperFormula, the engine under the offline emulator, the way Sheets
// would hold them: formulas as formulas, dates as serial numbers (day 0 = 1899-12-30), user text as text.
//
// `useArrayArithmetic: true` gives HyperFormula Sheets' semantics for array expressions inside
// SUMPRODUCT ((range<=k)*ISNUMBER(range)): without it HyperFormula answers #VALUE! where Sheets and Excel
// compute. `smartRounding: false` returns the IEEE results, so the comparison with the KPI functions is
// exact and not hidden by display rounding.

/** Serial of 1970-01-01 in Sheets' date system. */
const UNIX_EPOCH_SERIAL = 25569;

export function dateSerial(iso: string): number {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`dateSerial: "${iso}" is not a YYYY-MM-DD date.`);
  return toDayNumber(date) + UNIX_EPOCH_SERIAL;
}

type RawCell = string | number | boolean | null;

function raw(value: CellInput | undefined): RawCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return 'formula' in value ? value.formula : dateSerial(value.date);
  // Literal text that looks like a formula is escaped as the applier does (a leading apostrophe).
  if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

export function sheetGrid(sheet: SheetSpec): RawCell[][] {
  const grid: RawCell[][] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((line, i) => {
      line.forEach((spec, j) => {
        const row = block.row - 1 + i;
        const column = block.column - 1 + j;
        while (grid.length <= row) grid.push([]);
        const target = grid[row] as RawCell[];
        while (target.length <= column) target.push(null);
        const v = raw(spec.value);
        // A block may leave holes ({}); never let a hole erase what another block wrote there.
        if (v !== null || target[column] === undefined) target[column] = v;
      });
    });
  }
  return grid;
}

export type CellResult = number | string | boolean | null | { error: string };

/** What the tests need from a spreadsheet engine: read a computed cell, type into a cell. */
export interface EvaluatedWorkbook {
  get(sheet: string, row: number, column: number): CellResult;
  set(sheet: string, row: number, column: number, value: RawCell): void;
}

export type { RawCell };

/** HyperFormula configured as close to Sheets as it goes: array arithmetic on, no display rounding. */
export class FormulaWorkbook implements EvaluatedWorkbook {
  readonly hf: HyperFormula;

  constructor(sheets: readonly SheetSpec[]) {
    const data: Record<string, RawCell[][]> = {};
    for (const sheet of sheets) data[sheet.name] = sheetGrid(sheet);
    this.hf = HyperFormula.buildFromSheets(data, {
      licenseKey: 'gpl-v3',
      useArrayArithmetic: true,
      smartRounding: false,
    });
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`FormulaWorkbook: no sheet named "${name}".`);
    return id;
  }

  /** 1-based row and column, like Sheets. */
  get(sheet: string, row: number, column: number): CellResult {
    const v = this.hf.getCellValue({ sheet: this.sheetId(sheet), row: row - 1, col: column - 1 });
    if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    return { error: String(v.value) };
  }

  set(sheet: string, row: number, column: number, value: RawCell): void {
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row: row - 1, col: column - 1 }, [[value]]);
  }
}
