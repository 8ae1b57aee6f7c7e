/**
 * Calls a script's custom function from a cell with the arguments Sheets passes: a single cell → its
 * value, a range → a 2-D array ("" for blanks, Date for date-formatted cells, 0.1 for 10%), and spills
 * a 2-D result into the neighbouring cells. A thrown Error becomes #ERROR! carrying its message.
 *
 * HyperFormula must know an array result's size before evaluating (ArraySize prediction), whereas
 * Sheets sizes the spill after the call. The prediction therefore makes a trial call with the values
 * present when the formula is written; dev/README.md lists the consequence.
 */
import { ArraySize, FunctionPlugin, HyperFormula } from 'hyperformula';
import { SpillTracker, activeContext, activeSpill, type EvaluationContext } from './activeEngine';
import {
  CellError,
  EmptyValue,
  ErrorType,
  SimpleRangeValue,
  errorText,
  isDate,
  isRichNumber,
} from './sheetsValues';

/** The parts of HyperFormula's (unexported) AST that this plugin reads. */
interface AddressLike {
  toSimpleCellAddress(base: { sheet: number; row: number; col: number }): {
    sheet: number;
    row: number;
    col: number;
  };
}
interface ArgAst {
  type: string;
  reference?: AddressLike;
  start?: AddressLike;
  end?: AddressLike;
}
interface CallAst {
  args: ArgAst[];
}
interface State {
  formulaAddress: { sheet: number; row: number; col: number };
}

/** Thrown inside the plugin when an argument is an error: Sheets shows that error instead of calling. */
class ArgumentError {
  constructor(readonly error: CellError) {}
}

type Plugin = FunctionPlugin & {
  evaluateAst(ast: unknown, state: unknown): unknown;
  arraySizeForAst(ast: unknown, state: unknown): ArraySize;
  returnNumberWrapper(value: number, type: string): unknown;
};

function toScript(value: unknown, context: EvaluationContext, dateCell: boolean, inRange: boolean): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) {
    if (!inRange) throw new ArgumentError(value);
    return errorText(value);
  }
  if (isRichNumber(value)) {
    const isDateType = /Date|Time/.test(value.constructor.name);
    return dateCell || isDateType ? context.serialToDate(value.val) : value.val;
  }
  if (typeof value === 'number' && dateCell) return context.serialToDate(value);
  return value;
}

function argumentValues(plugin: Plugin, ast: CallAst, state: State, context: EvaluationContext): unknown[] {
  return ast.args.map((arg) => {
    const value = plugin.evaluateAst(arg, state);
    if (value instanceof SimpleRangeValue) {
      const origin =
        arg.type === 'CELL_RANGE' && arg.start
          ? arg.start.toSimpleCellAddress(state.formulaAddress)
          : undefined;
      return value.data.map((row, r) =>
        row.map((cell, c) =>
          toScript(
            cell,
            context,
            origin ? context.isDateCell(origin.sheet, origin.row + r, origin.col + c) : false,
            true,
          ),
        ),
      );
    }
    const ref =
      arg.type === 'CELL_REFERENCE' && arg.reference
        ? arg.reference.toSimpleCellAddress(state.formulaAddress)
        : undefined;
    return toScript(value, context, ref ? context.isDateCell(ref.sheet, ref.row, ref.col) : false, false);
  });
}

/** A returned value as a cell value; a Date becomes a date-typed serial, so the cell shows a date. */
function fromScript(plugin: Plugin, value: unknown, context: EvaluationContext): unknown {
  if (value === null || value === undefined || value === '') return EmptyValue;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDate(value)) {
    // Same rule as a Date written with setValue: a date format at midnight, else date-time.
    const serial = context.dateToSerial(value);
    return plugin.returnNumberWrapper(serial, Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME');
  }
  return String(value);
}

