// The enumerations the wizard shows as lists, under the names the sidebar uses. They come from
// src/core/vocabulary.ts, free of zod: the sidebar must stay under 150 KB and zod-free.

export const WIZARD_STEPS = ['start', 'context', 'objectives', 'kpis', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export {
  AGGREGATIONS as KPI_AGGREGATIONS,
  CATEGORIES as KPI_CATEGORIES,
  CHANNELS as KPI_CHANNELS,
  DIRECTIONS as KPI_DIRECTIONS,
  FREQUENCIES,
  type Frequency,
  FUNNEL_STAGES,
  UNITS as KPI_UNITS,
} from '../vocabulary';
