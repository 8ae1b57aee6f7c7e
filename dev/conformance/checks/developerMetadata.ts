import type { Check, CheckContext } from '../check';

const ROW_KEY = 'kpikit.conformance.row';
const COLUMN_KEY = 'kpikit.conformance.column';

/** Where the row and the column metadata are now (1-based), found the way KPI Kit finds them. */
function where(context: CheckContext): { row: number | null; column: number | null } {
  const types = context.services.SpreadsheetApp.DeveloperMetadataLocationType;
  const find = (key: string, type: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType) =>
    context.sheet
      .createDeveloperMetadataFinder()
      .withKey(key)
      .withLocationType(type)
      .find()[0]
      ?.getLocation();
  return {
    row: find(ROW_KEY, types.ROW)?.getRow()?.getRow() ?? null,
    column: find(COLUMN_KEY, types.COLUMN)?.getColumn()?.getColumn() ?? null,
  };
}

/**
 * Developer metadata on a whole row or column stays with it: the Sheets API documents that inserts
 * above move it; that deletes elsewhere and a sort of the rows move it too is what KPI Kit needs.
 */
export const developerMetadataChecks: Check[] = [
  {
    id: 'metadata.rows-columns-move',
    assumption: 29,
    title:
      'Developer metadata on a row and on a column moves with inserts and deletes before it, and row metadata follows its row when the rows are sorted.',
    guess:
      'the Sheets API documents inserts ("metadata associated with row 5 ... is still associated with ... what is now row 6"); deletes elsewhere and sorting are assumed',
    run: (context) => {
      const { sheet } = context;
      sheet.getRange('A1:A5').setValues([['d'], ['b'], ['e'], ['a'], ['c']]);
      sheet.getRange('1:1').addDeveloperMetadata(ROW_KEY, 'd');
      sheet.getRange('C:C').addDeveloperMetadata(COLUMN_KEY, 'C');
      const added = where(context);
      sheet.insertRowsBefore(1, 2);
      sheet.insertColumnsBefore(1, 1);
      const inserted = where(context);
      sheet.deleteRows(1, 1);
      sheet.deleteColumns(1, 1);
      const deleted = where(context);
      // The data is now A2:A6 (d, b, e, a, c); sorted, "d" lands in row 5.
      sheet.getRange('A2:A6').sort(1);
      const sorted = where(context);
      return {
        expected: {
          added: { row: 1, column: 3 },
          inserted: { row: 3, column: 4 },
          deleted: { row: 2, column: 3 },
          sorted: { row: 5, column: 3 },
          keysOnRow5: [ROW_KEY],
        },
        actual: {
          added,
          inserted,
          deleted,
          sorted,
          keysOnRow5: sheet
            .getRange('5:5')
            .getDeveloperMetadata()
            .map((m) => m.getKey()),
        },
      };
    },
  },
];
