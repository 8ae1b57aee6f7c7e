import type { KpiFacts, ReviewContext } from './context';
import { quoted } from './context';
import type { RawFinding } from './types';

// Targets set against references: the sector's benchmark for the KPIs that matter most, and targets
// that stay within reach of it.

/** A target this much beyond the benchmark (50 %) is "far beyond" it. */
export const BEYOND_BENCHMARK = 0.5;

/** Each strategic objective's key KPI: the heaviest of its KPIs (the first of equals). */
function keyKpis(kpis: readonly KpiFacts[]): KpiFacts[] {
  const best = new Map<number, KpiFacts>();
  for (const facts of kpis) {
    const current = best.get(facts.strategicIndex);
    if (!current || facts.kpi.weight > current.kpi.weight) best.set(facts.strategicIndex, facts);
  }
  return [...best.values()];
}

/** How far the target goes past the benchmark in the KPI's good direction, as a fraction of it. */
function beyond(target: number, benchmark: number, direction: KpiFacts['kpi']['direction']): number {
  if (benchmark === 0) return 0;
  const gap = (target - benchmark) / Math.abs(benchmark);
  if (direction === 'higher') return gap;
  if (direction === 'lower') return -gap;
  return Math.abs(gap);
}

function percent(n: number, lang: 'fr' | 'en'): string {
  const rounded = Math.round(n * 100);
  return lang === 'fr' ? `${rounded}\u00a0%` : `${rounded}%`;
}

export function benchmarkFindings({ kpis }: ReviewContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const facts of keyKpis(kpis)) {
    if (facts.kpi.benchmark !== undefined) continue;
    const name = quoted(facts.kpi.name);
    out.push({
      code: 'no-benchmark',
      severity: 'tip',
      path: `${facts.path}.benchmark`,
      message: {
        fr: `Le KPI ${name.fr}, le plus important de son objectif, n’a pas de référence du secteur\u00a0: sa cible n’est comparée à rien d’extérieur.`,
        en: `The KPI ${name.en}, the weightiest of its objective, has no sector benchmark: its target is compared with nothing outside.`,
      },
      fix: {
        fr: 'Saisissez une référence (étude sectorielle, moyenne de la plateforme, concurrent).',
        en: 'Type a benchmark (an industry study, the platform’s average, a competitor).',
      },
    });
  }
  for (const { kpi, path } of kpis) {
    if (kpi.benchmark === undefined || !Number.isFinite(kpi.benchmark)) continue;
    const gap = beyond(kpi.target, kpi.benchmark, kpi.direction);
    if (!(gap > BEYOND_BENCHMARK)) continue;
    const name = quoted(kpi.name);
    out.push({
      code: 'target-beyond-benchmark',
      severity: 'warning',
      path: `${path}.target`,
      message: {
        fr: `La cible du KPI ${name.fr} dépasse de ${percent(gap, 'fr')} la référence du secteur\u00a0: une cible hors d’atteinte décourage l’équipe qui la porte.`,
        en: `The target of the KPI ${name.en} is ${percent(gap, 'en')} beyond the sector benchmark: a target out of reach discourages the team that carries it.`,
      },
      fix: {
        fr: 'Rapprochez la cible de la référence, ou notez pourquoi l’équipe peut faire nettement mieux que le secteur.',
        en: 'Bring the target closer to the benchmark, or note why the team can do much better than the sector.',
      },
    });
  }
  return out;
}
