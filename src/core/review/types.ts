import type { Lang, Translated } from '../i18n';

/** What a finding weighs: `error` blocks nothing but is shown first, then `warning`, then `tip`. */
export const SEVERITIES = ['error', 'warning', 'tip'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every finding the plan review can make; the codes are stable (docs, tests and users rely on them). */
export const FINDING_CODES = [
  'objective-without-kpi',
  'kpi-without-source',
  'kpi-without-owner',
  'kpi-without-baseline',
  'kpi-unrelated-to-objective',
  'channel-without-kpi',
  'funnel-gap',
  'too-many-kpis',
  'no-benchmark',
  'target-beyond-benchmark',
  'duplicate-kpi',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** One finding, its words in both languages until the review picks the plan's. */
export interface RawFinding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The plan path of the field to fix (`objectives[0].operational[1].kpis[2].source`), '' for the plan. */
  readonly path: string;
  readonly message: Translated;
  readonly fix: Translated;
}

/** A finding as the review answers it: message and fix in one language. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

export type { Lang };
