/**
 * What every part of a Range shares: its sheet and bounds, the context, and the helpers that read or
 * write each of its cells. The Range is split by concern into a chain of classes, each adding one group
 * of methods to the one before (values, formats, notes and validations, merges, geometry), ending with
 * RangeImpl in ../range.ts; a chain rather than mixins so that each file is typed against what it uses.
 */
import type { RawCellContent } from 'hyperformula';
import { unwrap } from '../calls';
import { toCellContent } from '../cells';
import type { EmulatorContext } from '../context';
import { errors } from '../errors';
import type { CellMeta, GridArea, SheetModel } from '../model/sheetModel';

export type Range = GoogleAppsScript.Spreadsheet.Range;
export type Grid<T> = T[][];

export class RangeBase {
  /** The wrapped Range handed to script code (set by RangeImpl.create); setters return it. */
  protected _self!: Range;

  constructor(
    protected readonly _ctx: EmulatorContext,
    readonly _sheet: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

  get _area(): GridArea {
    return { row: this._row, column: this._col, numRows: this._numRows, numColumns: this._numCols };
  }

  protected _alive(): void {
    if (!this._ctx.workbook.isAlive(this._sheet)) throw errors.sheetDeleted();
  }

  /** Builds a grid by calling fn for each cell (1-based sheet coordinates). */
  protected _map<T>(fn: (row: number, col: number) => T): Grid<T> {
    this._alive();
    const out: Grid<T> = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this._numCols; c++) line.push(fn(this._row + r, this._col + c));
      out.push(line);
    }
    return out;
  }

  /** Checks a 2-D array against the range's shape, with Apps Script's messages. */
  protected _checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw errors.signatureMismatch([data], `SpreadsheetApp.Range.${method}`);
    }
    if (data.length !== this._numRows) throw errors.rowsMismatch(data.length, this._numRows);
    for (const row of data as unknown[][]) {
      if (row.length !== this._numCols) throw errors.columnsMismatch(row.length, this._numCols);
    }
  }

  protected _eachMeta(grid: unknown[][], apply: (meta: CellMeta, value: unknown) => void): Range {
    grid.forEach((line, r) =>
      line.forEach((value, c) => apply(this._sheet.editCell(this._row + r, this._col + c), value)),
    );
    return this._self;
  }

  protected _fill<T>(value: T): T[][] {
    return Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => value));
  }

  protected _writeContents(grid: unknown[][]): void {
    // Array.from: arrays made in a vm context (Code.js) are not `instanceof Array` for HyperFormula.
    const contents: RawCellContent[][] = Array.from(grid, (line, r) =>
      Array.from(line, (value, c) =>
        toCellContent(this._ctx, this._sheet, this._row + r, this._col + c, value),
      ),
    );
    this._ctx.engine.setContents(this._sheet.hfId, this._row - 1, this._col - 1, contents);
  }
}

/** The implementation behind a wrapped Range (for the emulator's own use). */
export function rangeImpl(range: unknown): RangeBase {
  const impl = unwrap(range);
  if (!(impl instanceof RangeBase)) throw new Error('Expected a Range from this emulator.');
  return impl;
}
