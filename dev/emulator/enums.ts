/**
 * SpreadsheetApp enums. Apps Script's enum values are objects whose toString() is the member name;
 * the emulator uses the member name itself (a string), which compares and prints the same way.
 * Generated from @types/google-apps-script.
 */

function enumOf<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as T;
}

export const BooleanCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);
export const DataValidationCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export const InterpolationType = enumOf<typeof GoogleAppsScript.Spreadsheet.InterpolationType>([
  'NUMBER',
  'PERCENT',
  'PERCENTILE',
  'MIN',
  'MAX',
]);
export const ProtectionType = enumOf<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(['RANGE', 'SHEET']);
export const WrapStrategy = enumOf<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>([
  'WRAP',
  'OVERFLOW',
  'CLIP',
]);
export const DeveloperMetadataVisibility = enumOf<
  typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility
>(['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = enumOf<
  typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType
>(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export const Dimension = enumOf<typeof GoogleAppsScript.Spreadsheet.Dimension>(['COLUMNS', 'ROWS']);
export const BorderStyle = enumOf<typeof GoogleAppsScript.Spreadsheet.BorderStyle>([
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);
export const Direction = enumOf<typeof GoogleAppsScript.Spreadsheet.Direction>([
  'UP',
  'DOWN',
  'PREVIOUS',
  'NEXT',
]);
export const CopyPasteType = enumOf<typeof GoogleAppsScript.Spreadsheet.CopyPasteType>([
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
]);
export const BandingTheme = enumOf<typeof GoogleAppsScript.Spreadsheet.BandingTheme>([
  'LIGHT_GREY',
  'CYAN',
  'GREEN',
  'YELLOW',
  'ORANGE',
  'BLUE',
  'TEAL',
  'GREY',
  'BROWN',
  'LIGHT_GREEN',
  'INDIGO',
  'PINK',
]);
export const TextDirection = enumOf<typeof GoogleAppsScript.Spreadsheet.TextDirection>([
  'LEFT_TO_RIGHT',
  'RIGHT_TO_LEFT',
]);
export const RecalculationInterval = enumOf<typeof GoogleAppsScript.Spreadsheet.RecalculationInterval>([
  'ON_CHANGE',
  'MINUTE',
  'HOUR',
]);
export const AutoFillSeries = enumOf<typeof GoogleAppsScript.Spreadsheet.AutoFillSeries>([
  'DEFAULT_SERIES',
  'ALTERNATE_SERIES',
]);
export const SheetType = enumOf<typeof GoogleAppsScript.Spreadsheet.SheetType>(['GRID', 'OBJECT']);
export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>([
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]);
export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>([
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
]);