/** A script result as a 2-D array (a 1-D array is a column, as Sheets shows it). */
function resultRows(result: unknown): unknown[][] | undefined {
  if (!Array.isArray(result)) return undefined;
  if (result.length === 0) return [['']];
  return result.map((row: unknown) => (Array.isArray(row) ? (row.length === 0 ? [''] : row) : [row]));
}

function call(plugin: Plugin, name: string, ast: CallAst, state: State): unknown {
  const context = activeContext();
  const fn = context?.customFunction(name);
  if (!context || !fn) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
  let args: unknown[];
  try {
    args = argumentValues(plugin, ast, state, context);
  } catch (error) {
    if (error instanceof ArgumentError) return error.error;
    throw error;
  }
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    const message =
      error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
        ? String((error as { message: unknown }).message)
        : String(error);
    return new CellError(ErrorType.ERROR, message);
  }
  const rows = resultRows(result);
  const height = rows ? rows.length : 1;
  const width = rows ? Math.max(...rows.map((r) => r.length)) : 1;
  const fits = noteSize(state, height, width);
  if (!rows) return fromScript(plugin, result, context);
  // A result larger than the spill HyperFormula reserved is cut to it for now (HyperFormula cannot
  // grow a spill while computing); the engine then writes the formula again to resize it.
  const h = Math.min(height, fits.height);
  const w = Math.min(width, fits.width);
  const data = rows
    .slice(0, h)
    .map((row) => Array.from({ length: w }, (_, c) => fromScript(plugin, row[c], context))) as never[][];
  if (h === 1 && w === 1) return data[0]?.[0] ?? EmptyValue;
  return SimpleRangeValue.onlyValues(data);
}

/**
 * After a real call: asks for a re-write when the result no longer has the predicted size, and
 * returns the size HyperFormula reserved (unbounded while predicting or when unknown).
 */
function noteSize(state: State, height: number, width: number): { height: number; width: number } {
  const unbounded = { height: Number.POSITIVE_INFINITY, width: Number.POSITIVE_INFINITY };
  const spill = activeSpill();
  if (!spill || spill.predicting > 0) return unbounded;
  const key = SpillTracker.key(state.formulaAddress);
  const predicted = spill.predicted.get(key);
  if (predicted === undefined) return unbounded;
  if (predicted !== `${height}x${width}`) spill.resize.add(key);
  const [h, w] = predicted.split('x').map(Number) as [number, number];
  return { height: h, width: w };
}

function predictSize(plugin: Plugin, name: string, ast: CallAst, state: State): ArraySize {
  const spill = activeSpill();
  let size = ArraySize.scalar();
  if (spill) spill.predicting += 1;
  try {
    const result = call(plugin, name, ast, state);
    if (result instanceof SimpleRangeValue) size = new ArraySize(result.width(), result.height());
  } catch {
    // The arguments could not be evaluated yet: assume a single value.
  } finally {
    if (spill) spill.predicting -= 1;
  }
  spill?.predicted.set(SpillTracker.key(state.formulaAddress), `${size.height}x${size.width}`);
  return size;
}

const registered = new Set<string>();

/** Registers `name` (upper case) in HyperFormula once; engines built afterwards can call it. */
export function registerCustomFunctionName(name: string): void {
  const id = name.toUpperCase();
  if (registered.has(id)) return;
  class CustomFunctionPlugin extends FunctionPlugin {
    static override implementedFunctions = {
      [id]: { method: 'callScript', sizeOfResultArrayMethod: 'scriptSize', vectorizationForbidden: true },
    };
    callScript(ast: CallAst, state: State): unknown {
      return call(this as unknown as Plugin, id, ast, state);
    }
    scriptSize(ast: CallAst, state: State): ArraySize {
      return predictSize(this as unknown as Plugin, id, ast, state);
    }
  }
  HyperFormula.registerFunctionPlugin(CustomFunctionPlugin as never, { enGB: { [id]: id } });
  registered.add(id);
}
