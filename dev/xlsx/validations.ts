// Sheets data validation (the emulator's snapshot form) to Excel's. Sheets' "reject input" is Excel's
// "stop" error style; "show a warning" (allowInvalid) is Excel's "warning". The help text is the input
// prompt Excel shows when the cell is selected.
import type { DataValidation } from 'exceljs';
import { wallClockDate } from './cellValues';

export interface SnapshotValidation {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

/** Excel caps an input prompt at 255 characters and an inline list at 255 characters. */
const MAX_TEXT = 255;

function absolute(a1: string): string {
  return a1.replace(/(\$?)([A-Z]+)(\$?)(\d+)/g, '$$$2$$$4');
}

/** "Suivi!E3:P3" or "'Tableau de bord'!B2" as an absolute reference. */
function rangeReference(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(.*!)?([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(value);
  return m ? `${m[1] ?? ''}${absolute(m[2] ?? '')}` : null;
}

const NUMBER_OPERATORS: Record<string, DataValidation['operator']> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

const DATE_OPERATORS: Record<string, DataValidation['operator']> = {
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
  DATE_EQUAL_TO: 'equal',
  DATE_AFTER: 'greaterThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

/** The Excel validation, or a reason it cannot be written. */
export function excelValidation(
  v: SnapshotValidation,
  timeZone: string,
): { ok: true; validation: DataValidation } | { ok: false; reason: string } {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.allowInvalid ? 'warning' : 'stop',
    ...(v.helpText ? { showInputMessage: true, prompt: v.helpText.slice(0, MAX_TEXT) } : {}),
  };
  if (v.criteria === 'VALUE_IN_LIST') {
    const items = Array.isArray(v.values[0]) ? (v.values[0] as unknown[]).map(String) : [];
    const inline = `"${items.map((s) => s.replace(/"/g, '""')).join(',')}"`;
    if (items.some((s) => s.includes(',')) || inline.length > MAX_TEXT + 2)
      return { ok: false, reason: 'a dropdown list with commas or over 255 characters' };
    return { ok: true, validation: { type: 'list', formulae: [inline], ...common } };
  }
  if (v.criteria === 'VALUE_IN_RANGE') {
    const ref = rangeReference(v.values[0]);
    if (!ref) return { ok: false, reason: `a dropdown from ${String(v.values[0])}` };
    return { ok: true, validation: { type: 'list', formulae: [ref], ...common } };
  }
  const numberOp = NUMBER_OPERATORS[v.criteria];
  if (numberOp) {
    const formulae = v.values.filter((x) => typeof x === 'number');
    return { ok: true, validation: { type: 'decimal', operator: numberOp, formulae, ...common } };
  }
  if (v.criteria === 'DATE_IS_VALID_DATE')
    return {
      ok: true,
      validation: {
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        ...common,
      },
    };
  const dateOp = DATE_OPERATORS[v.criteria];
  if (dateOp) {
    const formulae = v.values
      .filter((x): x is string => typeof x === 'string')
      .map((iso) => wallClockDate(iso, timeZone));
    return { ok: true, validation: { type: 'date', operator: dateOp, formulae, ...common } };
  }
  if (v.criteria === 'CHECKBOX') return { ok: false, reason: 'a checkbox' };
  return { ok: false, reason: v.criteria };
}
