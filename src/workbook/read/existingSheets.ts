import { ROLE_METADATA_KEY, type SheetRole } from '../spec';

// What is already in the spreadsheet, read once per build: the builder, the applier, the plan reader
// and the data import all start from it, so it lives with the readers rather than inside the applier.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

const ROLES: readonly SheetRole[] = [
  'objectives',
  'tracking',
  'scorecard',
  'dashboard',
  'library',
  'archive',
  'data',
];

/** A sheet already in the spreadsheet, and whether KPI Kit created it (its role metadata says so). */
export interface ExistingSheet {
  readonly sheet: Sheet;
  readonly name: string;
  /** Set only on sheets KPI Kit created: the others are never modified. */
  readonly role?: SheetRole;
  /** KPI Kit's developer metadata on the sheet (keys starting with "kpikit."), by key. */
  readonly metadata: ReadonlyMap<string, { readonly value: string; readonly item: DeveloperMetadata }>;
}

/**
 * Every sheet of the spreadsheet with its KPI Kit metadata. Costs 1 call plus 2 per sheet plus 2 per
 * metadata item: it grows with the sheets already there, never with the plan.
 */
export function inspectSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ExistingSheet[] {
  return spreadsheet.getSheets().map((sheet) => {
    const metadata = new Map<string, { value: string; item: DeveloperMetadata }>();
    for (const item of sheet.getDeveloperMetadata()) {
      const key = item.getKey();
      if (key.startsWith('kpikit.')) metadata.set(key, { value: item.getValue() ?? '', item });
    }
    const role = metadata.get(ROLE_METADATA_KEY)?.value;
    return {
      sheet,
      name: sheet.getName(),
      metadata,
      ...(role !== undefined && (ROLES as readonly string[]).includes(role)
        ? { role: role as SheetRole }
        : {}),
    };
  });
}
