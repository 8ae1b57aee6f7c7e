/**
 * A1 notation: parse, format and convert column letters, as Apps Script's `getRange(a1)` and
 * `getA1Notation()` do.
 *
 * Assumptions about real Sheets / Apps Script (to check against a real spreadsheet):
 * - An invalid A1 string makes `getRange` throw `Exception: Range not found`; we throw
 *   `new Error('Range not found')` (Apps Script prefixes "Exception: " when printing).
 * - Sheets allows at most 18,278 columns (A..ZZZ); a column past ZZZ is "Range not found". Whether a
 *   column that exists in Sheets' limits but not in the sheet's grid (e.g. XFE1 on a 26-column sheet)
 *   fails is a grid check, left to the caller that knows the sheet's size.
 * - Rows are capped at 10,000,000 (Sheets' cell limit for a one-column spreadsheet).
 * - Letters are case-insensitive ("a1" = "A1"); `$` anchors are accepted and dropped; leading zeros in
 *   row numbers are accepted ("A01" = "A1") but row 0 is not. No whitespace is trimmed.
 * - Accepted shapes: "A1", "A1:C3", "A:C" (whole columns), "2:5" (whole rows), "B2:D" / "D:B2" (columns
 *   B..D from row 2 down, open at the bottom), "B2:5" / "5:B2" (rows 2..5 from column B rightwards, open
 *   at the right). A lone "A" or "2" is not a range. Reversed corners are normalised ("C3:A1" = A1:C3).
 * - Sheet prefix: `'Quoted name'!` with `''` for an apostrophe, or an unquoted name (everything before
 *   the last `!`). `quoteSheetName` leaves a name bare only when it is letters/digits/underscores, does
 *   not start with a digit and cannot be read as a cell (A1, ZZZ9), an R1C1 reference or a boolean;
 *   otherwise quotes it (quoting when not strictly needed is still valid in Sheets).
 */
import { columnToLetters as lettersOf, lettersToColumn as columnOf } from '../../src/core/columnLetters';

/** Sheets' column limit: ZZZ. */
export const MAX_COLUMNS = 18278;
/** Row limit used by the parser (Sheets' 10 million cell limit, one column). */
export const MAX_ROWS = 10_000_000;

/** 1-based, inclusive bounds; a bound is undefined when the range is open on that side. */
export type A1Ref = {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
};

const RANGE_NOT_FOUND = 'Range not found';

function rangeNotFound(): Error {
  return new Error(RANGE_NOT_FOUND);
}

function assertPositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer (1-based), got ${String(value)}.`);
  }
}

/** 1 → "A", 26 → "Z", 27 → "AA", 18278 → "ZZZ". */
export function columnToLetters(col: number): string {
  assertPositiveInteger('columnToLetters(col)', col);
  return lettersOf(col);
}

/** "A" → 1, "aa" → 27 (case-insensitive). Throws on anything but letters. */
export function lettersToColumn(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) {
    throw new RangeError(
      `lettersToColumn(letters) needs column letters such as "A" or "AB", got "${letters}".`,
    );
  }
  return columnOf(letters);
}

/** (1, 1) → "A1"; (1, 1, 3, 3) → "A1:C3". */
export function toA1(row: number, col: number, numRows = 1, numCols = 1): string {
  assertPositiveInteger('toA1(row)', row);
  assertPositiveInteger('toA1(col)', col);
  assertPositiveInteger('toA1(numRows)', numRows);
  assertPositiveInteger('toA1(numCols)', numCols);
  const start = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

const BARE_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const CELL_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/;

/** Quotes a sheet name for an A1 string when needed ("My sheet" → "'My sheet'", "It's" → "'It''s'"). */
export function quoteSheetName(name: string): string {
  const bare =
    BARE_SHEET_NAME.test(name) &&
    !CELL_LIKE.test(name) &&
    !R1C1_LIKE.test(name) &&
    !/^(true|false)$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

type Part = { row?: number; col?: number };

const PART = /^(?:\$?([A-Za-z]+))?(?:\$?(\d+))?$/;

function parsePart(text: string): Part {
  const m = PART.exec(text);
  if (!m || text === '' || text === '$') throw rangeNotFound();
  const [, letters, digits] = m;
  const part: Part = {};
  if (letters !== undefined) {
    if (letters.length > 3) throw rangeNotFound();
    const col = lettersToColumn(letters);
    if (col > MAX_COLUMNS) throw rangeNotFound();
    part.col = col;
  }
  if (digits !== undefined) {
    const row = Number(digits);
    if (row < 1 || row > MAX_ROWS) throw rangeNotFound();
    part.row = row;
  }
  return part;
}

function splitSheet(a1: string): { sheetName?: string; range: string } {
  if (a1.startsWith("'")) {
    let i = 1;
    let name = '';
    for (;;) {
      if (i >= a1.length) throw rangeNotFound();
      const ch = a1[i];
      if (ch === "'") {
        if (a1[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (a1[i + 1] !== '!' || name === '') throw rangeNotFound();
    return { sheetName: name, range: a1.slice(i + 2) };
  }
  const bang = a1.lastIndexOf('!');
  if (bang === -1) return { range: a1 };
  const sheetName = a1.slice(0, bang);
  if (sheetName === '' || sheetName.includes("'")) throw rangeNotFound();
  return { sheetName, range: a1.slice(bang + 1) };
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** Parses an A1 string as `getRange(a1)` does; throws `Error('Range not found')` when it is not one. */
export function parseA1(a1: string): A1Ref {
  const { sheetName, range } = splitSheet(a1);
  const pieces = range.split(':');
  if (pieces.length > 2) throw rangeNotFound();
  const first = parsePart(pieces[0] ?? '');
  const ref: A1Ref = sheetName === undefined ? {} : { sheetName };
  if (pieces.length === 1) {
    if (first.row === undefined || first.col === undefined) throw rangeNotFound();
    return { ...ref, startRow: first.row, endRow: first.row, startColumn: first.col, endColumn: first.col };
  }
  const second = parsePart(pieces[1] ?? '');
  const firstFull = first.row !== undefined && first.col !== undefined;
  const secondFull = second.row !== undefined && second.col !== undefined;
  if (firstFull && secondFull) {
    const [startRow, endRow] = ordered(first.row as number, second.row as number);
    const [startColumn, endColumn] = ordered(first.col as number, second.col as number);
    return { ...ref, startRow, endRow, startColumn, endColumn };
  }
  const cols = [first.col, second.col].filter((c): c is number => c !== undefined);
  const rows = [first.row, second.row].filter((r): r is number => r !== undefined);
  if (!firstFull && !secondFull) {
    // "A:C" or "2:5": both halves must be the same kind.
    if (cols.length === 2 && rows.length === 0) {
      const [startColumn, endColumn] = ordered(cols[0] as number, cols[1] as number);
      return { ...ref, startColumn, endColumn };
    }
    if (rows.length === 2 && cols.length === 0) {
      const [startRow, endRow] = ordered(rows[0] as number, rows[1] as number);
      return { ...ref, startRow, endRow };
    }
    throw rangeNotFound();
  }
  // One full cell and one column ("B2:D") or one row ("B2:5").
  const full = firstFull ? first : second;
  const half = firstFull ? second : first;
  if (half.col !== undefined) {
    const [startColumn, endColumn] = ordered(full.col as number, half.col);
    return { ...ref, startRow: full.row as number, startColumn, endColumn };
  }
  const [startRow, endRow] = ordered(full.row as number, half.row as number);
  return { ...ref, startRow, endRow, startColumn: full.col as number };
}

/** The A1 string of a reference, with its sheet name quoted when needed; the inverse of `parseA1`. */
export function formatRangeA1(ref: A1Ref): string {
  const prefix = ref.sheetName === undefined ? '' : `${quoteSheetName(ref.sheetName)}!`;
  const { startRow, endRow, startColumn, endColumn } = ref;
  const col = (c: number | undefined): string => (c === undefined ? '' : columnToLetters(c));
  const row = (r: number | undefined): string => (r === undefined ? '' : String(r));
  let range: string;
  if (
    startRow === undefined &&
    endRow === undefined &&
    startColumn === undefined &&
    endColumn === undefined
  ) {
    range = '';
  } else if (startRow === undefined && endRow === undefined) {
    range = `${col(startColumn)}:${col(endColumn ?? startColumn)}`;
  } else if (startColumn === undefined && endColumn === undefined) {
    range = `${row(startRow)}:${row(endRow ?? startRow)}`;
  } else if (startRow === endRow && startColumn === endColumn) {
    range = `${col(startColumn)}${row(startRow)}`;
  } else {
    range = `${col(startColumn)}${row(startRow)}:${col(endColumn)}${row(endRow)}`;
  }
  if (range === '') return ref.sheetName === undefined ? '' : quoteSheetName(ref.sheetName);
  return prefix + range;
}
