import type { Rect } from './rect';

// A WorkbookPlan is a spreadsheet described as plain data: what the layouts (pure functions of a KPI
// plan) produce and what the one applier (./apply/applyWorkbook.ts) writes, to SpreadsheetApp or to
// the emulator.
// Nothing here knows what a KPI is, and nothing here touches Apps Script.
//
// Conventions shared by every layout:
// - rows and columns are 1-based, like Sheets (`row: 1, column: 1` is A1);
// - A1 ranges are relative to the sheet that carries them, without a sheet name, unless a field says
//   otherwise;
// - formulas are in the canonical syntax (English function names, ',' separators, '.' decimals);
// - colours are '#rrggbb'.
//
// Stability promise: fields are added (optional), never renamed or removed.

/**
 * `data`: a sheet the data import fills, one per source (its `kpikit.source` metadata names it).
 * `dashboard`: the charts sheet.
 */
export type SheetRole =
  'objectives' | 'tracking' | 'scorecard' | 'dashboard' | 'library' | 'archive' | 'data';

/** A formula, canonical English syntax, starting with '='. The only way to write a formula. */
export interface FormulaValue {
  readonly formula: string;
  /**
   * A formula a user typed, written back where a rebuild placed it (its references already adjusted):
   * moving a sheet (./relocate.ts) leaves it as it is.
   */
  readonly typed?: boolean;
}

/** A calendar date, written to the cell as a date (not as text). */
export interface DateValue {
  readonly date: string; // YYYY-MM-DD
}

/**
 * What a cell holds. A plain string is ALWAYS literal text: the applier escapes it (leading apostrophe
 * when it starts with = + - @) so user text can never become a formula. null leaves the cell empty.
 */
export type CellInput = string | number | boolean | null | FormulaValue | DateValue;

export type HorizontalAlignment = 'left' | 'center' | 'right';

/** Data validation as plain data. `helpText` is shown by Sheets when the cell is selected. */
export type ValidationSpec =
  | {
      readonly kind: 'list';
      readonly values: readonly string[];
      readonly helpText?: string;
      /** true (default): reject other input; false: warn only. */
      readonly strict?: boolean;
    }
  | {
      /** The allowed values are the cells of a range, e.g. a period column. */
      readonly kind: 'rangeList';
      /** Name of the sheet holding the range (may be the sheet itself). */
      readonly sheet: string;
      readonly a1: string;
      readonly helpText?: string;
      readonly strict?: boolean;
    }
  | {
      readonly kind: 'number';
      readonly min?: number;
      readonly max?: number;
      readonly helpText?: string;
      readonly strict?: boolean;
    }
  | { readonly kind: 'date'; readonly helpText?: string; readonly strict?: boolean };

/** One cell: its content and its look. Every field is optional; absent means "Sheets' default". */
export interface CellSpec {
  readonly value?: CellInput;
  /** A Sheets number format pattern, e.g. '0.0%', '#,##0.00 [$€]', 'yyyy-mm-dd', '@' for text. */
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly background?: string;
  readonly align?: HorizontalAlignment;
  readonly wrap?: boolean;
  readonly note?: string;
  readonly validation?: ValidationSpec;
}

/** A rectangle of cells with its top-left corner. Rows may be ragged; missing cells are empty. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly CellSpec[])[];
}

/** Colours of a conditional-format rule; at least one should be set. */
export interface RuleFormat {
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly strikethrough?: boolean;
}

export type CriterionKind =
  | 'numberGreaterThan'
  | 'numberGreaterThanOrEqualTo'
  | 'numberLessThan'
  | 'numberLessThanOrEqualTo'
  | 'numberBetween'
  | 'numberEqualTo'
  | 'textEqualTo'
  | 'textContains'
  | 'cellEmpty'
  | 'cellNotEmpty';

export interface GradientPoint {
  readonly color: string;
  /** 'min'/'max' need no value; 'number', 'percent' and 'percentile' do. */
  readonly type: 'min' | 'max' | 'number' | 'percent' | 'percentile';
  readonly value?: number;
}

/**
 * A conditional-format rule as plain data. Formulas follow the Sheets rule for custom-formula rules:
 * relative to the top-left cell of the first range, and they may NOT reference other sheets.
 */
export type ConditionalFormatSpec =
  | {
      readonly kind: 'formula';
      readonly ranges: readonly string[];
      /** Boolean formula, canonical syntax, starting with '='. */
      readonly formula: string;
      readonly format: RuleFormat;
    }
  | {
      readonly kind: 'criteria';
      readonly ranges: readonly string[];
      readonly criterion: CriterionKind;
      readonly values?: readonly (number | string)[];
      readonly format: RuleFormat;
    }
  | {
      readonly kind: 'gradient';
      readonly ranges: readonly string[];
      readonly min: GradientPoint;
      readonly mid?: GradientPoint;
      readonly max: GradientPoint;
    };

