/**
 * One conformance check: an assumption about Sheets or Apps Script that KPI Kit or its emulator relies
 * on, written as code that runs against the real services (dist-conformance/ in Sheets) and against the
 * emulator (npm test). Both must give the answer in `expected`; where that answer is only the emulator's
 * guess, `guess` says so and a run in Sheets settles it.
 */

/** The services a check may use: in Sheets the globals, in the emulator its own. */
export interface Services {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
}

/** A question only eyes can answer (Apps Script cannot read a conditional format's colour). */
export interface Look {
  readonly sheet: string;
  /** The background each cell must show, `null` for no fill: `{ A1: '#ff0000', A2: null }`. */
  readonly backgrounds: Readonly<Record<string, string | null>>;
  /** The question, in words a person answers Yes or No. */
  readonly question: string;
}

/** Answers a Look: true (yes), false (no), null (nobody could look). */
export type Looker = (look: Look) => boolean | null;

export interface CheckContext {
  readonly services: Services;
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The check's own scratch sheet, created before and removed after it. */
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** getSpreadsheetLocale(): the checks give each locale's expected answer. */
  readonly locale: string;
  /** True for locales that read like en_US (`1,234.5`, `6/30/2027`). */
  readonly english: boolean;
  readonly timeZone: string;
  readonly scriptTimeZone: string;
  readonly look: Looker;
}

/** What a check saw; `ok` is expected deep-equal to actual (as JSON). */
export interface Outcome {
  readonly expected: unknown;
  readonly actual: unknown;
  readonly note?: string;
  /** Set when the outcome cannot be decided (nobody could look): ok is then null, and this is the note. */
  readonly undecided?: string;
}

export interface Check {
  /** Stable: results files and dev/README.md refer to checks by id. Never rename one. */
  readonly id: string;
  /** The number of the assumption in dev/README.md ("Assumptions where the real behaviour is uncertain"). */
  readonly assumption: number;
  /** The assumption in one sentence. */
  readonly title: string;
  /** Set when the expected answer is the emulator's guess rather than documented or observed behaviour. */
  readonly guess?: string;
  /** A check that reads what it wrote at once. */
  readonly run?: (context: CheckContext) => Outcome;
  /**
   * A check that needs Sheets to recalculate (custom functions, a look at a colour): `write` puts the
   * cells in place, `read` reads them on the "Read results" menu item, once Sheets has computed them.
   */
  readonly write?: (context: CheckContext) => void;
  readonly read?: (context: CheckContext) => Outcome;
}

/** One line of the results: the shape of runConformanceChecks()'s answer and of the results files. */
export interface CheckResult {
  readonly id: string;
  /** null: not decided yet (waiting for "Read results", skipped, or nobody could look). */
  readonly ok: boolean | null;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly note: string;
}
