import type { Draft, KpiDraft, OperationalDraft, StrategicDraft } from '../../src/core/rpc/draft';

// Immutable edits of the draft's tree. Each returns a new draft; the UI never mutates state.

export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const copy = [...items];
  if (target < 0 || target >= copy.length) return copy;
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}

export function updateStrategic(draft: Draft, id: string, fn: (so: StrategicDraft) => StrategicDraft): Draft {
  return { ...draft, objectives: draft.objectives.map((so) => (so.id === id ? fn(so) : so)) };
}

export function updateOperational(
  draft: Draft,
  id: string,
  fn: (oo: OperationalDraft) => OperationalDraft,
): Draft {
  return {
    ...draft,
    objectives: draft.objectives.map((so) => ({
      ...so,
      operational: so.operational.map((oo) => (oo.id === id ? fn(oo) : oo)),
    })),
  };
}

export function updateKpi(
  draft: Draft,
  operationalId: string,
  kpiId: string,
  patch: Partial<KpiDraft>,
): Draft {
  return updateOperational(draft, operationalId, (oo) => ({
    ...oo,
    kpis: oo.kpis.map((k) => (k.id === kpiId ? { ...k, ...patch } : k)),
  }));
}
