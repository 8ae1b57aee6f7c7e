import type { KpiAggregation, KpiDefinition, KpiDirection, KpiUnit } from '../kpiLibrary/schema';

// The enumerations the wizard shows as lists, without zod: the sidebar must stay under 150 KB and the
// library's schema module builds zod classic schemas when it loads (about 100 KB once bundled). Each
// list is checked at compile time to hold exactly the values of the library's type, so it cannot drift.

type Exactly<List extends readonly string[], Union extends string> = [Union] extends [List[number]]
  ? [List[number]] extends [Union]
    ? List
    : never
  : never;

function exactly<Union extends string>() {
  return <const List extends readonly string[]>(list: Exactly<List, Union>): List => list;
}

export const WIZARD_STEPS = ['start', 'context', 'objectives', 'kpis', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const KPI_UNITS = exactly<KpiUnit>()(['number', 'percent', 'currency', 'duration']);
export const KPI_DIRECTIONS = exactly<KpiDirection>()(['higher', 'lower', 'target']);
export const KPI_AGGREGATIONS = exactly<KpiAggregation>()(['last', 'sum', 'average']);
export const KPI_CHANNELS = exactly<KpiDefinition['channel']>()([
  'seo',
  'social',
  'email',
  'paid',
  'ecommerce',
  'web',
  'sales',
  'finance',
  'customer',
]);
export const FUNNEL_STAGES = exactly<KpiDefinition['stage']>()([
  'attract',
  'engage',
  'convert',
  'retain',
  'advocate',
]);
export const KPI_CATEGORIES = exactly<KpiDefinition['category']>()([
  'quality',
  'efficiency',
  'capacity',
  'strategy',
]);
