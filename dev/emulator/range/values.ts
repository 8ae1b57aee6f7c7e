/** Range: values, formulas and displayed text (HyperFormula holds them). */
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
