/**
 * HyperFormula registers function plugins globally, but each emulator has its own custom functions,
 * clock and cell formats. The plugins therefore ask "which engine is evaluating now?": the engine sets
 * itself active around every HyperFormula call that may evaluate (see FormulaEngine.run).
 */

/** What the plugins need from the engine that is evaluating. */
export interface EvaluationContext {
  /** A custom function by upper-case name, if this emulator registered it. */
  customFunction(name: string): ((...args: unknown[]) => unknown) | undefined;
  /** Whether the cell (0-based, HyperFormula sheet id) has a date or time number format. */
  isDateCell(sheet: number, row: number, col: number): boolean;
  /** Sheets serial number of "now" in the spreadsheet's time zone. */
  nowSerial(): number;
  /** Converts a serial number to the Date a custom function receives. */
  serialToDate(serial: number): Date;
  /** The spreadsheet locale (TEXT() formats with it). */
  locale(): string;
  /** Converts a Date returned by a custom function to a serial number. */
  dateToSerial(date: Date): number;
}

/**
 * Array sizes of custom-function formulas: HyperFormula fixes a spill's size when the formula is
 * written; Sheets sizes it after each call. The plugin records the size it predicted and asks for the
 * formula to be written again when a later result has another size (see FormulaEngine.settle).
 */
export class SpillTracker {
  readonly predicted = new Map<string, string>();
  readonly resize = new Set<string>();
  predicting = 0;

  static key(a: { sheet: number; row: number; col: number }): string {
    return `${a.sheet}:${a.row}:${a.col}`;
  }
}

export interface EngineContext extends EvaluationContext {
  spill: SpillTracker;
}

let active: EvaluationContext | undefined;

export function withActiveContext<T>(context: EvaluationContext, fn: () => T): T {
  const previous = active;
  active = context;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

export function activeContext(): EvaluationContext | undefined {
  return active;
}

export function activeSpill(): SpillTracker | undefined {
  return (active as Partial<EngineContext> | undefined)?.spill;
}
