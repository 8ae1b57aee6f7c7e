import type { Check } from '../check';

/** Sheets: names, sizes, protections. */
export const sheetChecks: Check[] = [
  {
    id: 'sheet.name-case-insensitive',
    assumption: 3,
    title: 'getSheetByName finds a sheet whatever the case of the name.',
    run: ({ spreadsheet, sheet }) => ({
      expected: sheet.getSheetId(),
      actual: spreadsheet.getSheetByName(sheet.getName().toUpperCase())?.getSheetId() ?? null,
    }),
  },
  {
    id: 'sheet.new-sheet-size',
    assumption: 5,
    title: 'insertSheet makes a 1000 × 26 sheet and makes it the active sheet.',
    run: ({ spreadsheet, sheet }) => ({
      expected: { rows: 1000, columns: 26, active: sheet.getName() },
      actual: {
        rows: sheet.getMaxRows(),
        columns: sheet.getMaxColumns(),
        active: spreadsheet.getActiveSheet().getName(),
      },
    }),
  },
  {
    id: 'protection.warning-only',
    assumption: 14,
    title:
      'A warning-only sheet protection reads back as warning-only, protect() again returns it (no second protection), and a warning-only range protection keeps its description.',
    run: ({ services, sheet }) => {
      const type = services.SpreadsheetApp.ProtectionType;
      sheet.protect().setDescription('conformance sheet').setWarningOnly(true);
      const again = sheet.protect();
      sheet.getRange('A1:B2').protect().setDescription('conformance range').setWarningOnly(true);
      const ranges = sheet.getProtections(type.RANGE);
      return {
        expected: {
          again: { warningOnly: true, description: 'conformance sheet' },
          sheetProtections: 1,
          ranges: [{ warningOnly: true, description: 'conformance range', a1: 'A1:B2' }],
        },
        actual: {
          again: { warningOnly: again.isWarningOnly(), description: again.getDescription() },
          sheetProtections: sheet.getProtections(type.SHEET).length,
          ranges: ranges.map((p) => ({
            warningOnly: p.isWarningOnly(),
            description: p.getDescription(),
            a1: p.getRange().getA1Notation(),
          })),
        },
      };
    },
  },
];
