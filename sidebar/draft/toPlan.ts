import type { Draft, KpiDraft } from '../../src/core/rpc/draft';
import type { MessageKey } from '../i18n';
import { isIsoDate } from '../../src/core/calendarDate';
import { parseMilestones } from '../../src/core/plan/milestonesText';
import { fromPercent, parseUserNumber } from './numbers';

// Turns the draft (text as typed) into a KPI plan (../../shared/template-format.md) and lists what keeps
// it from being one, each problem at the plan path of the field to fix
// (`objectives[0].operational[1].kpis[2].target`). The plan schema and the server check again.

export interface DraftProblem {
  readonly path: string;
  readonly key: MessageKey;
  readonly vars?: Record<string, string | number>;
}

type PlanKpi = {
  id: string;
  name: string;
  libraryId?: string;
  unit: KpiDraft['unit'];
  direction: KpiDraft['direction'];
  aggregation: KpiDraft['aggregation'];
  baseline?: number;
  target: number;
  deadline?: string;
  band?: number;
  weight?: number;
  benchmark?: number;
  owner?: string;
  source?: string;
  milestones?: { date: string; value: number }[];
};

/** The plan as the wizard sends it to buildWorkbook (version 1 of the format). */
export interface PlanOut {
  version: 1;
  name: string;
  language: 'fr' | 'en';
  currency: string;
  period: { start: string; end: string; frequency: Draft['context']['frequency']; history?: boolean };
  strategy?: string;
  goal?: string;
  branding?: { agency?: string; client?: string; accentColor?: string };
  objectives: { id: string; title: string; operational: { id: string; title: string; kpis: PlanKpi[] }[] }[];
}

const MAX_NAME = 120;
const MAX_LONG = 500;

/**
 * The plan, what keeps it from being one (`problems`), and what is allowed but probably a slip
 * (`warnings`: a baseline equal to its target leaves nothing to achieve).
 */
export function draftToPlan(draft: Draft): {
  plan: PlanOut;
  problems: DraftProblem[];
  warnings: DraftProblem[];
} {
  const problems: DraftProblem[] = [];
  const warnings: DraftProblem[] = [];
  const c = draft.context;
  const text = (path: string, value: string, max: number, required: boolean): string => {
    const v = value.trim();
    if (required && v === '') problems.push({ path, key: 'required' });
    if (v.length > max) problems.push({ path, key: 'tooLong', vars: { max } });
    return v;
  };
  const number = (path: string, value: string, percent: boolean, required: boolean): number | undefined => {
    // Read in the plan's language: "200,000" is 200000 in an English plan, 200 in a French one.
    const n = parseUserNumber(value, c.language);
    if (n === undefined) {
      if (required) problems.push({ path, key: 'required' });
      return undefined;
    }
    if (Number.isNaN(n)) {
      problems.push({ path, key: 'notANumber', vars: { value: value.trim() } });
      return undefined;
    }
    return percent ? fromPercent(n) : n;
  };
  const date = (path: string, value: string, required: boolean): string | undefined => {
    const v = value.trim();
    if (v === '') {
      if (required) problems.push({ path, key: 'required' });
      return undefined;
    }
    if (!isIsoDate(v)) problems.push({ path, key: 'notADate' });
    return v;
  };

  const name = text('name', c.name, MAX_NAME, true);
  const strategy = text('strategy', c.strategy, MAX_LONG, false);
  const goal = text('goal', c.goal, MAX_LONG, false);
  const start = date('period.start', c.start, true) ?? '';
  const end = date('period.end', c.end, true) ?? '';
  if (isIsoDate(start) && isIsoDate(end) && end < start)
    problems.push({ path: 'period.end', key: 'endBeforeStart' });
  const currency = c.currency.trim().toUpperCase() || 'EUR';
  if (!/^[A-Z]{3}$/.test(currency)) problems.push({ path: 'currency', key: 'currencyCode' });
  // The colour's format is the plan schema's to judge (its message comes back from checkPlan).
  const agency = text('branding.agency', c.agency ?? '', MAX_NAME, false);
  const client = text('branding.client', c.client ?? '', MAX_NAME, false);
  const accentColor = (c.accentColor ?? '').trim();
  const branding = {
    ...(agency ? { agency } : {}),
    ...(client ? { client } : {}),
    ...(accentColor ? { accentColor } : {}),
  };

  if (draft.objectives.length === 0) problems.push({ path: 'objectives', key: 'needObjective' });
  const objectives = draft.objectives.map((so, i) => {
    const soPath = `objectives[${i}]`;
    if (so.operational.length === 0) problems.push({ path: `${soPath}.operational`, key: 'needOperational' });
    return {
      id: so.id,
      title: text(`${soPath}.title`, so.title, MAX_LONG, true),
      operational: so.operational.map((oo, j) => {
        const ooPath = `${soPath}.operational[${j}]`;
        if (oo.kpis.length === 0) problems.push({ path: `${ooPath}.kpis`, key: 'needKpi' });
        return {
          id: oo.id,
          title: text(`${ooPath}.title`, oo.title, MAX_LONG, true),
          kpis: oo.kpis.map((k, n) =>
            kpiToPlan(k, `${ooPath}.kpis[${n}]`, { text, number, date, problems, warnings, start }),
          ),
        };
      }),
    };
  });

  const plan: PlanOut = {
    version: 1,
    name,
    language: c.language,
    currency,
    period: { start, end, frequency: c.frequency, ...(c.history === true ? { history: true } : {}) },
    ...(strategy ? { strategy } : {}),
    ...(goal ? { goal } : {}),
    ...(Object.keys(branding).length > 0 ? { branding } : {}),
    objectives,
  };
  return { plan, problems, warnings };
}

