import vm from 'node:vm';
import { type StubOptions, type Stubs, createStubs } from '../helpers/appsScriptStubs';
import { loadCodeJs } from '../helpers/codeJs';

type CustomFunction = (...args: unknown[]) => unknown;

export interface Sheet {
  readonly stubs: Stubs;
  readonly context: vm.Context;
  readonly KPI_VARIANCE: CustomFunction;
  readonly SMART_CHECK: CustomFunction;
  readonly KPI_PACE: CustomFunction;
  readonly KPI_FORECAST: CustomFunction;
  readonly KPI_TRAJECTORY: CustomFunction;
  readonly KPI_NEEDED: CustomFunction;
  /** A Date made inside the script's realm, as Sheets hands date cells (month 1–12). */
  date(year: number, month: number, day: number): Date;
  /** A Date made inside the script's realm from a timestamp (NaN gives an invalid Date). */
  dateAt(time: number): Date;
}

/** dist/Code.js loaded as Sheets loads it for a custom function call, with a spreadsheet in `spreadsheetLocale`. */
export function openSheet(options: Partial<StubOptions> = {}): Sheet {
  const stubs = createStubs({ authMode: 'CUSTOM_FUNCTION', ...options });
  const context = loadCodeJs(stubs.globals);
  const fn = (name: string): CustomFunction => context[name] as CustomFunction;
  return {
    stubs,
    context,
    KPI_VARIANCE: fn('KPI_VARIANCE'),
    SMART_CHECK: fn('SMART_CHECK'),
    KPI_PACE: fn('KPI_PACE'),
    KPI_FORECAST: fn('KPI_FORECAST'),
    KPI_TRAJECTORY: fn('KPI_TRAJECTORY'),
    KPI_NEEDED: fn('KPI_NEEDED'),
    date: (year, month, day) => vm.runInContext(`new Date(${year}, ${month - 1}, ${day})`, context) as Date,
    dateAt: (time) => vm.runInContext(`new Date(${time})`, context) as Date,
  };
}

/** A column range as Sheets passes it: [[a], [b], ...]. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/**
 * What a call throws. Errors from dist/Code.js come from another realm, so `instanceof Error` is false
 * here; this checks the brand instead and fails the test when nothing, or a non-Error, is thrown.
 */
export function thrownBy(call: () => unknown): Error {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  if (Object.prototype.toString.call(thrown) !== '[object Error]')
    throw new Error(`expected an Error to be thrown, got ${String(thrown)}`);
  return thrown as Error;
}
