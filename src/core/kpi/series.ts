import type { Arg, CellValue } from '../cells';
import { dayNumber } from '../calendarDate';
import { formatShape, shapeOf } from '../rangeArgs/shape';
import { isBlank } from '../parse/blank';
import { parseDate } from '../parse/date';
import { KpiError, describeCell } from '../parse/kpiError';
import { parseNumber } from '../parse/number';

/** How the x of a series is measured: calendar-day numbers, or period numbers (1-based positions or given). */
export type XKind = 'date' | 'number';

export interface Series {
  readonly xs: number[];
  readonly ys: number[];
  readonly xKind: XKind;
}

function cells(value: Arg): CellValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.flat() : [value];
}

/**
 * The (x, y) points of a tracked KPI, cells read row by row. Blank values are skipped (not entered yet).
 * Without dates, x is the 1-based position in `values`. With dates, each tracked value needs its date;
 * the dates are all dates (x = calendar-day number) or all numbers (period numbers, used as is).
 */
export function readSeries(values: Arg, dates: Arg): Series {
  const ys: number[] = [];
  const xs: number[] = [];
  const vs = cells(values);
  if (isBlank(dates)) {
    vs.forEach((v, i) => {
      if (isBlank(v)) return;
      ys.push(parseNumber(v, `values #${i + 1}`));
      xs.push(i + 1);
    });
    return { xs, ys, xKind: 'number' };
  }
  const vShape = shapeOf(values);
  const dShape = shapeOf(dates);
  if (vShape?.rows !== dShape?.rows || vShape?.cols !== dShape?.cols)
    throw new KpiError('shapeMismatch', {
      first: 'values',
      firstShape: formatShape(vShape),
      second: 'dates',
      secondShape: formatShape(dShape),
    });
  const ds = cells(dates);
  let kind: XKind | undefined;
  vs.forEach((v, i) => {
    if (isBlank(v)) return;
    const d = ds[i];
    if (isBlank(d)) throw new KpiError('missingDate', { position: i + 1, value: describeCell(v) });
    const here: XKind = typeof d === 'number' ? 'number' : 'date';
    if (kind !== undefined && kind !== here) throw new KpiError('mixedDates');
    kind = here;
    ys.push(parseNumber(v, `values #${i + 1}`));
    xs.push(
      typeof d === 'number' ? parseNumber(d, `dates #${i + 1}`) : dayNumber(parseDate(d, `dates #${i + 1}`)),
    );
  });
  return { xs, ys, xKind: kind ?? 'date' };
}
