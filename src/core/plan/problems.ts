/** One thing wrong with a plan: where (`objectives[0].operational[1].kpis[2].target`) and what. */
export interface PlanProblem {
  /** Path in the plan, '' for the plan as a whole. */
  readonly path: string;
  /** What is wrong, the value found and the fix, in the plan's language. */
  readonly message: string;
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

/** The one-line form users see: `path: message`, or just the message for the plan as a whole. */
export function formatProblem(problem: PlanProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
