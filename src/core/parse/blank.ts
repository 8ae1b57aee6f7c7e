/**
 * Sheets hands `""` for a blank cell and `undefined` for an omitted argument; text made only of spaces
 * is blank to a reader too. Data not entered yet is never an error.
 */
export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '')
  );
}
