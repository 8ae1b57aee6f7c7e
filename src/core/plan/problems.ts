/** One thing wrong with a plan: where (`objectives[0].operational[1].kpis[2].target`) and what. */
export interface PlanProblem {
  /** Path in the plan, '' for the plan as a whole. */
  readonly path: string;
  /** What is wrong, the value found and the fix, in the plan's language. */
  readonly message: string;
  /** For a plan read from a sheet: the cell to fix, as `Objectifs!L10`. */
  readonly cell?: string;
}

/** `objectives[0].operational[1].kpis[2].target` from zod's ['objectives', 0, 'operational', 1, ...]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The one-line form users see: `cell: message` or `path: message`, or the message for the whole plan. */
export function formatProblem(problem: PlanProblem): string {
  const where = problem.cell ?? problem.path;
  return where === '' ? problem.message : `${where}: ${problem.message}`;
}
