import { useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import type { Draft } from '../../src/core/rpc/draft';
import { planToDraft } from '../draft/fromPlan';
import type { PlanOut } from '../draft/toPlan';
import { msg } from '../i18n';
import { callServer } from '../server';

export function isPlanLike(value: unknown): value is PlanOut {
  return typeof value === 'object' && value !== null && Array.isArray((value as PlanOut).objectives);
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The Start step's server-backed choices: the plan this workbook describes, or a starter. */
export function useStartActions(lang: Lang, begin: (d: Draft) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadWorkbook = () => {
    setBusy(true);
    setError(null);
    callServer('loadPlanFromWorkbook')
      .then((r) => {
        if (r.ok && isPlanLike(r.plan)) begin(planToDraft(r.plan, lang));
        else if (!r.ok)
          setError(
            r.problems
              .map((p) => [p.cell ?? p.path, p.message].filter(Boolean).join(msg('colon', lang)))
              .join('; '),
          );
        else setError('?');
      })
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  const openStarter = (id: string) => {
    setBusy(true);
    setError(null);
    callServer('getStarterPlan', id, lang)
      .then((plan) => (isPlanLike(plan) ? begin(planToDraft(plan, lang)) : setError(id)))
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  return { busy, error, loadWorkbook, openStarter };
}
