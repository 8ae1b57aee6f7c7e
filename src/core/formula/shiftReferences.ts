import { columnToLetters, lettersToColumn } from '../columnLetters';

/**
 * Shifts the A1 references of a formula. Two uses, one tokenizer:
 * - a copy (the default): relative references move, as Sheets does when a formula is copied, or a
 *   conditional-format formula written for the top-left cell of its range is applied to another cell
 *   (the emulator's view; a rebuild that moves a formula typed in Tracking to its KPI's new row);
 * - a relocation (`absolute: true`, usually with `sheet`): every reference to the cells of one sheet
 *   moves, "$" or not, as Sheets does when rows are inserted above them (a rebuild that keeps a
 *   Tracking grid below the rows a user inserted above it).
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

/** Sheets' column limit: ZZZ. */
const MAX_COLUMNS = 18278;
/** Row limit (Sheets' 10 million cell limit, one column). */
const MAX_ROWS = 10_000_000;

export interface ShiftOptions {
  /** Move "$" parts too (a relocation of the cells referred to, not a copy of the formula). */
  readonly absolute?: boolean;
  /**
   * Only references to `target` move: prefixed with its name, or unprefixed in a formula that lives on
   * `current`. Names compare without case, as Sheets does.
   */
  readonly sheet?: { readonly current: string; readonly target: string };
}

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
function shiftPart(
  p: RefPart,
  original: string,
  dRows: number,
  dCols: number,
  absolute: boolean,
): string | null {
  const colMoves = p.col !== undefined && (absolute || !p.colAbs) && dCols !== 0;
  const rowMoves = p.row !== undefined && (absolute || !p.rowAbs) && dRows !== 0;
  if (!colMoves && !rowMoves) return original;
  let text = '';
  if (p.col !== undefined) {
    const col = colMoves ? p.col + dCols : p.col;
    if (col < 1 || col > MAX_COLUMNS) return null;
    text += (p.colAbs ? '$' : '') + columnToLetters(col);
  }
  if (p.row !== undefined) {
    const row = rowMoves ? p.row + dRows : p.row;
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

/** Shifts the relative references of `formula` by `dRows` rows and `dCols` columns (a copy). */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  return shiftReferences(formula, dRows, dCols);
}

/** The sheet name a prefix such as `'It''s'!` or `Data!` names. */
function prefixName(prefix: string): string {
  const bare = prefix.slice(0, -1);
  return bare.startsWith("'") ? bare.slice(1, -1).replace(/''/g, "'") : bare;
}

/** Shifts the references of `formula` by `dRows` rows and `dCols` columns, as `options` say. */
export function shiftReferences(
  formula: string,
  dRows: number,
  dCols: number,
  options: ShiftOptions = {},
): string {
  if (!Number.isInteger(dRows) || !Number.isInteger(dCols)) {
    throw new RangeError(`shiftReferences needs integer offsets, got dRows=${dRows}, dCols=${dCols}.`);
  }
  const absolute = options.absolute ?? false;
  const target = options.sheet?.target.toLowerCase();
  const current = options.sheet?.current.toLowerCase();
  /** Whether the reference being read (prefixed at `out[prefixAt]`, or not) is one to move. */
  const movesHere = (prefix: string | undefined): boolean =>
    target === undefined || (prefix === undefined ? current : prefixName(prefix).toLowerCase()) === target;
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
    const here = movesHere(prefixAt === null ? undefined : out[prefixAt]);
    const dr = here ? dRows : 0;
    const dc = here ? dCols : 0;
    let replacement: string | null | undefined;
    let consumed = end;
    if (first && formula[end] === ':') {
      const secondEnd = readWord(formula, end + 1);
      const secondWord = formula.slice(end + 1, secondEnd);
      const second = parsePart(secondWord);
      if (second && validRange(first, second)) {
        const a = shiftPart(first, word, dr, dc, absolute);
        const b = shiftPart(second, secondWord, dr, dc, absolute);
        replacement = a === null || b === null ? null : `${a}:${b}`;
        consumed = secondEnd;
      }
    }
    if (replacement === undefined && first && isFull(first)) {
      replacement = shiftPart(first, word, dr, dc, absolute);
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
