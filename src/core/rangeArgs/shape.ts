import type { Arg } from '../cells';
import { KpiError } from '../parse/kpiError';

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** The shape of a range argument, or undefined for a single cell (Sheets passes those as plain values). */
export function shapeOf(value: Arg): Shape | undefined {
  if (!Array.isArray(value)) return undefined;
  return { rows: value.length, cols: value[0]?.length ?? 0 };
}

export function formatShape(shape: Shape | undefined): string {
  return shape ? `${shape.rows}×${shape.cols}` : '1×1';
}

/** An argument by the name Sheets shows for it, so that messages can point at it. */
export interface NamedArg {
  readonly name: string;
  readonly value: Arg;
  /** An omitted required argument is an error; a blank cell of one gives a blank result cell. */
  readonly required?: boolean;
}

/**
 * The shape every range argument shares, or undefined when all are single cells. A 1×1 range
 * broadcasts like a single cell. Different shapes: a KpiError naming both arguments and shapes.
 */
export function commonShape(args: readonly NamedArg[]): Shape | undefined {
  let shape: Shape | undefined;
  let owner = '';
  for (const arg of args) {
    const s = shapeOf(arg.value);
    if (!s || (s.rows === 1 && s.cols === 1)) continue;
    if (!shape) {
      shape = s;
      owner = arg.name;
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      throw new KpiError('shapeMismatch', {
        first: owner,
        firstShape: formatShape(shape),
        second: arg.name,
        secondShape: formatShape(s),
      });
    }
  }
  if (shape) return shape;
  return args.some((a) => Array.isArray(a.value)) ? { rows: 1, cols: 1 } : undefined;
}
