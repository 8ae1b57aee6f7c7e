/**
 * Functions Sheets has and HyperFormula 3.5 lacks (or computes from the host clock), so the workbook
 * builder's formulas do not read as #NAME?. dev/README.md lists which are native and which are here.
 */
import { ArraySize, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import { activeContext } from './activeEngine';
import { CellError, EmptyValue, ErrorType, SimpleRangeValue, isRichNumber } from './sheetsValues';
import { matchesCriterion } from './criteria';
import { formatForDisplay } from '../view/numberFormat';
import { UNIX_EPOCH_SERIAL } from '../serial';

type Range = SimpleRangeValue;

function numbersOf(range: Range): Array<number | undefined> {
  return range.data.flat().map((v) => {
    const n = isRichNumber(v) ? v.val : v;
    return typeof n === 'number' ? n : undefined;
  });
}

/** Least-squares line through the pairs where both values are numbers. */
function regression(ys: Range, xs: Range): { slope: number; intercept: number } | CellError {
  if (ys.width() * ys.height() !== xs.width() * xs.height())
    return new CellError(ErrorType.NA, 'Ranges differ in size.');
  const y = numbersOf(ys);
  const x = numbersOf(xs);
  const pairs: Array<[number, number]> = [];
  y.forEach((yv, i) => {
    const xv = x[i];
    if (yv !== undefined && xv !== undefined) pairs.push([xv, yv]);
  });
  if (pairs.length < 2) return new CellError(ErrorType.DIV_BY_ZERO, 'Not enough numeric pairs.');
  const mx = pairs.reduce((s, [a]) => s + a, 0) / pairs.length;
  const my = pairs.reduce((s, [, b]) => s + b, 0) / pairs.length;
  const sxx = pairs.reduce((s, [a]) => s + (a - mx) ** 2, 0);
  if (sxx === 0) return new CellError(ErrorType.DIV_BY_ZERO, 'Known x values have no variance.');
  const sxy = pairs.reduce((s, [a, b]) => s + (a - mx) * (b - my), 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

function sequenceLike(range: Range): Range {
  let i = 0;
  return SimpleRangeValue.onlyValues(range.data.map((row) => row.map(() => ++i)));
}

const RANGE = { argumentType: FunctionArgumentType.RANGE };
const ANY = { argumentType: FunctionArgumentType.ANY };
const NUMBER = { argumentType: FunctionArgumentType.NUMBER };

export class SheetsFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    SPARKLINE: {
      method: 'sparkline',
      parameters: [ANY, { ...ANY, optionalArg: true }],
      vectorizationForbidden: true,
    },
    INTERCEPT: { method: 'intercept', parameters: [RANGE, RANGE] },
    FORECAST: { method: 'forecast', parameters: [NUMBER, RANGE, RANGE] },
    'FORECAST.LINEAR': { method: 'forecast', parameters: [NUMBER, RANGE, RANGE] },
    TREND: {
      method: 'trend',
      sizeOfResultArrayMethod: 'trendSize',
      parameters: [RANGE, { ...RANGE, optionalArg: true }, { ...RANGE, optionalArg: true }],
      vectorizationForbidden: true,
    },
    AVERAGEIFS: { method: 'averageifs', parameters: [RANGE, RANGE, ANY], repeatLastArgs: 2 },
    LOOKUP: { method: 'lookup', parameters: [ANY, RANGE, { ...RANGE, optionalArg: true }] },
    TEXT: {
      method: 'text',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    PI: { method: 'pi', parameters: [] },
    TODAY: { method: 'today', parameters: [], isVolatile: true },
    NOW: { method: 'now', parameters: [], isVolatile: true },
  };

  sparkline(ast: never, state: never): unknown {
    // Sheets draws a chart in the cell; the emulator shows a placeholder text instead.
    return this.runFunction(
      (ast as { args: never }).args,
      state,
      this.metadata('SPARKLINE'),
      () => '(sparkline)',
    );
  }

  intercept(ast: never, state: never): unknown {
    return this.runFunction(
      (ast as { args: never }).args,
      state,
      this.metadata('INTERCEPT'),
      (ys: Range, xs: Range) => {
        const line = regression(ys, xs);
        return line instanceof CellError ? line : line.intercept;
      },
    );
  }

  forecast(ast: never, state: never): unknown {
    return this.runFunction(
      (ast as { args: never }).args,
      state,
      this.metadata('FORECAST'),
      (x: number, ys: Range, xs: Range) => {
        const line = regression(ys, xs);
        return line instanceof CellError ? line : line.intercept + line.slope * x;
      },
    );
  }

  trend(ast: never, state: never): unknown {
    return this.runFunction(
      (ast as { args: never }).args,
      state,
      this.metadata('TREND'),
      (ys: Range, xs?: Range, newXs?: Range) => {
        const known = xs ?? sequenceLike(ys);
        const line = regression(ys, known);
        if (line instanceof CellError) return line;
        const target = newXs ?? known;
        return SimpleRangeValue.onlyValues(
          target.data.map((row) =>
            row.map((v) => {
              const x = isRichNumber(v) ? v.val : v;
              return typeof x === 'number'
                ? line.intercept + line.slope * x
                : new CellError(ErrorType.VALUE, 'x is not a number.');
            }),
          ),
        );
      },
    );
  }

  trendSize(ast: { args: unknown[] }, state: unknown): ArraySize {
    const plugin = this as unknown as { arraySizeForAst(a: unknown, s: unknown): ArraySize };
    const source = ast.args[2] ?? ast.args[1] ?? ast.args[0];
    if (source === undefined) return ArraySize.error();
    const size = plugin.arraySizeForAst(source, state);
    // A range argument is sized as a reference; the result is plain values of the same shape.
    return new ArraySize(size.width, size.height);
  }

  averageifs(ast: never, state: never): unknown {
    return this.runFunction(
      (ast as { args: never }).args,
      state,
      this.metadata('AVERAGEIFS'),
      (values: Range, ...conditions: unknown[]) => {
        const cells = values.data.flat();
        let sum = 0;
        let count = 0;
        for (let i = 0; i < cells.length; i++) {
          let ok = true;
          for (let k = 0; k < conditions.length; k += 2) {
            const range = conditions[k] as Range;
            if (range.width() !== values.width() || range.height() !== values.height()) {
              return new CellError(ErrorType.VALUE, 'AVERAGEIFS ranges must have the same size.');
            }
            if (!matchesCriterion(range.data.flat()[i], conditions[k + 1])) {
              ok = false;
              break;
            }
          }
          const v = cells[i];
          const n = isRichNumber(v) ? v.val : v;
          if (ok && typeof n === 'number') {
            sum += n;
            count += 1;
          }
        }
        return count === 0 ? new CellError(ErrorType.DIV_BY_ZERO, 'No cell matches.') : sum / count;
      },
    );
  }

  lookup(ast: never, state: never): unknown {
    return this.runFunction(
      (ast as { args: never }).args,
      state,
      this.metadata('LOOKUP'),
      (key: unknown, search: Range, result?: Range) => {
        const keys = search.data.flat().map((v) => (isRichNumber(v) ? v.val : v));
        const wanted = isRichNumber(key) ? key.val : key;
        let found = -1;
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          if (k === EmptyValue) continue;
          if (typeof k === typeof wanted && (k as number | string) <= (wanted as number | string)) found = i;
          else if (typeof k === typeof wanted) break;
        }
        if (found < 0) return new CellError(ErrorType.NA, 'Did not find value in LOOKUP evaluation.');
        const out = (result ?? search).data.flat()[found];
        return out === undefined
          ? new CellError(ErrorType.NA, 'Result range is shorter than the search range.')
          : out;
      },
    );
  }

  /** TEXT(value, format) with Sheets' number formats (HyperFormula's TEXT knows only a few). */
  text(ast: never, state: never): unknown {
    return this.runFunction(
      (ast as { args: never }).args,
      state,
      this.metadata('TEXT'),
      (value: unknown, pattern: string) => {
        const v = isRichNumber(value) ? value.val : value;
        if (v !== null && typeof v === 'object') return new CellError(ErrorType.VALUE, 'TEXT needs a value.');
        const locale = activeContext()?.locale() ?? 'en_US';
        return formatForDisplay(v === EmptyValue ? null : (v as number | string | boolean), pattern, locale);
      },
    );
  }

  /** HyperFormula's PI() has 15 digits; Sheets returns the double closest to pi. */
  pi(ast: never, state: never): unknown {
    return this.runFunction((ast as { args: never }).args, state, this.metadata('PI'), () => Math.PI);
  }

  today(ast: never, state: never): unknown {
    return this.runFunction((ast as { args: never }).args, state, this.metadata('TODAY'), () =>
      this.returnNumberWrapper(Math.floor(nowSerial()), 'NUMBER_DATE' as never),
    );
  }

  now(ast: never, state: never): unknown {
    return this.runFunction((ast as { args: never }).args, state, this.metadata('NOW'), () =>
      this.returnNumberWrapper(nowSerial(), 'NUMBER_DATETIME' as never),
    );
  }
}

function nowSerial(): number {
  const context = activeContext();
  // Outside an emulator (never in practice), fall back to the host clock in UTC.
  return context ? context.nowSerial() : Date.now() / 86_400_000 + UNIX_EPOCH_SERIAL;
}

/** Functions Sheets evaluates over arrays without ARRAYFORMULA (HyperFormula needs a flag for it). */
const ARRAY_ARGUMENT_FUNCTIONS = ['SUMPRODUCT'];

let done = false;
export function registerSheetsFunctions(): void {
  if (done) return;
  for (const id of ARRAY_ARGUMENT_FUNCTIONS) {
    const plugin = HyperFormula.getFunctionPlugin(id) as
      { implementedFunctions?: Record<string, { enableArrayArithmeticForArguments?: boolean }> } | undefined;
    const metadata = plugin?.implementedFunctions?.[id];
    if (metadata) metadata.enableArrayArithmeticForArguments = true;
  }
  const names = Object.keys(SheetsFunctionsPlugin.implementedFunctions);
  HyperFormula.registerFunctionPlugin(SheetsFunctionsPlugin as never, {
    enGB: Object.fromEntries(names.map((n) => [n, n])),
  });
  done = true;
}
