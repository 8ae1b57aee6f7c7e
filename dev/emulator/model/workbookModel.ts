/** The whole spreadsheet's state outside HyperFormula: sheets in order, named ranges, metadata. */
import type { RuleRange } from './sheetModel';
import type { DeveloperMetadataData } from './sheetModel';
import { SheetModel } from './sheetModel';

export interface WorkbookSettings {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  active: SheetModel | undefined;
  readonly namedRanges = new Map<string, RuleRange>();
  readonly developerMetadata: DeveloperMetadataData[] = [];
  private nextSheetId = 0;
  private nextObjectId = 1;

  constructor(public settings: WorkbookSettings) {}

  newSheetId(): number {
    return this.nextSheetId++;
  }

  /** Ids for protections and developer metadata. */
  newObjectId(): number {
    return this.nextObjectId++;
  }

  /** Sheets treats sheet names case-insensitively (assumption, see dev/README.md). */
  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** "Sheet1", "Sheet2"... the first name not taken. */
  freeSheetName(): string {
    for (let n = 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  isAlive(sheet: SheetModel): boolean {
    return this.sheets.includes(sheet);
  }
}
