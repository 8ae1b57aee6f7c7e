import type { Lang } from '../../src/core/i18n';
import { sourceWord } from '../../src/core/libraryWords';
import type { LibraryEntry } from '../library';
import type { Draft, KpiDraft, OperationalDraft, StrategicDraft } from '../../src/core/rpc/draft';

/** A blank plan for the calendar year after `today`, in the user's language. */
export function emptyDraft(lang: Lang, today: Date = new Date()): Draft {
  const year = today.getFullYear() + 1;
  return {
    version: 1,
    step: 'context',
    context: {
      name: '',
      strategy: '',
      goal: '',
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      frequency: 'monthly',
      language: lang,
      currency: 'EUR',
    },
    objectives: [],
  };
}

/** Every id used in the draft, objectives and KPIs alike (ids are unique in a plan). */
export function usedIds(draft: Draft): Set<string> {
  const ids = new Set<string>();
  for (const so of draft.objectives) {
    ids.add(so.id);
    for (const oo of so.operational) {
      ids.add(oo.id);
      for (const kpi of oo.kpis) ids.add(kpi.id);
    }
  }
  return ids;
}

/** `base`, or `base-2`, `base-3`... whichever is free. Ids must match [a-z0-9-_]{1,64}. */
export function freeId(base: string, used: Set<string>): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9-_]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'kpi';
  if (!used.has(clean)) return clean;
  for (let n = 2; ; n++) if (!used.has(`${clean}-${n}`)) return `${clean}-${n}`;
}

function nextNumbered(prefix: string, used: Set<string>): string {
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function newStrategic(draft: Draft): StrategicDraft {
  return { id: nextNumbered('so', usedIds(draft)), title: '', operational: [] };
}

export function newOperational(draft: Draft): OperationalDraft {
  return { id: nextNumbered('oo', usedIds(draft)), title: '', kpis: [] };
}

const blankValues = { baseline: '', target: '', deadline: '', band: '', weight: '', owner: '', source: '' };

/** A KPI from the library: direction, unit and aggregation come from the library entry. */
export function kpiFromLibrary(draft: Draft, def: LibraryEntry, lang: Lang): KpiDraft {
  return {
    id: freeId(def.id.replace(/_/g, '-'), usedIds(draft)),
    libraryId: def.id,
    name: def.name[lang],
    unit: def.unit,
    direction: def.direction,
    aggregation: def.aggregation,
    ...blankValues,
    source: def.sources[0] === undefined ? '' : sourceWord(def.sources[0], lang),
  };
}

export function customKpi(draft: Draft): KpiDraft {
  return {
    id: nextNumbered('kpi', usedIds(draft)),
    name: '',
    unit: 'number',
    direction: 'higher',
    aggregation: 'last',
    ...blankValues,
  };
}
