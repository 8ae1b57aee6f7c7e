import type { Lang } from '../src/core/i18n';
import type { WizardStep } from '../src/core/rpc/draft';
import { type MessageKey, msg } from './i18n';

/** A problem to show next to a field: the plan path of the field and the message in words. */
export interface ShownProblem {
  readonly path: string;
  readonly message: string;
}

/** The step where the field of a plan path is edited. */
export function stepForPath(path: string): WizardStep {
  if (/\.kpis(\[|$)/.test(path)) return 'kpis';
  if (path.startsWith('objectives')) return 'objectives';
  return 'context';
}

const CONTEXT_LABELS: Record<string, MessageKey> = {
  name: 'planName',
  strategy: 'strategy',
  goal: 'goal',
  period: 'period',
  'period.start': 'periodStart',
  'period.end': 'periodEnd',
  'period.frequency': 'frequency',
  language: 'planLanguage',
  currency: 'currency',
  'branding.agency': 'agency',
  'branding.client': 'client',
  'branding.accentColor': 'accentColor',
};

const KPI_FIELDS: Record<string, MessageKey> = {
  name: 'kpiName',
  unit: 'unit',
  direction: 'direction',
  aggregation: 'aggregation',
  baseline: 'baseline',
  target: 'target',
  deadline: 'deadline',
  band: 'band',
  weight: 'weight',
  benchmark: 'benchmark',
  owner: 'owner',
  source: 'source',
};

/** A plan path in words: `objectives[0].operational[1].kpis[0].target` → "Objectif opérationnel 1.2 › KPI 1 › Cible". */
export function pathLabel(path: string, lang: Lang): string {
  const context = CONTEXT_LABELS[path];
  if (context) return msg(context, lang);
  const m =
    /^objectives(?:\[(\d+)\](?:\.operational(?:\[(\d+)\](?:\.kpis(?:\[(\d+)\](?:\.(\w+))?)?)?)?)?)?/.exec(
      path,
    );
  if (!m) return path;
  const [, so, oo, kpi, field] = m;
  const parts: string[] = [];
  if (so === undefined) return msg('stepObjectives', lang);
  const n = Number(so) + 1;
  if (oo === undefined) parts.push(msg('strategicN', lang, { n }));
  else {
    parts.push(msg('operationalN', lang, { n, m: Number(oo) + 1 }));
    if (kpi !== undefined) parts.push(`KPI ${Number(kpi) + 1}`);
    if (field && KPI_FIELDS[field]) parts.push(msg(KPI_FIELDS[field], lang));
  }
  return parts.join(' › ');
}
