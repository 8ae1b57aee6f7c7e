import type { CalendarDate } from '../../core/calendarDate';
import type { Arg } from '../../core/cells';
import { parseAggregation } from '../../core/kpi/pace';
import { lastValueCache } from '../../core/rangeArgs/lastValueCache';
import { formatShape, shapeOf } from '../../core/rangeArgs/shape';
import type { Milestone } from '../../core/kpi/trajectory';
import { isBlank } from '../../core/parse/blank';
import { parseDate } from '../../core/parse/date';
import { KpiError } from '../../core/parse/kpiError';
import { parseNumber } from '../../core/parse/number';

/**
 * A milestones argument: a range of two columns (date, value), rows with both cells blank skipped (a
 * range drawn longer than the list). Kept out of the cell-by-cell broadcast: one list serves every cell.
 */
export function readMilestones(arg: Arg): Milestone[] {
  if (arg === undefined || isBlank(arg)) return [];
  const shape = shapeOf(arg);
  if (!Array.isArray(arg) || shape?.cols !== 2)
    throw new KpiError('milestonesShape', { shape: formatShape(shape) });
  const out: Milestone[] = [];
  arg.forEach((row, i) => {
    const [date, value] = row as unknown[];
    if (isBlank(date) && isBlank(value)) return;
    out.push({
      date: parseDate(date, `milestones #${i + 1}`),
      value: parseNumber(value, `milestones #${i + 1}`),
    });
  });
  return out;
}

/**
 * Readers of the arguments every trajectory function shares (KPI_PACE, KPI_TRAJECTORY): start,
 * deadline, as_of (blank: today in the spreadsheet's zone) and aggregation, each parsed once per
 * distinct value over a range.
 */
export function trajectoryArgReaders(today: () => CalendarDate) {
  return {
    startOf: lastValueCache((v: unknown) => parseDate(v, 'start')),
    deadlineOf: lastValueCache((v: unknown) => parseDate(v, 'deadline')),
    asOfOf: lastValueCache((v: unknown) => (isBlank(v) ? today() : parseDate(v, 'as_of'))),
    aggregationOf: lastValueCache(parseAggregation),
  };
}
