/** Conversions between HyperFormula's internal values and what Sheets shows or passes around. */
import { CellError, DetailedCellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';

/** The text Sheets shows for each HyperFormula error type. */
const ERROR_TEXT: Record<string, string> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.NA]: '#N/A',
  // Sheets reports a circular dependency and a blocked array result as #REF!.
  [ErrorType.CYCLE]: '#REF!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.SPILL]: '#REF!',
  [ErrorType.LIC]: '#ERROR!',
  [ErrorType.ERROR]: '#ERROR!',
};

export function errorText(error: CellError | DetailedCellError): string {
  return ERROR_TEXT[error.type] ?? '#ERROR!';
}

/** A value of another realm (a vm context) is still a Date when its tag says so. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** HyperFormula keeps typed numbers (dates, percents...) as objects with a `val` field. */
export function isRichNumber(value: unknown): value is { val: number; constructor: { name: string } } {
  return typeof value === 'object' && value !== null && typeof (value as { val?: unknown }).val === 'number';
}

export function rawScalar(value: unknown): unknown {
  if (value === EmptyValue) return '';
  if (isRichNumber(value)) return value.val;
  return value;
}

export { CellError, DetailedCellError, EmptyValue, ErrorType, SimpleRangeValue };
