import type { CellValue, Grid } from '../cells';
import type { Lang } from '../i18n';
import { isBlank } from '../parse/blank';
import { KpiError, describeCell } from '../parse/kpiError';
import { parseNumericText } from '../parse/number';
import { ERROR_PREFIX, errorText, toSheetsError } from './sheetsError';
import { type NamedArg, type Shape, commonShape } from './shape';

/**
 * Computes one result from the cells that share a position, in the order of the arguments. The array
 * is reused from cell to cell (no allocation per cell): read it, do not keep it. Throw a KpiError for
 * a problem with these cells.
 */
export type CellFn<R> = (cells: readonly unknown[]) => R;

interface Plan {
  readonly shape: Shape | undefined;
  /** The arguments' names, for messages about a whole position. */
  readonly names: readonly string[];
  /** Per argument: its grid when it varies by cell, else undefined. */
  readonly grids: readonly (readonly (readonly CellValue[])[] | undefined)[];
  /** Per argument: its value when it is the same for every cell. */
  readonly scalars: readonly unknown[];
  readonly required: readonly number[];
}

function plan(args: readonly NamedArg[]): Plan {
  for (const arg of args)
    if (arg.required && arg.value === undefined) throw new KpiError('missingArgument', { arg: arg.name });
  const shape = commonShape(args);
  const single = (v: unknown): boolean => Array.isArray(v) && v.length === 1 && v[0]?.length === 1;
  return {
    shape,
    names: args.map((a) => a.name),
    grids: args.map((a) => (Array.isArray(a.value) && !single(a.value) ? (a.value as Grid) : undefined)),
    scalars: args.map((a) =>
      Array.isArray(a.value) ? (single(a.value) ? a.value[0]?.[0] : undefined) : a.value,
    ),
    required: args.flatMap((a, i) => (a.required ? [i] : [])),
  };
}

/**
 * The error for a result no cell can show (NaN, ±Infinity: overflowed or undefined maths on extreme
 * inputs), naming the numbers of the position so the user sees what overflowed. Callers test
 * `x - x !== 0` inline (0 for finite numbers only, no global lookup: see parse/number.ts), so the hot
 * path pays no call.
 */
function notFinite(names: readonly string[], cells: readonly unknown[]): KpiError {
  const values = names
    .flatMap((name, i) => {
      const v = cells[i];
      const numeric = typeof v === 'number' || (typeof v === 'string' && parseNumericText(v) !== undefined);
      return numeric ? [`${name} ${describeCell(v)}`] : [];
    })
    .join(', ');
  return new KpiError('resultNotFinite', { values });
}

/** A row of results with every number finite, or the error for the first that is not. */
function finiteRow<R extends readonly CellValue[]>(fn: CellFn<R>, names: readonly string[]): CellFn<R> {
  return (cells) => {
    const row = fn(cells);
    for (const v of row) if (typeof v === 'number' && v - v !== 0) throw notFinite(names, cells);
    return row;
  };
}

/**
 * Calls `fn` for every position of the common shape, in reading order, and hands `onCell` its result,
 * or undefined for a blank required cell, or the error. One loop for both public functions; no closure
 * or array is created per cell (a million-cell call is the budget).
 */
function forEachPosition<R>(
  p: Plan & { readonly shape: Shape },
  fn: CellFn<R>,
  onCell: (r: number, c: number, result: R | undefined, error: unknown) => void,
): void {
  const { grids, scalars, required, names } = p;
  const { rows, cols } = p.shape;
  const n = scalars.length;
  const nRequired = required.length;
  const cells: unknown[] = scalars.slice();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      for (let k = 0; k < n; k++) {
        const grid = grids[k];
        if (grid !== undefined) cells[k] = grid[r]?.[c];
      }
      let blank = false;
      for (let i = 0; i < nRequired; i++) if (isBlank(cells[required[i] as number])) blank = true;
      if (blank) {
        onCell(r, c, undefined, undefined);
        continue;
      }
      let result: R;
      try {
        result = fn(cells);
        if (typeof result === 'number' && result - result !== 0) throw notFinite(names, cells);
      } catch (error) {
        onCell(r, c, undefined, error ?? new Error('Unexpected error'));
        continue;
      }
      onCell(r, c, result, undefined);
    }
  }
}

/**
 * The common rules of every cell-by-cell custom function: single cells broadcast against ranges of one
 * shape; the result has that shape (a single value when every argument is a single cell); a blank
 * required cell gives `""`; a bad cell in a range shows `⚠ message` in `lang()`, while a bad
 * single-cell call throws that message. A result that is not a finite number (extreme inputs
 * overflowing) is such a problem too: Sheets cannot show NaN or Infinity. Whole-call problems (shapes, missing arguments) throw KpiError.
 */
export function mapCells(
  args: readonly NamedArg[],
  fn: CellFn<CellValue>,
  lang: () => Lang,
): CellValue | Grid {
  const p = plan(args);
  if (!p.shape) {
    const cells = p.scalars;
    if (p.required.some((i) => isBlank(cells[i]))) return '';
    try {
      const result = fn(cells);
      if (typeof result === 'number' && result - result !== 0) throw notFinite(p.names, cells);
      return result;
    } catch (error) {
      throw toSheetsError(error, lang);
    }
  }
  // Rows are copied out of one buffer: slice() makes exact-size arrays, where [] then push() reserves
  // room for 16 cells per row, garbage that dominates a million-row call.
  const lastCol = p.shape.cols - 1;
  const buffer: CellValue[] = [];
  const out: CellValue[][] = [];
  const cell = (result: CellValue | undefined, error: unknown): CellValue =>
    error !== undefined ? ERROR_PREFIX + errorText(error, lang()) : (result ?? '');
  forEachPosition(
    { ...p, shape: p.shape },
    fn,
    lastCol === 0
      ? // A column, the usual case: a one-cell literal is the cheapest row there is.
        (_r, _c, result, error) => out.push([cell(result, error)])
      : (_r, c, result, error) => {
          buffer[c] = cell(result, error);
          if (c === lastCol) out.push(buffer.slice());
        },
  );
  return out;
}

/**
 * Like mapCells, for functions that answer a row per input cell (SMART_CHECK's "detail"): the cells are
 * read row by row and the result has one row of `width` cells for each. A blank or bad cell gives a row
 * of blanks, with the `⚠ message` in its first cell.
 */
export function mapCellsToRows(
  args: readonly NamedArg[],
  fn: CellFn<readonly CellValue[]>,
  width: number,
  lang: () => Lang,
): Grid {
  const p = plan(args);
  const blankRow = (first: CellValue): CellValue[] => {
    const row: CellValue[] = new Array<CellValue>(width).fill('');
    row[0] = first;
    return row;
  };
  if (!p.shape) {
    const cells = p.scalars;
    if (p.required.some((i) => isBlank(cells[i]))) return [blankRow('')];
    try {
      return [finiteRow(fn, p.names)(cells).slice()];
    } catch (error) {
      throw toSheetsError(error, lang);
    }
  }
  const out: CellValue[][] = [];
  forEachPosition({ ...p, shape: p.shape }, finiteRow(fn, p.names), (_r, _c, result, error) => {
    if (error !== undefined) out.push(blankRow(ERROR_PREFIX + errorText(error, lang())));
    else out.push(result ? result.slice() : blankRow(''));
  });
  return out;
}
