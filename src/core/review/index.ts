import type { Lang } from '../i18n';
import { benchmarkFindings } from './benchmarks';
import { reviewContext, type ReviewedPlan } from './context';
import { coverageFindings } from './coverage';
import { kpiQualityFindings } from './kpiQuality';
import { relevanceFindings } from './relevance';
import { structureFindings } from './structure';
import { type Finding, type RawFinding, SEVERITIES } from './types';

export { FINDING_CODES, SEVERITIES, type Finding, type FindingCode, type Severity } from './types';
export type { ReviewedPlan } from './context';

// The plan review: what a KPI consultant checks beyond each objective's SMART wording. Each family of
// findings lives in its own file; this one runs them and orders what they found.

const FAMILIES = [
  structureFindings,
  relevanceFindings,
  coverageFindings,
  kpiQualityFindings,
  benchmarkFindings,
] as const;

/**
 * Every finding on a plan, errors first, then warnings, then tips (family by family within each), with the
 * message and the fix in `lang` (the plan's own language unless told).
 */
export function reviewPlan(plan: ReviewedPlan, lang: Lang = plan.language): Finding[] {
  const ctx = reviewContext(plan);
  const raw: RawFinding[] = FAMILIES.flatMap((family) => family(ctx));
  return SEVERITIES.flatMap((severity) =>
    raw
      .filter((f) => f.severity === severity)
      .map((f) => ({ code: f.code, severity, path: f.path, message: f.message[lang], fix: f.fix[lang] })),
  );
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<(typeof SEVERITIES)[number], number> {
  const counts = { error: 0, warning: 0, tip: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
