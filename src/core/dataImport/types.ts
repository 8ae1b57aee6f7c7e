import type { Translated } from '../i18n';

// The shapes the data import passes between its steps: text → table → typed columns → records by day.
// Plain data, JSON all the way (google.script.run and the preview carry them as they are).

/** What a CSV parser gives back: rows of fields, each with the file line it starts on (1-based). */
export interface CsvParseResult {
  readonly rows: readonly { readonly line: number; readonly fields: readonly string[] }[];
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

/**
 * A maintained CSV parser behind a seam (Papa Parse on the server, src/server/dataImport/csv.ts): the
 * core stays free of it, and of its DOM types. Lines are counted from 1 in `text`.
 */
export type CsvParser = (text: string, delimiter: string) => CsvParseResult;

export type ColumnType = 'date' | 'number' | 'percent' | 'text' | 'empty';

/** How finely the file's dates cut time. */
export type Granularity = 'day' | 'week' | 'month';

/** A row or a cell the import skipped, and why, in both languages. */
export interface Skipped {
  /** 1-based line of the file. */
  readonly line: number;
  readonly column?: string;
  readonly why: Translated;
}

export interface ImportColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** The first non-empty cell, as written, for the preview. */
  readonly sample: string;
}

/** A row the import will keep: its day and each column's value (number, text, or null when empty). */
export interface ImportRecord {
  readonly line: number;
  /** Days since 1970-01-01 (src/core/calendarDate.ts). */
  readonly day: number;
  readonly values: readonly (number | string | null)[];
}

export interface ImportTable {
  readonly columns: readonly ImportColumn[];
  /** Index in `columns` of the column the rows are dated by. */
  readonly dateColumn: number;
  readonly granularity: Granularity;
  readonly records: readonly ImportRecord[];
  /** Lines skipped: comments, titles, totals, bad rows. */
  readonly skipped: readonly Skipped[];
  /** Lines read as a totals row (a subset of `skipped`). */
  readonly totals: readonly number[];
  readonly delimiter: string;
  /** The language the headers are written in, when they say. */
  readonly language?: 'fr' | 'en';
  /** A vendor recognised from the headers ('GA4', 'Search Console'...), else undefined. */
  readonly vendor?: string;
}

export type TableResult =
  ({ readonly ok: true } & ImportTable) | { readonly ok: false; readonly problems: readonly Skipped[] };
