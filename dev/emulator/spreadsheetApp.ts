/** The SpreadsheetApp service: the active spreadsheet, the Ui, rule builders and enums. */
import { newConditionalFormatRule } from './builders/conditionalFormatRule';
import { makeValidationBuilder } from './builders/dataValidation';
import type { EmulatorContext } from './context';
import * as enums from './enums';
import { ruleServices } from './ruleServices';

export function spreadsheetApp(
  ctx: EmulatorContext,
  getUi: () => GoogleAppsScript.Base.Ui,
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return ctx.wrap(
    {
      getActive: () => ctx.spreadsheet(),
      getActiveSpreadsheet: () => ctx.spreadsheet(),
      getActiveSheet: () => ctx.spreadsheet().getActiveSheet(),
      getActiveRange: () => ctx.spreadsheet().getActiveSheet().getRange(1, 1),
      setActiveSheet: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => ctx.spreadsheet().setActiveSheet(sheet),
      getUi,
      flush: () => undefined,
      newConditionalFormatRule: () => newConditionalFormatRule(ruleServices(ctx)),
      newDataValidation: () => makeValidationBuilder(ctx.wrap),
      BooleanCriteria: enums.BooleanCriteria,
      DataValidationCriteria: enums.DataValidationCriteria,
      InterpolationType: enums.InterpolationType,
      ProtectionType: enums.ProtectionType,
      WrapStrategy: enums.WrapStrategy,
      DeveloperMetadataVisibility: enums.DeveloperMetadataVisibility,
      DeveloperMetadataLocationType: enums.DeveloperMetadataLocationType,
      Dimension: enums.Dimension,
      BorderStyle: enums.BorderStyle,
      Direction: enums.Direction,
      CopyPasteType: enums.CopyPasteType,
      BandingTheme: enums.BandingTheme,
      TextDirection: enums.TextDirection,
      RecalculationInterval: enums.RecalculationInterval,
      AutoFillSeries: enums.AutoFillSeries,
      SheetType: enums.SheetType,
    },
    'SpreadsheetApp',
  );
}
