import type { Lang, Translated } from '../../i18n';
import type { KpiPlanInput, PlanFrequency } from '../../plan/schema';
import { sourceWord } from '../../libraryWords';
import type { Aggregation, Direction, Unit } from '../../vocabulary';

// A starter is written once with every text in both languages, and turned into one KPI plan per language
// by `starterPlan`: the French and English plans cannot drift apart in structure (ids, targets, units),
// only in words. Baselines are left out on purpose: the user types their own; the objectives' texts
// state a typical starting point so that each one is SMART as written, and the user edits both.

export interface StarterKpi {
  readonly id: string;
  readonly name: Translated;
  /** A KPI library id; unit, direction and aggregation below match that entry (a test checks it). */
  readonly libraryId: string;
  readonly unit: Unit;
  readonly direction: Direction;
  readonly aggregation: Aggregation;
  /** The value the objective's text aims at, in the KPI's unit (percents as fractions). */
  readonly target: number;
  readonly deadline?: string;
  readonly weight?: number;
  readonly benchmark?: number;
  readonly owner?: Translated;
  readonly source?: string;
}

export interface StarterOperational {
  readonly id: string;
  readonly title: Translated;
  /** The first KPI carries the number the title states: the Objectives sheet scores the title with it. */
  readonly kpis: readonly StarterKpi[];
}

export interface StarterStrategic {
  readonly id: string;
  readonly title: Translated;
  readonly operational: readonly StarterOperational[];
}

export interface Starter {
  /** Stable, kebab-case: the wizard and saved drafts refer to a starter by it. */
  readonly id: string;
  readonly name: Translated;
  /** One line for the wizard's Start step. */
  readonly description: Translated;
  readonly currency: Readonly<Record<Lang, string>>;
  readonly period: { readonly start: string; readonly end: string; readonly frequency: PlanFrequency };
  readonly strategy: Translated;
  readonly goal: Translated;
  readonly objectives: readonly StarterStrategic[];
}

function kpiIn(kpi: StarterKpi, lang: Lang) {
  return {
    id: kpi.id,
    name: kpi.name[lang],
    libraryId: kpi.libraryId,
    unit: kpi.unit,
    direction: kpi.direction,
    target: kpi.target,
    aggregation: kpi.aggregation,
    ...(kpi.deadline !== undefined ? { deadline: kpi.deadline } : {}),
    ...(kpi.weight !== undefined ? { weight: kpi.weight } : {}),
    ...(kpi.benchmark !== undefined ? { benchmark: kpi.benchmark } : {}),
    ...(kpi.owner !== undefined ? { owner: kpi.owner[lang] } : {}),
    ...(kpi.source !== undefined ? { source: sourceWord(kpi.source, lang) } : {}),
  };
}

/** The starter as a KPI plan (format v1) in one language, ready for `parsePlan` and the wizard. */
export function starterPlan(starter: Starter, lang: Lang): KpiPlanInput {
  return {
    version: 1,
    name: starter.name[lang],
    language: lang,
    currency: starter.currency[lang],
    period: { ...starter.period },
    strategy: starter.strategy[lang],
    goal: starter.goal[lang],
    objectives: starter.objectives.map((so) => ({
      id: so.id,
      title: so.title[lang],
      operational: so.operational.map((oo) => ({
        id: oo.id,
        title: oo.title[lang],
        kpis: oo.kpis.map((kpi) => kpiIn(kpi, lang)),
      })),
    })),
  };
}
