/** Range: values, formulas and displayed text (HyperFormula holds them). */
import type { RawCellContent } from 'hyperformula';
import { unwrap } from '../calls';
import { readDisplay, readFormula, readValue } from '../cells';
import { RangeBase, type Range } from './rangeBase';

export class RangeValues extends RangeBase {
  // Values and formulas

  getValue(): unknown {
    this._alive();
    return readValue(this._ctx, this._sheet, this._row, this._col);
  }

  getValues(): unknown[][] {
    return this._map((r, c) => readValue(this._ctx, this._sheet, r, c));
  }

  setValue(value: unknown): Range {
    this._alive();
    return this.setValues(this._fill(value));
  }

  setValues(values: unknown[][]): Range {
    this._alive();
    this._checkShape(values, 'setValues');
    this._writeContents(values);
    return this._self;
  }

  /**
   * copyTo(destination, {contentsOnly: true}): the cells' contents (values as stored, literal text
   * kept literal) from the destination's top-left cell, in one call, as Sheets copies server-side.
   * Formats and formulas (whose references Sheets would shift) are not emulated: they throw.
   */
  copyTo(destination: Range, options?: unknown): void {
    this._alive();
    if ((options as { contentsOnly?: unknown } | undefined)?.contentsOnly !== true)
      throw new Error('Range.copyTo is emulated with {contentsOnly: true} only.');
    const target = unwrap(destination) as unknown as RangeValues;
    const engine = this._ctx.engine;
    const contents: RawCellContent[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: RawCellContent[] = [];
      for (let c = 0; c < this._numCols; c++) {
        const raw = engine.serialized(this._sheet.hfId, this._row - 1 + r, this._col - 1 + c);
        if (typeof raw === 'string' && raw.startsWith('='))
          throw new Error('Range.copyTo of formulas is not emulated (Sheets would shift their references).');
        line.push(raw);
      }
      contents.push(line);
    }
    target._alive();
    const sheet = target._sheet;
    if (target._row - 1 + this._numRows > sheet.maxRows || target._col - 1 + this._numCols > sheet.maxColumns)
      throw new Error('Range.copyTo: the destination sheet is too small; insert rows or columns first.');
    engine.setContents(sheet.hfId, target._row - 1, target._col - 1, contents);
  }

  getFormula(): string {
    this._alive();
    return readFormula(this._ctx, this._sheet, this._row, this._col);
  }

  getFormulas(): string[][] {
    return this._map((r, c) => readFormula(this._ctx, this._sheet, r, c));
  }

  setFormula(formula: string): Range {
    return this.setFormulas(this._fill(formula));
  }

  setFormulas(formulas: string[][]): Range {
    this._alive();
    this._checkShape(formulas, 'setFormulas');
    // A "formula" without "=" is written as a value, as Apps Script does.
    this._writeContents(formulas.map((line) => line.map((f) => (f === '' || f === null ? null : f))));
    return this._self;
  }

  getDisplayValue(): string {
    this._alive();
    return readDisplay(this._ctx, this._sheet, this._row, this._col);
  }

  getDisplayValues(): string[][] {
    return this._map((r, c) => readDisplay(this._ctx, this._sheet, r, c));
  }

  isBlank(): boolean {
    return this._map(
      (r, c) =>
        readValue(this._ctx, this._sheet, r, c) === '' && readFormula(this._ctx, this._sheet, r, c) === '',
    )
      .flat()
      .every(Boolean);
  }
}
