import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KpiPlanInput } from '../../../src/core/plan/schema';

/** The repository root. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

/**
 * The example plans of the format document (../shared/template-format.md), copied into the repository so
 * that a clone alone runs every test; test/core/plan/formatCopies.test.ts checks the copies still match
 * the document when ../shared is beside the repository.
 */
export const FORMAT_EXAMPLES_DIR = join(REPO_ROOT, 'test', 'fixtures', 'plans');

/** The copied example files, in the document's order (format-example-1.json, -2, ...). */
export function formatExampleFiles(): string[] {
  return readdirSync(FORMAT_EXAMPLES_DIR)
    .filter((name) => /^format-example-\d+\.json$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))
    .map((name) => join(FORMAT_EXAMPLES_DIR, name));
}

/** Every example plan of the format document, as text. */
export function formatExamples(): string[] {
  return formatExampleFiles().map((file) => readFileSync(file, 'utf8'));
}

/** The format's first example as an object, deep-copied so each test may change it. */
export function examplePlan(): KpiPlanInput & Record<string, unknown> {
  return JSON.parse(formatExamples()[0] as string);
}

/** A valid plan of `kpis` KPIs (spread over objectives of at most 50), for sizes and round trips. */
export function generatedPlan(
  kpis: number,
  frequency: 'weekly' | 'monthly' | 'quarterly' = 'monthly',
  period = { start: '2027-01-01', end: '2027-12-31' },
): KpiPlanInput {
  const units = ['number', 'percent', 'currency', 'duration'] as const;
  const directions = ['higher', 'lower', 'target'] as const;
  const aggregations = ['last', 'sum', 'average'] as const;
  const operational = [];
  for (let start = 0; start < kpis; start += 50) {
    const o = start / 50;
    operational.push({
      id: `oo-${o + 1}`,
      title: `Réduire le coût par lead de 20 % d'ici fin 2027 (${o + 1})`,
      kpis: Array.from({ length: Math.min(50, kpis - start) }, (_, k) => {
        const i = start + k;
        return {
          id: `kpi-${i + 1}`,
          name: `KPI ${i + 1}`,
          unit: units[i % 4] as (typeof units)[number],
          direction: directions[i % 3] as (typeof directions)[number],
          aggregation: aggregations[i % 3] as (typeof aggregations)[number],
          ...(i % 2 === 0 ? { baseline: 100 + i } : {}),
          target: 120 + i * 1.5,
          ...(i % 5 === 0 ? { deadline: '2027-06-30' } : {}),
          band: [0.05, 0.1, 0.15, 0.2][i % 4] as number,
          weight: 1 + (i % 3),
          ...(i % 4 === 0 ? { benchmark: 110 } : {}),
          ...(i % 3 === 0 ? { owner: `Équipe ${i}`, source: 'GA4' } : {}),
        };
      }),
    });
  }
  return {
    version: 1,
    name: `Plan de ${kpis} KPI`,
    language: 'fr',
    period: { ...period, frequency },
    strategy: 'Devenir la référence',
    goal: 'Doubler le CA',
    objectives: [{ id: 'so-1', title: 'Augmenter les ventes de 20 % en 2027', operational }],
  };
}
