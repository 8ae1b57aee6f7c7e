import { MAX_COLUMNS, MAX_ROWS, columnToLetters, lettersToColumn } from '../a1';

/**
 * Shifts the relative A1 references of a formula, as Sheets does when a conditional-format formula
 * written for the top-left cell of its range is applied to another cell (or a formula is copied).
 *
 * Assumptions about real Sheets (to check against a real spreadsheet):
 * - "$" pins what follows it: `$C2` keeps the column, `C$2` keeps the row, `$C$2` is fixed.
 * - Shifted: single cells, ranges (A2:A10), whole columns (A:C), whole rows (2:5), open-ended ranges
 *   (A2:A), each optionally sheet-qualified (Sheet1!A1, 'My sheet'!A1:B2).
 * - Not touched: text in string literals, function names (a name followed by "(": LOG10, ATAN2),
 *   named ranges and other names (Sheets forbids names that look like cells), TRUE/FALSE, numbers
 *   (1E5, 1.5e-3, 2.), error literals (#REF!, #N/A, #DIV/0!).
 * - A reference pushed above row 1, left of column A, or past row 10,000,000 / column ZZZ becomes
 *   "#REF!", sheet prefix included; for a range, one bad corner makes the whole range "#REF!".
 * - Whitespace and everything else is kept byte for byte, and so is a reference that does not move
 *   (a shift of (0, 0) returns the formula unchanged); a moved reference is written in upper case.
 */

type RefPart = {
  colAbs: boolean;
  col?: number;
  rowAbs: boolean;
  row?: number;
};

const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

function parsePart(word: string): RefPart | null {
  const m = PART.exec(word);
  if (!m) return null;
  const [, colDollar = '', letters, rowDollar = '', digits] = m;
  if (letters === undefined && digits === undefined) return null;
  // "$" between letters and digits, or before digits alone, only makes sense with something after it.
  if (rowDollar !== '' && digits === undefined) return null;
  if (colDollar !== '' && letters === undefined && rowDollar === '') {
    // "$2" is a row anchor written with a single dollar: treat it as "$" on the row.
    return { colAbs: false, rowAbs: true, row: Number(digits) };
  }
  const part: RefPart = { colAbs: colDollar !== '', rowAbs: rowDollar !== '' };
  if (letters !== undefined) part.col = lettersToColumn(letters);
  if (digits !== undefined) {
    const row = Number(digits);
    if (row < 1) return null;
    part.row = row;
  }
  return part;
}

const isFull = (p: RefPart): boolean => p.col !== undefined && p.row !== undefined;
const isColumn = (p: RefPart): boolean => p.col !== undefined && p.row === undefined;
const isRow = (p: RefPart): boolean => p.col === undefined && p.row !== undefined;

function validRange(a: RefPart, b: RefPart): boolean {
  if (isFull(a) && isFull(b)) return true;
  if (isColumn(a) && isColumn(b)) return true;
  if (isRow(a) && isRow(b)) return true;
  // Open-ended "A2:A" / "A:A2".
  return (isFull(a) && isColumn(b)) || (isColumn(a) && isFull(b));
}

/** The shifted text of one part (`original` when nothing moves), or null when it falls off the sheet. */
function shiftPart(p: RefPart, original: string, dRows: number, dCols: number): string | null {
  const moves =
    (p.col !== undefined && !p.colAbs && dCols !== 0) || (p.row !== undefined && !p.rowAbs && dRows !== 0);
  if (!moves) return original;
  let text = '';
  if (p.col !== undefined) {
    const col = p.colAbs ? p.col : p.col + dCols;
    if (col < 1 || col > MAX_COLUMNS) return null;
    text += (p.colAbs ? '$' : '') + columnToLetters(col);
  }
  if (p.row !== undefined) {
    const row = p.rowAbs ? p.row : p.row + dRows;
    if (row < 1 || row > MAX_ROWS) return null;
    text += (p.rowAbs ? '$' : '') + String(row);
  }
  return text;
}

const WORD_CHAR = /[\p{L}\p{N}_.$]/u;

function readWord(formula: string, start: number): number {
  let i = start;
  while (i < formula.length && WORD_CHAR.test(formula[i] as string)) i += 1;
  return i;
}

/** Shifts the relative references of `formula` by `dRows` rows and `dCols` columns. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (!Number.isInteger(dRows) || !Number.isInteger(dCols)) {
    throw new RangeError(`shiftFormula needs integer offsets, got dRows=${dRows}, dCols=${dCols}.`);
  }
  const out: string[] = [];
  // Where the sheet prefix of the reference being read starts in `out`, so "#REF!" can replace it.
  let prefixAt: number | null = null;
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i] as string;
    if (ch === '"') {
      // String literal, "" is an escaped quote.
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j += 1;
      }
      out.push(formula.slice(i, j + 1));
      i = j + 1;
      prefixAt = null;
      continue;
    }
    if (ch === "'") {
      // Quoted sheet name.
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j += 1;
      }
      const end = formula[j + 1] === '!' ? j + 2 : j + 1;
      prefixAt = formula[j + 1] === '!' ? out.length : null;
      out.push(formula.slice(i, end));
      i = end;
      continue;
    }
    if (ch === '#') {
      const m = /^#[A-Za-z0-9/]+[!?]?/.exec(formula.slice(i));
      const text = m ? m[0] : '#';
      out.push(text);
      i += text.length;
      prefixAt = null;
      continue;
    }
    if (!WORD_CHAR.test(ch)) {
      out.push(ch);
      i += 1;
      prefixAt = null;
      continue;
    }
    let end = readWord(formula, i);
    let word = formula.slice(i, end);
    const next = formula[end];
    if (next === '(') {
      out.push(word);
      i = end;
      prefixAt = null;
      continue;
    }
    if (next === '!') {
      prefixAt = out.length;
      out.push(`${word}!`);
      i = end + 1;
      continue;
    }
    // A number with an exponent sign: 1E+5, 2.5e-3.
    if (
      /^(\d+\.?\d*|\.\d+)[eE]$/.test(word) &&
      (next === '+' || next === '-') &&
      /\d/.test(formula[end + 1] ?? '')
    ) {
      end = readWord(formula, end + 1);
      word = formula.slice(i, end);
    }
    const first = parsePart(word);
    let replacement: string | null | undefined;
    let consumed = end;
    if (first && formula[end] === ':') {
      const secondEnd = readWord(formula, end + 1);
      const secondWord = formula.slice(end + 1, secondEnd);
      const second = parsePart(secondWord);
      if (second && validRange(first, second)) {
        const a = shiftPart(first, word, dRows, dCols);
        const b = shiftPart(second, secondWord, dRows, dCols);
        replacement = a === null || b === null ? null : `${a}:${b}`;
        consumed = secondEnd;
      }
    }
    if (replacement === undefined && first && isFull(first)) {
      replacement = shiftPart(first, word, dRows, dCols);
    }
    if (replacement === undefined) {
      // A name, a boolean, a number or a lone column/row that is not a reference.
      out.push(word);
    } else if (replacement === null) {
      if (prefixAt !== null) out.length = prefixAt;
      out.push('#REF!');
    } else {
      out.push(replacement);
    }
    prefixAt = null;
    i = consumed;
  }
  return out.join('');
}
