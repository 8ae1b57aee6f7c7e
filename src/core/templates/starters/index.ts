import type { Lang } from '../../i18n';
import type { KpiPlanInput } from '../../plan/schema';
import { starterDefinitions } from './data';
import { type Starter, starterPlan } from './starter';

export type { Starter, StarterKpi, StarterOperational, StarterStrategic } from './starter';
export { starterPlan } from './starter';

// The data is read through starterDefinitions() inside each call, never at load time: in dist/Code.js
// that reads the project file Starters.html, which the custom functions must not pay for.

/** Every starter, in the order the wizard's Start step lists them. */
export function starters(): readonly Starter[] {
  return starterDefinitions();
}

export function getStarter(id: string): Starter | undefined {
  return starters().find((s) => s.id === id);
}

/** The starter's plan in `lang`, or undefined for an unknown id. */
export function getStarterPlan(id: string, lang: Lang): KpiPlanInput | undefined {
  const starter = getStarter(id);
  return starter ? starterPlan(starter, lang) : undefined;
}

/** What the wizard's Start step shows for a starter: its name, one line, and a preview of its KPIs. */
export interface StarterPreview {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly objectives: number;
  /** KPI names in plan order, in `lang`. */
  readonly kpis: readonly string[];
}

export function starterPreviews(lang: Lang): StarterPreview[] {
  return starters().map((starter) => ({
    id: starter.id,
    name: starter.name[lang],
    description: starter.description[lang],
    objectives: starter.objectives.reduce((n, so) => n + 1 + so.operational.length, 0),
    kpis: starter.objectives.flatMap((so) =>
      so.operational.flatMap((oo) => oo.kpis.map((k) => k.name[lang])),
    ),
  }));
}
