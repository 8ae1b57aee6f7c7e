/** Range: notes, data validations and checkboxes. */
import { makeValidation, validationData, type ValidationData } from '../builders/dataValidation';
import { RangeFormats } from './formats';
import type { Range } from './rangeBase';

export class RangeNotesValidations extends RangeFormats {
  // Notes

  getNote(): string {
    this._alive();
    return this._sheet.cell(this._row, this._col)?.note ?? '';
  }

  getNotes(): string[][] {
    return this._map((r, c) => this._sheet.cell(r, c)?.note ?? '');
  }

  setNote(note: string | null): Range {
    return this.setNotes(this._fill(note));
  }

  setNotes(notes: Array<Array<string | null>>): Range {
    this._alive();
    this._checkShape(notes, 'setNotes');
    return this._eachMeta(notes, (m, v) => {
      m.note = v === null || v === '' ? undefined : String(v);
    });
  }

  clearNote(): Range {
    return this.setNote(null);
  }

  // Data validation

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this._map((r, c) => {
      const data = this._sheet.cell(r, c)?.validation;
      return data ? makeValidation(data, this._ctx.wrap) : null;
    });
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    return this.setDataValidations(this._fill(rule));
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    this._alive();
    this._checkShape(rules, 'setDataValidations');
    return this._eachMeta(rules, (m, v) => {
      m.validation = v === null ? undefined : structuredCloneData(validationData(v));
    });
  }

  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }

  insertCheckboxes(...values: unknown[]): Range {
    this._alive();
    const data: ValidationData = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: '' };
    this._eachMeta(this._fill(null), (m) => {
      m.validation = { ...data };
    });
    return this.setValue(values.length > 1 ? values[1] : false);
  }

  isChecked(): boolean | null {
    const values = this.getValues().flat();
    if (values.every((v) => v === true)) return true;
    if (values.every((v) => v === false)) return false;
    return null;
  }

  check(): Range {
    return this.setValue(true);
  }

  uncheck(): Range {
    return this.setValue(false);
  }
}

function structuredCloneData(data: ValidationData): ValidationData {
  return { ...data, values: data.values.map((v) => (Array.isArray(v) ? [...v] : v)) };
}
