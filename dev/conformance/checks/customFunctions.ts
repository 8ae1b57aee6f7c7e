import type { Check, CheckContext } from '../check';
import { DATA_MARKER } from '../appsScript/marker';

/** The text a cell shows, as read by a script: a custom function's answer, or Sheets' error text. */
function valueOf(context: CheckContext, a1: string): unknown {
  return context.sheet.getRange(a1).getValue();
}

/** Today in the spreadsheet's zone, the day TODAY() gives. */
function today(context: CheckContext): string {
  return context.services.Utilities.formatDate(new Date(), context.timeZone, 'yyyy-MM-dd');
}

/**
 * Custom functions, called from cells: the arguments Sheets passes, what they may call, which arguments
 * Sheets accepts. The functions are CONFORMANCE_* in appsScript/customFunctions.ts.
 */
export const customFunctionChecks: Check[] = [
  {
    id: 'customfn.date-in-spreadsheet-zone',
    assumption: 26,
    title:
      "A date cell reaches a custom function as a Date at midnight of that day in the spreadsheet's time zone (which, in a spreadsheet east of the script's zone, is the day before in the script's zone).",
    guess:
      'the emulator passes midnight in the spreadsheet zone; Google documents neither zone. KPI Kit reads the day in the script zone (calendarDateOfLocal), so run this in a spreadsheet east of Paris',
    write: ({ sheet }) => {
      sheet.getRange('A1').setFormula('=DATE(2027,6,30)');
      sheet.getRange('B1').setFormula('=CONFORMANCE_DATE(A1)');
    },
    read: (context) => {
      const parts = String(valueOf(context, 'B1')).split(' | ');
      return {
        expected: { type: 'Date', spreadsheetZone: '2027-06-30 00:00' },
        actual: { type: parts[0] ?? '', spreadsheetZone: parts[1] ?? '' },
        note: `script zone (${context.scriptTimeZone}) reads ${parts[2] ?? '?'}; instant ${parts[3] ?? '?'}`,
      };
    },
  },
  {
    id: 'customfn.raw-content-allowed',
    assumption: 27,
    title:
      'A custom function may call HtmlService.createTemplateFromFile(name).getRawContent() (how SMART_CHECK reads the KPI library).',
    guess: 'custom functions run without authorization; that this HtmlService call needs none is assumed',
    write: ({ sheet }) => sheet.getRange('A1').setFormula('=CONFORMANCE_RAW()'),
    read: (context) => ({ expected: DATA_MARKER, actual: valueOf(context, 'A1') }),
  },
  {
    id: 'customfn.today-argument',
    assumption: 28,
    title:
      'A custom function accepts TODAY() as an argument (=KPI_PACE(..., TODAY())) and receives today as a Date.',
    guess:
      "Google's guide forbids volatile arguments such as NOW() and RAND() and does not name TODAY(); the emulator accepts it",
    write: ({ sheet }) => sheet.getRange('A1').setFormula('=CONFORMANCE_ECHO(TODAY())'),
    read: (context) => ({ expected: `Date ${today(context)}`, actual: valueOf(context, 'A1') }),
  },
  {
    id: 'customfn.today-cell-argument',
    assumption: 28,
    title: 'A custom function accepts a cell holding =TODAY() as an argument and receives today as a Date.',
    guess:
      'the guide forbids referencing a cell with NOW() or RAND(); TODAY() is not named; the emulator accepts it',
    write: ({ sheet }) => {
      sheet.getRange('A1').setFormula('=TODAY()');
      sheet.getRange('B1').setFormula('=CONFORMANCE_ECHO(A1)');
    },
    read: (context) => ({ expected: `Date ${today(context)}`, actual: valueOf(context, 'B1') }),
  },
];
