/** What every emulated class needs: the state, the engine, call accounting and object factories. */
import type { CallLog } from './calls';
import type { FormulaEngine } from './engine/formulaEngine';
import type { SheetModel } from './model/sheetModel';
import type { WorkbookModel } from './model/workbookModel';

export type Wrap = <T>(impl: object, className: string, describe?: () => string) => T;

export interface EmulatorContext {
  readonly log: CallLog;
  readonly engine: FormulaEngine;
  readonly workbook: WorkbookModel;
  readonly wrap: Wrap;
  /** The wrapped Sheet for a sheet model (one per sheet). */
  sheet(model: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  /** A wrapped Range (1-based, inclusive start, sizes). */
  range(
    model: SheetModel,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): GoogleAppsScript.Spreadsheet.Range;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The emulator's clock (settable for deterministic TODAY()/NOW() and cache expiry). */
  now(): Date;
}
