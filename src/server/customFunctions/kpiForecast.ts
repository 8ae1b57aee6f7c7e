import type { Arg, CellValue, Grid } from '../../core/cells';
import { dayNumber } from '../../core/calendarDate';
import { mapCells } from '../../core/rangeArgs/mapCells';
import { linearTrend, projectTrend } from '../../core/kpi/forecast';
import { readSeries } from '../../core/kpi/series';
import { isBlank } from '../../core/parse/blank';
import { parseDate } from '../../core/parse/date';
import { KpiError, describeCell, isDateObject } from '../../core/parse/kpiError';
import { parseNumber } from '../../core/parse/number';
import { runCustomFunction } from './context';

/**
 * Projects the linear trend of a KPI's tracked values to a deadline (least squares, like Sheets' FORECAST).
 *
 * Example: =KPI_FORECAST(B2:B13, A2:A13, DATE(2027, 12, 31)) or, with equally spaced periods, =KPI_FORECAST(B2:B13, , 12) (French locales: =KPI_FORECAST(B2:B13; A2:A13; DATE(2027; 12; 31)))
 *
 * @param {number|Array<Array<number>>} values Tracked values (a range; blank cells, not entered yet, are skipped; at least 2 values).
 * @param {date|Array<Array<date>>} dates Date of each value, a range the same shape as values (optional; default: periods 1, 2, 3... in range order).
 * @param {date|number|Array<Array<date>>} deadline Date to project to (with dates), or period number (without dates, e.g. 12); a range gives one projection per cell.
 * @return The value the trend reaches at the deadline (INTERCEPT + SLOPE × deadline).
 * @customfunction
 */
export function KPI_FORECAST(values: Arg, dates?: Arg, deadline?: Arg): CellValue | Grid {
  return runCustomFunction(({ lang, dates: inZone }) => {
    const valuesArg = inZone(values);
    let datesArg = inZone(dates);
    let deadlineArg = inZone(deadline);
    // =KPI_FORECAST(B2:B13, 12): a single value where the dates range would be, and nothing after it,
    // can only be the deadline (a range of values cannot have a single date).
    if (deadline === undefined && !Array.isArray(dates) && !isBlank(dates) && Array.isArray(values)) {
      deadlineArg = datesArg;
      datesArg = undefined;
    }
    if (valuesArg === undefined) throw new KpiError('missingArgument', { arg: 'values' });
    if (deadlineArg === undefined) throw new KpiError('missingArgument', { arg: 'deadline' });
    const series = readSeries(valuesArg, datesArg);
    const trend = linearTrend(series.xs, series.ys);
    return mapCells(
      [{ name: 'deadline', value: deadlineArg, required: true }],
      (cells) => {
        const cell = cells[0];
        if (series.xKind === 'date') return projectTrend(trend, dayNumber(parseDate(cell, 'deadline')));
        if (isDateObject(cell)) throw new KpiError('deadlineNeedsDates', { value: describeCell(cell) });
        return projectTrend(trend, parseNumber(cell, 'deadline'));
      },
      lang,
    );
  });
}