interface Readers {
  text(path: string, value: string, max: number, required: boolean): string;
  number(path: string, value: string, percent: boolean, required: boolean): number | undefined;
  date(path: string, value: string, required: boolean): string | undefined;
  problems: DraftProblem[];
  warnings: DraftProblem[];
  /** The plan's start (YYYY-MM-DD, or '' when not set yet). */
  start: string;
}

function kpiToPlan(k: KpiDraft, path: string, r: Readers): PlanKpi {
  const percent = k.unit === 'percent';
  const band = r.number(`${path}.band`, k.band, true, false);
  if (band !== undefined && !(band > 0 && band <= 1))
    r.problems.push({ path: `${path}.band`, key: 'bandRange' });
  const weight = r.number(`${path}.weight`, k.weight, false, false);
  if (weight !== undefined && !(weight > 0))
    r.problems.push({ path: `${path}.weight`, key: 'weightPositive' });
  const baseline = r.number(`${path}.baseline`, k.baseline, percent, false);
  const benchmark = r.number(`${path}.benchmark`, k.benchmark ?? '', percent, false);
  const deadline = r.date(`${path}.deadline`, k.deadline, false);
  // A deadline before the plan starts has no tracking period: its pace and forecast would be nonsense.
  if (deadline !== undefined && isIsoDate(deadline) && isIsoDate(r.start) && deadline < r.start)
    r.problems.push({ path: `${path}.deadline`, key: 'deadlineBeforeStart', vars: { start: r.start } });
  const target = r.number(`${path}.target`, k.target, percent, true);
  if (baseline !== undefined && target !== undefined && baseline === target)
    r.warnings.push({ path: `${path}.target`, key: 'baselineIsTarget' });
  const owner = r.text(`${path}.owner`, k.owner, MAX_NAME, false);
  const source = r.text(`${path}.source`, k.source, MAX_NAME, false);
  const milestones = milestonesOf(k.milestones ?? '', `${path}.milestones`, r);
  return {
    id: k.id,
    name: r.text(`${path}.name`, k.name, MAX_NAME, true),
    ...(k.libraryId ? { libraryId: k.libraryId } : {}),
    unit: k.unit,
    direction: k.direction,
    aggregation: k.aggregation,
    ...(baseline !== undefined ? { baseline } : {}),
    target: target ?? 0,
    ...(deadline !== undefined ? { deadline } : {}),
    ...(band !== undefined ? { band } : {}),
    ...(weight !== undefined ? { weight } : {}),
    ...(benchmark !== undefined ? { benchmark } : {}),
    ...(owner ? { owner } : {}),
    ...(source ? { source } : {}),
    ...(milestones.length > 0 ? { milestones } : {}),
  };
}

/**
 * The milestones typed in the wizard (the Objectives sheet's « date : valeur ; … »). An entry that is
 * not a date and a number is a problem on the field; order and range are the plan check's (they name
 * the milestone's own path).
 */
function milestonesOf(typed: string, path: string, r: Readers): { date: string; value: number }[] {
  const out: { date: string; value: number }[] = [];
  for (const entry of parseMilestones(typed)) {
    if (typeof entry.date !== 'string' || !isIsoDate(entry.date) || typeof entry.value !== 'number') {
      r.problems.push({ path, key: 'milestonesFormat', vars: { value: `${String(entry.date)}` } });
      return [];
    }
    out.push({ date: entry.date, value: entry.value });
  }
  return out;
}
