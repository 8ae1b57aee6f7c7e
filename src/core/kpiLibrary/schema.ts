import { z } from 'zod';
import {
  AGGREGATIONS,
  CATEGORIES,
  CHANNELS,
  DIRECTIONS,
  DURATION_UNITS,
  FUNNEL_STAGES,
  SOURCES,
  UNITS,
} from '../vocabulary';

// One source of truth for the shape of a library entry. The data itself is a plain typed literal (no
// parsing at load time: custom functions load the whole script on every call); the library tests run
// every entry through this schema.

export {
  AGGREGATIONS,
  CATEGORIES,
  CHANNELS,
  DIRECTIONS,
  DURATION_UNITS,
  FUNNEL_STAGES,
  SOURCES,
  UNITS,
} from '../vocabulary';

const translated = z.object({ fr: z.string().min(1), en: z.string().min(1) });
const aliases = z.object({ fr: z.array(z.string().min(2)), en: z.array(z.string().min(2)) });

export const kpiDefinitionSchema = z.object({
  /** snake_case, stable: plans store it as `libraryId`. */
  id: z.string().regex(/^[a-z0-9_]{2,64}$/),
  name: translated,
  /** One sentence. */
  definition: translated,
  /** As practitioners define it, e.g. "clics / ouvertures" / "clicks / opens". */
  formula: translated,
  /**
   * Other ways people write it (abbreviations, synonyms, plurals); used to find the KPI in free text,
   * whatever the case and accents. An "s" on the last word is matched without listing it ("open rates" from
   * "open rate"); other plurals are listed ("paniers moyens", "coûts par acquisition").
   */
  aliases,
  /**
   * Abbreviations that, folded, are everyday words ("CA" → "ça", "CES" → "ces"): they match only when
   * written in capitals in the text.
   */
  capitalAliases: z.array(z.string().regex(/^[A-Z0-9]{2,8}$/)).optional(),
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  aggregation: z.enum(AGGREGATIONS),
  channel: z.enum(CHANNELS),
  stage: z.enum(FUNNEL_STAGES),
  category: z.enum(CATEGORIES),
  sources: z.array(z.enum(SOURCES)).min(1),
  /**
   * For `percent` KPIs only (checked by the library tests): the value is a change or a return, not a share
   * of a whole, so it may fall below 0 % or exceed 100 % (growth rates, ROI). Without it a percent KPI is a
   * rate between 0 % and 100 %, and Tracking warns about a value outside (`1,45` typed for 1.45 %).
   */
  unboundedPercent: z.literal(true).optional(),
  /**
   * A count over time (sessions, clicks, page views) whose target is a level per period (aggregation
   * `last` or `average`): a period's value is still the total of its days, as a data import adds them
   * up, and the wizard reads its target "12 000 par mois". `sum` KPIs are flows already; a stock
   * (followers, list size) is not one.
   */
  flow: z.literal(true).optional(),
  /** Required for `duration` KPIs (checked by the library tests), meaningless otherwise. */
  durationUnit: z.enum(DURATION_UNITS).optional(),
});

export type KpiDefinition = z.infer<typeof kpiDefinitionSchema>;
export type KpiUnit = KpiDefinition['unit'];
export type KpiDirection = KpiDefinition['direction'];
export type KpiAggregation = KpiDefinition['aggregation'];
