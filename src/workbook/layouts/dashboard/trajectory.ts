// Where a KPI should be at the end of a period, as a formula: the trajectory series of the dashboard's
// KPI chart. A stand-in until the Scorecard carries each KPI's trajectory: swapping it means changing
// this one function (and nothing that calls it).
//
//   f          = min(1, max(0, (period end − plan start) / (deadline − plan start)))
//   trajectory = baseline + (target − baseline) · f     a level (last value or average of the periods)
//              = target · f                             a `sum` KPI: the cumulative total due by then
//
// A level KPI without a baseline has no trajectory (#N/A: a gap in the chart, not a zero).

/** Cell references (canonical A1, with their sheet where needed) the formula reads. */
export interface TrajectoryRefs {
  readonly periodEnd: string;
  readonly planStart: string;
  readonly deadline: string;
  readonly baseline: string;
  readonly target: string;
  /** TRUE for a KPI whose periods add up (its target is a total). */
  readonly isSum: string;
}

export function trajectoryFormula(r: TrajectoryRefs): string {
  const f = `MIN(1,MAX(0,(${r.periodEnd}-${r.planStart})/(${r.deadline}-${r.planStart})))`;
  return (
    `=IFERROR(IF(${r.isSum},${r.target}*${f},` +
    `IF(ISNUMBER(${r.baseline}),${r.baseline}+(${r.target}-${r.baseline})*${f},NA())),NA())`
  );
}
