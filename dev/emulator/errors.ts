/**
 * The exceptions Apps Script throws, with its messages where they are known. Apps Script prints them
 * as "Exception: <message>"; the emulator throws `Error(<message>)`. Where a message is assumed rather
 * than observed, dev/README.md says so.
 */

export function appsScriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** How Apps Script names an argument's type in "The parameters (...) don't match..." messages. */
export function appsScriptType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const inner = value.length === 0 ? 'Object' : appsScriptType(value[0]);
    return `${inner === 'null' ? 'Object' : inner}[]`;
  }
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}

export const errors = {
  /** Range.addDeveloperMetadata on a range that is not whole rows or whole columns (wording assumed). */
  metadataOnArbitraryRange: () =>
    appsScriptError(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    ),
  /** E.g. setValues([1, 2]): "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues." */
  signatureMismatch: (args: unknown[], method: string) =>
    appsScriptError(
      `The parameters (${args.map(appsScriptType).join(',')}) don't match the method signature for ${method}.`,
    ),
  rangeNotFound: () => appsScriptError('Range not found'),
  rowsMismatch: (data: number, range: number) =>
    appsScriptError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
    ),
  columnsMismatch: (data: number, range: number) =>
    appsScriptError(
      `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
    ),
  rowsOutOfBounds: () => appsScriptError('Those rows are out of bounds.'),
  columnsOutOfBounds: () => appsScriptError('Those columns are out of bounds.'),
  startRowTooSmall: () => appsScriptError('The starting row of the range is too small.'),
  startColumnTooSmall: () => appsScriptError('The starting column of the range is too small.'),
  numRowsTooSmall: () => appsScriptError('The number of rows in the range must be at least 1.'),
  numColumnsTooSmall: () => appsScriptError('The number of columns in the range must be at least 1.'),
  sheetExists: (name: string) =>
    appsScriptError(`A sheet with the name "${name}" already exists. Please enter another name.`),
  lastSheet: () =>
    appsScriptError(
      "You can't remove all the sheets in a document. To remove this sheet, you must first create another one.",
    ),
  sheetDeleted: () => appsScriptError('The sheet has been deleted.'),
  argumentTooLarge: (name: string) => appsScriptError(`Argument too large: ${name}`),
  propertyStoreFull: () =>
    appsScriptError(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    ),
  invalidArgument: (name: string) => appsScriptError(`Invalid argument: ${name}`),
  lockTimeout: () => appsScriptError('Lock timeout: another process was holding the lock for too long.'),
  noSuchFile: (name: string) => appsScriptError(`No HTML file named ${name} was found.`),
  mergeOverlap: () =>
    appsScriptError('You must select all cells in a merged range to merge or unmerge them.'),
  namedRangeInvalid: (name: string) =>
    appsScriptError(
      `The name "${name}" is invalid: it must start with a letter or underscore, contain only letters, digits and underscores, and not look like a cell reference.`,
    ),
  cellOutsideRange: () => appsScriptError('Cell reference out of range'),
  deleteAllRows: () => appsScriptError("You can't delete all the rows on the sheet."),
  deleteAllColumns: () => appsScriptError("You can't delete all the columns on the sheet."),
  hideAllSheets: () => appsScriptError("You can't hide all the sheets in a document."),
  /** insertChart/updateChart of a chart without a range (wording assumed). */
  chartWithoutData: () =>
    appsScriptError('The chart has no data. Add a range with addRange() before inserting it.'),
  /** updateChart/removeChart of a chart that is not on the sheet (wording assumed). */
  chartNotFound: () => appsScriptError('The chart was not found on this sheet.'),
  notEmulated: (what: string) => new Error(`${what} is not emulated`),
};
