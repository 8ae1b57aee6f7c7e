import type { Check, CheckContext } from '../check';
import { thrown } from './values';

const WORDING_GUESS =
  'the wording comes from public reports of real runs or from the Sheets API; dev/README.md (assumption 1) says which';

/** A check that an action throws exactly the message the emulator copies. */
function errorCheck(
  id: string,
  title: string,
  message: string | ((context: CheckContext) => string),
  act: (context: CheckContext) => unknown,
): Check {
  const expected = (context: CheckContext): string =>
    typeof message === 'string' ? message : message(context);
  return {
    id,
    assumption: 1,
    title: typeof message === 'string' ? `${title} throws "${message}"` : title,
    guess: WORDING_GUESS,
    run: (context) => ({ expected: expected(context), actual: thrown(() => act(context)) }),
  };
}

/** Apps Script's exception messages, which the emulator throws word for word. */
export const errorChecks: Check[] = [
  errorCheck('error.range-not-found', 'getRange of an unknown sheet', 'Range not found', ({ sheet }) =>
    sheet.getRange('NoSuchSheet!A1'),
  ),
  errorCheck(
    'error.start-row-too-small',
    'getRange(0, 1)',
    'The starting row of the range is too small.',
    ({ sheet }) => sheet.getRange(0, 1),
  ),
  errorCheck(
    'error.rows-mismatch',
    'setValues of 1 row into 2 rows',
    'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ({ sheet }) => sheet.getRange('A1:B2').setValues([[1, 2]]),
  ),
  errorCheck(
    'error.sheet-name-exists',
    'insertSheet with an existing name in other case throws \'A sheet with the name "X" already exists. Please enter another name.\'',
    ({ sheet }) =>
      `A sheet with the name "${sheet.getName().toUpperCase()}" already exists. Please enter another name.`,
    ({ spreadsheet, sheet }) => {
      // Should Sheets accept the name, the sheet it made must not outlive the check.
      spreadsheet.deleteSheet(spreadsheet.insertSheet(sheet.getName().toUpperCase()));
    },
  ),
  errorCheck(
    'error.cell-out-of-range',
    'getCell past the range',
    'Cell reference out of range',
    ({ sheet }) => sheet.getRange('A1:B2').getCell(3, 1),
  ),
  errorCheck(
    'error.delete-all-rows',
    'deleteRows of every row',
    "You can't delete all the rows on the sheet.",
    ({ sheet }) => sheet.deleteRows(1, sheet.getMaxRows()),
  ),
  errorCheck(
    'error.rows-out-of-bounds',
    'hideRows past the grid',
    'Those rows are out of bounds.',
    ({ sheet }) => sheet.hideRows(sheet.getMaxRows() + 1),
  ),
  errorCheck(
    'error.signature-mismatch',
    'setValues of a string',
    "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    // A deliberate type error: the check is what Apps Script says about it.
    ({ sheet }) => sheet.getRange('A1').setValues('x' as unknown as unknown[][]),
  ),
];