export interface NamedRangeSpec {
  /** Letters, digits and underscores, not starting with a digit, e.g. 'KpiKit_SelectedPeriod'. */
  readonly name: string;
  /** On the sheet that carries it. */
  readonly a1: string;
}

export interface DeveloperMetadataSpec {
  readonly key: string;
  readonly value: string;
}

export interface ColumnWidthSpec {
  readonly column: number;
  /** Pixels. */
  readonly width: number;
}

/** What a rebuild writes back in a user's cell: one of listed values, or any number in a range. */
export type UserChoiceSpec = {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
} & (
  | {
      /** A value the cell may hold (as text) → the value to write back. */
      readonly keep: Readonly<Record<string, string>>;
    }
  | {
      /** A number the cell may hold, written back as it is: greater than `above`, at most `atMost`. */
      readonly keepNumber: { readonly above: number; readonly atMost: number };
    }
);

/** A native chart floating over a sheet, as data (the applier builds it with Sheet.newChart()). */
export interface ChartSpec {
  /**
   * Stable name of the chart within its sheet ('kpiOverTime'): a rebuild finds the chart it made for
   * this key by the chart id it recorded, and replaces that chart in place.
   */
  readonly key: string;
  readonly type: 'line' | 'column' | 'bar' | 'pie';
  /** Source ranges, each on a named sheet; the first column is the domain, the first row the headers. */
  readonly ranges: readonly { readonly sheet: string; readonly a1: string }[];
  /** Rows of the ranges that are headers (series names). */
  readonly numHeaders: number;
  /** Anchor cell (1-based) and pixel offsets. */
  readonly position: { readonly row: number; readonly column: number };
  /** Google Charts options as setOption takes them: title, colors, series, legend, axes, width, height. */
  readonly options: Readonly<Record<string, unknown>>;
  /** What the chart shows, in words: its text alternative where charts are drawn (the playground). */
  readonly description: string;
}

export interface SheetSpec {
  /** The sheet's name as the build decided it (e.g. 'Objectifs', or 'Objectifs (2)' beside a foreign sheet). */
  readonly name: string;
  readonly role: SheetRole;
  readonly tabColor?: string;
  readonly frozenRows?: number;
  readonly frozenColumns?: number;
  readonly columnWidths?: readonly ColumnWidthSpec[];
  /** 1-based column numbers to hide. */
  readonly hiddenColumns?: readonly number[];
  /** 1-based row numbers to hide. */
  readonly hiddenRows?: readonly number[];
  /** The content. The applier writes the bounding box of all blocks from A1 in one batch per property. */
  readonly blocks: readonly CellBlock[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /** Whole-sheet protection; always warning-only (a nudge against accidents, not a lock). */
  readonly protection?: {
    readonly description: string;
    /** A1 ranges left out of the protection: cells the user is meant to change (e.g. a period selector). */
    readonly unprotected?: readonly string[];
  };
  readonly namedRanges?: readonly NamedRangeSpec[];
  /**
   * Cells the user sets, such as the Scorecard's period dropdown and its parameters. On a rebuild, the
   * value the cell holds is written back instead of the layout's when `keep` lists it (mapped to what to
   * write: the same period in the plan's new language) or, for `keepNumber`, when it is a number in the
   * range; otherwise the layout's value is written. A rebuild never undoes a choice that still makes
   * sense. The applier reads all of them in one call.
   */
  readonly userChoices?: readonly UserChoiceSpec[];
  /** Extra developer metadata on the sheet (the applier always adds `kpikit.role`). */
  readonly metadata?: readonly DeveloperMetadataSpec[];
  /**
   * Top-left cell of the area the applier writes (default A1): a rebuild keeps a grid below the rows
   * and right of the columns a user inserted before it. Blocks are positioned on the sheet, not from here.
   */
  readonly origin?: { readonly row: number; readonly column: number };
  /**
   * Areas the sheet's previous rendering used that this one does not, cleared (contents, formats,
   * notes, validations) after the new grid is written. A rebuild lists them only once everything in
   * them has been put back elsewhere or archived; cells outside the written area and these are never
   * touched.
   */
  readonly clear?: readonly Rect[];
  /** Native charts KPI Kit owns on this sheet; a user's own charts are never touched. */
  readonly charts?: readonly ChartSpec[];
}

export interface WorkbookPlan {
  /** In tab order. */
  readonly sheets: readonly SheetSpec[];
  /** Name of the sheet to show when the build ends. */
  readonly activeSheet?: string;
}

/** Developer-metadata key the applier puts on every sheet KPI Kit creates; its value is the SheetRole. */
export const ROLE_METADATA_KEY = 'kpikit.role';
