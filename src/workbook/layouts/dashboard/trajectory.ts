// Where a KPI should be at the end of a period, as a formula: the trajectory series of the dashboard's
// KPI chart. The Scorecard carries each KPI's trajectory, one hidden cell per period (the baseline at
// the plan start, the target at the deadline, through the KPI's milestones; the cumulative total due
// for a `sum` KPI), so the chart shows exactly the line the statuses are judged against.
// A cell without a number (no target) is #N/A: a gap in the chart, not a zero.

/** The Scorecard's trajectory block (all KPIs × all periods), the KPI's row in it and the period. */
export interface TrajectoryRefs {
  /** The block, with its sheet: `'Tableau de bord'!$AH$7:$AS$12`. */
  readonly block: string;
  /** The KPI's 1-based row in the block (the dashboard's helper cell). */
  readonly row: string;
  /** The period's 1-based column in the block. */
  readonly period: number;
}

export function trajectoryFormula(r: TrajectoryRefs): string {
  const due = `INDEX(${r.block},${r.row},${r.period})`;
  return `=IFERROR(IF(ISNUMBER(${due}),${due},NA()),NA())`;
}
