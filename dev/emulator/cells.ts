/**
 * Reading and writing single cells the way Sheets does: what getValues() returns, what the cell
 * displays, what a written JavaScript value becomes. Shared by Range, view() and snapshot().
 */
import type { RawCellContent } from 'hyperformula';
import type { EmulatorContext } from './context';
import { DetailedCellError, errorText, isDate } from './engine/sheetsValues';
import type { SheetModel } from './model/sheetModel';
import { dateToSerial, serialToDate } from './serial';
import { currencyFormat, parseLocaleInput } from './typedInput';
import { AUTOMATIC_NUMBER_FORMAT, formatForDisplay } from './view/numberFormat';
import { DetailedCellError as CellErrorValue } from 'hyperformula';

/** What getNumberFormat() returns for a cell left in the automatic format. */
export const AUTOMATIC_FORMAT = AUTOMATIC_NUMBER_FORMAT;

const DEFAULT_FORMATS: Record<string, { date: string; dateTime: string; time: string }> = {
  en_US: { date: 'M/d/yyyy', dateTime: 'M/d/yyyy H:mm:ss', time: 'h:mm:ss AM/PM' },
  fr_FR: { date: 'dd/MM/yyyy', dateTime: 'dd/MM/yyyy HH:mm:ss', time: 'HH:mm:ss' },
};

export function defaultFormats(locale: string): { date: string; dateTime: string; time: string } {
  return (
    DEFAULT_FORMATS[locale] ??
    (locale.startsWith('en') ? DEFAULT_FORMATS.en_US : DEFAULT_FORMATS.fr_FR) ?? {
      date: 'yyyy-MM-dd',
      dateTime: 'yyyy-MM-dd HH:mm:ss',
      time: 'HH:mm:ss',
    }
  );
}

/** Whether a number format shows a date or time (then getValues() returns a Date). */
export function isDateTimeFormat(pattern: string | undefined): boolean {
  if (!pattern) return false;
  const bare = pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/general/i.test(bare)) return false;
  return /[dymhs]/i.test(bare);
}

/** The format in force: the one set on the cell, else the one Sheets infers from the entry. */
export function effectiveFormat(
  ctx: EmulatorContext,
  sheet: SheetModel,
  row: number,
  col: number,
): string | undefined {
  const explicit = sheet.cell(row, col)?.numberFormat;
  if (explicit !== undefined) return explicit;
  const type = ctx.engine.valueType(sheet.hfId, row - 1, col - 1);
  const defaults = defaultFormats(ctx.workbook.settings.locale);
  switch (type) {
    case 'NUMBER_DATE':
      return defaults.date;
    case 'NUMBER_DATETIME':
      return defaults.dateTime;
    case 'NUMBER_TIME':
      return defaults.time;
    case 'NUMBER_PERCENT': {
      // "50%" typed shows 50%; "12.5%" shows 12.50%.
      const v = ctx.engine.value(sheet.hfId, row - 1, col - 1);
      return typeof v === 'number' && Number.isInteger(Math.round(v * 1e9) / 1e7) ? '0%' : '0.00%';
    }
    case 'NUMBER_CURRENCY': {
      const symbol = ctx.engine.valueFormat(sheet.hfId, row - 1, col - 1) ?? '$';
      return currencyFormat(symbol, ctx.workbook.settings.locale);
    }
    default:
      return undefined;
  }
}

/** The computed value as getValues() returns it. */
export function readValue(ctx: EmulatorContext, sheet: SheetModel, row: number, col: number): unknown {
  const value = ctx.engine.value(sheet.hfId, row - 1, col - 1);
  if (value === null || value === undefined) return '';
  if (value instanceof DetailedCellError) return errorText(value);
  if (typeof value === 'number' && isDateTimeFormat(effectiveFormat(ctx, sheet, row, col))) {
    return serialToDate(value, ctx.workbook.settings.timeZone);
  }
  return value;
}

/** The error message behind an error cell (e.g. a custom function's thrown message), if any. */
export function readErrorMessage(
  ctx: EmulatorContext,
  sheet: SheetModel,
  row: number,
  col: number,
): string | undefined {
  const value = ctx.engine.value(sheet.hfId, row - 1, col - 1);
  return value instanceof DetailedCellError ? value.message : undefined;
}

/** The text the cell shows. */
export function readDisplay(ctx: EmulatorContext, sheet: SheetModel, row: number, col: number): string {
  const value = ctx.engine.value(sheet.hfId, row - 1, col - 1);
  if (value === null || value === undefined) return '';
  if (value instanceof DetailedCellError) return errorText(value);
  return formatForDisplay(value, effectiveFormat(ctx, sheet, row, col) ?? null, ctx.workbook.settings.locale);
}

export function readFormula(ctx: EmulatorContext, sheet: SheetModel, row: number, col: number): string {
  return ctx.engine.formula(sheet.hfId, row - 1, col - 1) ?? '';
}

/**
 * What a JavaScript value written with setValue(s) becomes: "=..." a formula, "'..." literal text,
 * a Date a serial number (and a date format when the cell has none), "" or null an empty cell.
 */
export function toCellContent(
  ctx: EmulatorContext,
  sheet: SheetModel,
  row: number,
  col: number,
  value: unknown,
): RawCellContent {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) {
    const serial = dateToSerial(value, ctx.workbook.settings.timeZone);
    const meta = sheet.cell(row, col);
    if (meta?.numberFormat === undefined) {
      const defaults = defaultFormats(ctx.workbook.settings.locale);
      sheet.editCell(row, col).numberFormat = Number.isInteger(serial) ? defaults.date : defaults.dateTime;
    }
    return serial;
  }
  const text = String(value);
  if (text.startsWith('=')) return text;
  if (/^[+-]/.test(text) && readsAsFormula(ctx, sheet, text)) return `=${text}`;
  // In a cell formatted as plain text, Sheets keeps what was typed as text.
  if (sheet.cell(row, col)?.numberFormat === '@' && !text.startsWith("'")) return `'${text}`;
  if (!text.startsWith("'")) {
    const typed = parseLocaleInput(text, ctx.workbook.settings.locale);
    if (typed) {
      if (typed.format !== undefined && sheet.cell(row, col)?.numberFormat === undefined)
        sheet.editCell(row, col).numberFormat = typed.format;
      return typed.value;
    }
  }
  return text;
}

/**
 * Sheets reads typed input that starts with "+" or "-" and is a valid formula ("+A1", "-B2*2",
 * "+1+2") as that formula, as if "=" had been typed; text such as "- note", "+33 6 12" or "-abc" stays
 * text. A number ("-5") is a number.
 */
function readsAsFormula(ctx: EmulatorContext, sheet: SheetModel, text: string): boolean {
  if (Number.isFinite(Number(text))) return false;
  let result;
  try {
    result = ctx.engine.calculate(`=${text}`, sheet.hfId);
  } catch {
    return false;
  }
  const top = Array.isArray(result) ? result[0]?.[0] : result;
  return !(top instanceof CellErrorValue && (top.type === 'ERROR' || top.type === 'NAME'));
}
