import { useEffect, useState } from 'preact/hooks';
import type { WizardStep } from '../../src/core/rpc/enums';
import type { PlanOut } from '../draft/toPlan';
import type { ShownProblem } from '../problems';
import { callServer } from '../server';

/**
 * Once the page finds nothing wrong, the plan schema itself (on the server) has the last word before
 * the build: unique ids, plan size and any rule the page does not repeat. Asked on the review step,
 * 300 ms after the last edit; an answer that arrives after a newer edit is dropped.
 */
export function useServerProblems(
  step: WizardStep,
  plan: PlanOut | null,
  pageProblemCount: number,
): readonly ShownProblem[] {
  const [serverProblems, setServerProblems] = useState<readonly ShownProblem[]>([]);
  useEffect(() => {
    setServerProblems([]);
    if (step !== 'review' || !plan || pageProblemCount > 0) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      callServer('checkPlan', plan).then(
        (found) => current && setServerProblems(found),
        () => undefined,
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [step, plan, pageProblemCount]);
  return serverProblems;
}
