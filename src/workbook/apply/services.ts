// The parts of SpreadsheetApp the applier needs besides the spreadsheet itself: builders and enums.
// Passed in (SpreadsheetApp in Apps Script, the emulator's in tests) so the applier has no globals.
export type SpreadsheetServices = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'newDataValidation' | 'newConditionalFormatRule' | 'InterpolationType' | 'ProtectionType'
>;
