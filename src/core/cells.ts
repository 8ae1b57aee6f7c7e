/**
 * What Sheets hands a custom function for one cell: `""` for a blank, a number (10 % arrives as 0.1),
 * a string, a boolean, or a Date for a date cell.
 */
export type CellValue = string | number | boolean | Date;

/** A range arrives as rows of cells, always rectangular. */
export type Grid = CellValue[][];

/** A custom function argument: a single cell or a range. Omitted arguments arrive as `undefined`. */
export type Arg = CellValue | Grid | undefined;
