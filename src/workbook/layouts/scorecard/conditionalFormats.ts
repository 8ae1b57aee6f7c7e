import type { ConditionalFormatSpec } from '../../spec';
import { cell, columnLetter, plainRange } from '../../a1';
import { ATTAINMENT_SCALE, CHANGE_COLOURS, STATUS_COLOURS } from './colours';
import type { ScorecardGrid } from './positions';
import type { StatusKey } from './labels';

// Colour rules of the Scorecard. They never look at a raw number's sign: the status cell is already
// direction-aware (KPI_VARIANCE's favourable variance), so "green" means "on track" for every direction,
// and a lower-is-better KPI that rose above its target is at risk or off track, never green. The change
// column is coloured by the hidden `changeFavourable` helper, not by the change itself, for the same
// reason. Rules only reference cells of the Scorecard (Sheets refuses other sheets in rule formulas):
// the status texts are compared with the legend cells, so translating a label cannot break a colour.

const STATUS_ORDER: readonly StatusKey[] = ['onTrack', 'atRisk', 'offTrack', 'noData'];

export function scorecardConditionalFormats(grid: ScorecardGrid): ConditionalFormatSpec[] {
  const first = grid.firstKpiRow;
  const last = grid.lastKpiRow;
  const col = (key: keyof ScorecardGrid['columns']): number => grid.columns[key];
  const rel = (key: keyof ScorecardGrid['columns']): string => `$${columnLetter(col(key))}${first}`;
  const columnRange = (key: keyof ScorecardGrid['columns']): string =>
    plainRange(col(key), first, col(key), last);

  // The status now and the status at the deadline wear the same colours.
  const statusRules: ConditionalFormatSpec[] = (['status', 'forecastStatus'] as const).flatMap((key) =>
    STATUS_ORDER.map((status): ConditionalFormatSpec => {
      const legend = grid.legendCells[status];
      return {
        kind: 'formula',
        ranges: [columnRange(key)],
        formula: `=${rel(key)}=${cell(legend.column, legend.row)}`,
        format: { ...STATUS_COLOURS[status], bold: status !== 'noData' },
      };
    }),
  );

  const flagRules: ConditionalFormatSpec[] = (['stale', 'outlier'] as const).map((key) => ({
    kind: 'formula',
    ranges: [columnRange(key)],
    formula: `=${rel(key)}<>""`,
    format: { ...STATUS_COLOURS[key], bold: true },
  }));

  const changeRules: ConditionalFormatSpec[] = [
    { sign: '>', fontColor: CHANGE_COLOURS.favourable },
    { sign: '<', fontColor: CHANGE_COLOURS.unfavourable },
  ].map(({ sign, fontColor }) => ({
    kind: 'formula',
    ranges: [columnRange('change')],
    formula: `=AND(ISNUMBER(${rel('changeFavourable')}),${rel('changeFavourable')}${sign}0)`,
    format: { fontColor },
  }));

  const rollupAttainment = grid.rollups.map((r) =>
    plainRange(grid.rollupColumns.attainment, r.row, grid.rollupColumns.attainment, r.row),
  );
  const gradient: ConditionalFormatSpec = {
    kind: 'gradient',
    ranges: [columnRange('attainment'), ...mergeContiguous(rollupAttainment)],
    min: { type: 'number', value: ATTAINMENT_SCALE.min.value, color: ATTAINMENT_SCALE.min.color },
    mid: { type: 'number', value: ATTAINMENT_SCALE.mid.value, color: ATTAINMENT_SCALE.mid.color },
    max: { type: 'number', value: ATTAINMENT_SCALE.max.value, color: ATTAINMENT_SCALE.max.color },
  };

  return [...statusRules, ...flagRules, ...changeRules, gradient];
}

/** Roll-up rows are consecutive: one range instead of one per row. */
function mergeContiguous(ranges: readonly string[]): string[] {
  if (ranges.length === 0) return [];
  const firstRange = ranges[0] as string;
  const lastRange = ranges[ranges.length - 1] as string;
  return [`${firstRange.split(':')[0]}:${lastRange.split(':')[1]}`];
}
