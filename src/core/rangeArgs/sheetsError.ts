import type { Lang } from '../i18n';
import { KpiError } from '../parse/kpiError';

/**
 * What a cell of a range shows when its own inputs are wrong, so one bad cell does not sink the range.
 * One prefix for every function, easy to spot and to test with a formula (`LEFT(A1) = "⚠"`).
 */
export const ERROR_PREFIX = '⚠ ';

/** The text of any thrown value, in `lang` when it is a KpiError. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof KpiError) return error.render(lang);
  if (error instanceof Error && error.message) return error.message;
  return String(error) || 'Unexpected error';
}

/** The Error to throw out of a custom function (Sheets shows its message on #ERROR!). */
export function toSheetsError(error: unknown, lang: () => Lang): Error {
  if (error instanceof KpiError) return new Error(error.render(lang()));
  if (error instanceof Error) return error;
  return new Error(errorText(error, 'en'));
}
