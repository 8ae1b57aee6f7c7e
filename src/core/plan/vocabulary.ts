// The plan's enumerations. They equal the KPI library's (src/core/kpiLibrary/schema.ts; a test keeps
// them equal) but live here, free of the full zod build: importing a value from the library's schema
// module would pull that module's top-level `z.object(...)` and all of zod (~600 kB) into dist/Code.js.
export const UNITS = ['number', 'percent', 'currency', 'duration'] as const;
export const DIRECTIONS = ['higher', 'lower', 'target'] as const;
export const AGGREGATIONS = ['last', 'sum', 'average'] as const;
export const FREQUENCIES = ['weekly', 'monthly', 'quarterly'] as const;

export type PlanUnit = (typeof UNITS)[number];
export type PlanDirection = (typeof DIRECTIONS)[number];
export type PlanAggregation = (typeof AGGREGATIONS)[number];
