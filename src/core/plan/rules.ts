import type { Lang } from '../i18n';
import { formatIsoDate as formatIso, parseIsoDate, toDayNumber } from './isoDate';
import { messages } from './messages';
import { countTrackingPeriods } from './periods';
import type { PlanProblem } from './problems';
import { FREQUENCIES, PLAN_LIMITS, type PlanFrequency } from './schema';

// The rules that span fields, checked on the raw input (whatever its shape) so they are reported
// together with the field problems: zod would skip them as soon as one field failed.

/** Most tracking columns a plan may ask for (ten years of weeks, 43 years of months). */
export const MAX_TRACKING_PERIODS = 520;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function periodProblems(plan: Json, lang: Lang): PlanProblem[] {
  const period = plan.period;
  if (!isObject(period) || typeof period.start !== 'string' || typeof period.end !== 'string') return [];
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (!start || !end) return [];
  if (toDayNumber(end) < toDayNumber(start))
    return [{ path: 'period.end', message: messages.endBeforeStart(period.start, period.end, lang) }];
  const frequency = period.frequency;
  if (typeof frequency !== 'string' || !(FREQUENCIES as readonly string[]).includes(frequency)) return [];
  // Counted, not listed: the list stops at its guard, and the user must read the real count.
  const count = countTrackingPeriods({
    start: period.start,
    end: period.end,
    frequency: frequency as PlanFrequency,
  });
  return count > MAX_TRACKING_PERIODS
    ? [{ path: 'period', message: messages.tooManyPeriods(count, MAX_TRACKING_PERIODS, lang) }]
    : [];
}

function idProblems(plan: Json, lang: Lang): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const objectiveIds = new Map<string, string>();
  const kpiIds = new Map<string, string>();
  let kpiCount = 0;
  const claimObjective = (value: unknown, path: string) => {
    if (typeof value !== 'string') return;
    const first = objectiveIds.get(value);
    if (first === undefined) objectiveIds.set(value, path);
    else problems.push({ path, message: messages.duplicateObjectiveId(value, first, lang) });
  };

  list(plan.objectives).forEach((so, i) => {
    if (!isObject(so)) return;
    claimObjective(so.id, `objectives[${i}].id`);
    list(so.operational).forEach((oo, j) => {
      if (!isObject(oo)) return;
      claimObjective(oo.id, `objectives[${i}].operational[${j}].id`);
      list(oo.kpis).forEach((kpi, k) => {
        kpiCount += 1;
        if (!isObject(kpi) || typeof kpi.id !== 'string') return;
        const path = `objectives[${i}].operational[${j}].kpis[${k}].id`;
        const first = kpiIds.get(kpi.id);
        if (first === undefined) kpiIds.set(kpi.id, path);
        else problems.push({ path, message: messages.duplicateKpiId(kpi.id, first, lang) });
      });
    });
  });
  if (kpiCount > PLAN_LIMITS.kpisPerPlan)
    problems.push({ path: 'objectives', message: messages.tooManyKpis(kpiCount, lang) });
  return problems;
}

/** A KPI deadline before the plan starts: no period to track it in, and a forecast back in time. */
function deadlineProblems(plan: Json, lang: Lang): PlanProblem[] {
  const period = plan.period;
  if (!isObject(period) || typeof period.start !== 'string' || typeof period.end !== 'string') return [];
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  // An inverted period is reported on its own: every deadline would then look wrong.
  if (!start || !end || toDayNumber(end) < toDayNumber(start)) return [];
  const problems: PlanProblem[] = [];
  list(plan.objectives).forEach((so, i) => {
    if (!isObject(so)) return;
    list(so.operational).forEach((oo, j) => {
      if (!isObject(oo)) return;
      list(oo.kpis).forEach((kpi, k) => {
        if (!isObject(kpi)) return;
        const path = `objectives[${i}].operational[${j}].kpis[${k}]`;
        const deadlineText = typeof kpi.deadline === 'string' ? kpi.deadline : String(period.end);
        const deadline = parseIsoDate(deadlineText);
        if (deadline && toDayNumber(deadline) < toDayNumber(start))
          problems.push({
            path: `${path}.deadline`,
            message: messages.deadlineBeforeStart(deadlineText, String(period.start), lang),
          });
        if (deadline) problems.push(...milestoneProblems(kpi.milestones, path, start, deadline, lang));
      });
    });
  });
  return problems;
}

/** Milestones strictly inside (plan start, KPI deadline), strictly increasing: a line can be drawn. */
function milestoneProblems(
  milestones: unknown,
  kpiPath: string,
  start: NonNullable<ReturnType<typeof parseIsoDate>>,
  deadline: NonNullable<ReturnType<typeof parseIsoDate>>,
  lang: Lang,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  let previous: { day: number; text: string } | undefined;
  list(milestones).forEach((m, n) => {
    if (!isObject(m) || typeof m.date !== 'string') return;
    const date = parseIsoDate(m.date);
    if (!date) return;
    const day = toDayNumber(date);
    const path = `${kpiPath}.milestones[${n}].date`;
    if (day <= toDayNumber(start) || day >= toDayNumber(deadline))
      problems.push({
        path,
        message: messages.milestoneOutsidePlan(m.date, formatIso(start), formatIso(deadline), lang),
      });
    else if (previous && day <= previous.day)
      problems.push({ path, message: messages.milestonesOutOfOrder(m.date, previous.text, lang) });
    previous = { day, text: m.date };
  });
  return problems;
}

/**
 * Cross-field problems of a plan-like object: period order and length, KPI deadlines within the plan,
 * unique ids, KPI count.
 */
export function crossFieldProblems(plan: unknown, lang: Lang): PlanProblem[] {
  if (!isObject(plan)) return [];
  return [...periodProblems(plan, lang), ...deadlineProblems(plan, lang), ...idProblems(plan, lang)];
}
