import type { LayoutContext } from '../../layoutContext';
import { cell, sheetPrefix, stringLiteral } from '../../a1';
import type { RollupRow, ScorecardGrid } from './positions';

// Roll-up formulas: weighted attainment and share on track over a block of KPI rows.
//
// - Weighted attainment = Σ min(attainment, cap) × weight / Σ weight, over the KPIs that have data in the
//   period shown and a defined attainment (target ≠ 0). A KPI without data is left out of both sums rather
//   than counted as 0 %: an empty cell is "not typed yet", not a failure, and counting it would drag the
//   objective down every month until the team catches up. The "KPIs with data" column says how many
//   KPIs the figure rests on. No KPI with data: blank.
// - Share on track = KPIs on track / KPIs with a status (on track, at risk or off track); "no data" is
//   out of the denominator for the same reason.

function blockRange(grid: ScorecardGrid, column: number, rollup: RollupRow): string {
  return `${cell(column, rollup.firstKpiRow)}:${cell(column, rollup.lastKpiRow)}`;
}

export interface RollupFormulas {
  readonly title: string;
  readonly attainment: string;
  readonly shareOnTrack: string;
  readonly withData: string;
}

export function rollupFormulas(
  context: LayoutContext,
  grid: ScorecardGrid,
  rollup: RollupRow,
): RollupFormulas {
  const capped = blockRange(grid, grid.columns.cappedAttainment, rollup);
  const weights = blockRange(grid, grid.columns.weightWithData, rollup);
  const status = blockRange(grid, grid.columns.status, rollup);
  const legend = grid.legendCells;
  const count = (position: { row: number; column: number }): string =>
    `COUNTIF(${status},${cell(position.column, position.row)})`;
  const withStatus = `(${count(legend.onTrack)}+${count(legend.atRisk)}+${count(legend.offTrack)})`;
  const o = context.objectives;
  const titleColumn = rollup.level === 'operational' ? o.columns.operationalTitle : o.columns.strategicTitle;
  return {
    // Objective titles are read from the Objectives sheet (renaming there renames here); the goal is plan
    // text written as a literal value by the layout, not a formula.
    title:
      rollup.level === 'goal' ? '' : `=${sheetPrefix(o.sheet)}${cell(titleColumn, rollup.objectivesRow)}`,
    attainment: `=IF(SUM(${weights})>0,SUMPRODUCT(${capped},${weights})/SUM(${weights}),"")`,
    shareOnTrack: `=IF(${withStatus}>0,${count(legend.onTrack)}/${withStatus},"")`,
    withData: `=${withStatus}&${stringLiteral(' / ')}&ROWS(${status})`,
  };
}
