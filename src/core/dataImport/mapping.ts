import * as z from 'zod/mini';

// What the user confirms in the preview and applyDataImport receives: which column dates the rows,
// and for each KPI which column(s) feed it and how rows add up within a period. Columns are named as
// the file's header names them. The preview's suggestion is a valid mapping as it is.

export const IMPORT_RULES = ['sum', 'last', 'average', 'ratio'] as const;
export type ImportRule = (typeof IMPORT_RULES)[number];

export const kpiMappingSchema = z.object({
  kpiId: z.string().check(z.minLength(1), z.maxLength(64)),
  rule: z.enum(IMPORT_RULES),
  /** The KPI's own column (sum, last, average). */
  column: z.optional(z.string().check(z.maxLength(200))),
  /** A rate's components (ratio): sum of numerator ÷ sum of denominator, times scale. */
  numerator: z.optional(z.string().check(z.maxLength(200))),
  denominator: z.optional(z.string().check(z.maxLength(200))),
  scale: z.optional(z.number().check(z.gt(0))),
});

export const dataImportMappingSchema = z.object({
  /** Names the data sheet (one per source): "GA4", "Search Console"... */
  source: z.string().check(z.minLength(1), z.maxLength(60)),
  dateColumn: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Native formulas over the data sheet (live), or the values they give today. */
  mode: z.enum(['formulas', 'values']),
  /** The user's consent to replace values typed in Tracking; without it they are kept. */
  overwrite: z.boolean(),
  kpis: z.array(kpiMappingSchema).check(z.maxLength(500)),
});

export type KpiMapping = z.infer<typeof kpiMappingSchema>;
export type DataImportMapping = z.infer<typeof dataImportMappingSchema>;
