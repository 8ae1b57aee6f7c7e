import type { KpiDefinition } from '../kpiLibrary';
import { SOURCES } from '../vocabulary';
import { type KpiFacts, quoted, type ReviewContext } from './context';
import { foldedWords } from './words';
import type { RawFinding } from './types';

// Do the KPIs measure what the objectives say, and does each metric appear once?

function unrelated(
  named: ReviewContext['named'],
  title: string,
  path: string,
  kpis: readonly KpiFacts[],
  level: { fr: string; en: string },
): RawFinding[] {
  const metrics = named(title);
  if (metrics.length === 0 || kpis.length === 0) return [];
  const measured = new Set(kpis.map((k) => k.entry?.id));
  if (metrics.some((entry) => measured.has(entry.id))) return [];
  const metric = metrics[0] as KpiDefinition;
  const objective = quoted(title);
  return [
    {
      code: 'kpi-unrelated-to-objective',
      severity: 'warning',
      path,
      message: {
        fr: `${level.fr} ${objective.fr} parle de ${quoted(metric.name.fr).fr}, mais aucun de ses KPI ne le mesure\u00a0: ses KPI peuvent atteindre leur cible sans que l’objectif le soit.`,
        en: `${level.en} ${objective.en} is about ${quoted(metric.name.en).en}, but none of its KPIs measures it: its KPIs can reach their targets while the objective is missed.`,
      },
      fix: {
        fr: `Ajoutez le KPI ${quoted(metric.name.fr).fr}, ou reformulez l’objectif avec ce que ses KPI mesurent.`,
        en: `Add the KPI ${quoted(metric.name.en).en}, or reword the objective with what its KPIs measure.`,
      },
    },
  ];
}

const FILLER = new Set([
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'les',
  'l',
  'en',
  'total',
  'nombre',
  'the',
  'of',
  'in',
  'number',
  'per',
  ...SOURCES.map((s) => s.toLowerCase()),
]);

/**
 * True when a KPI's name is only its library metric's name (or an alias, a source, a filler word):
 * « Trafic organique (GA4) ». « Leads issus du blog » and « Leads LinkedIn » say which leads: two
 * KPIs of one metric named that way count different things.
 */
const termsOf = new Map<string, string[]>();

function plainName(name: string, entry: KpiDefinition): boolean {
  let rest = foldedWords(name);
  let terms = termsOf.get(entry.id);
  if (!terms) {
    terms = [entry.name.fr, entry.name.en, ...entry.aliases.fr, ...entry.aliases.en]
      .map((term) => foldedWords(term).trim())
      .sort((a, b) => b.length - a.length);
    termsOf.set(entry.id, terms);
  }
  for (const term of terms) rest = rest.split(` ${term} `).join(' ').replace(/ s /g, ' ');
  return rest.split(' ').every((word) => word === '' || FILLER.has(word));
}

function duplicates(kpis: readonly KpiFacts[]): RawFinding[] {
  const firstOf = new Map<string, KpiFacts>();
  const out: RawFinding[] = [];
  for (const facts of kpis) {
    const { entry } = facts;
    if (!entry || !plainName(facts.kpi.name, entry)) continue;
    const first = firstOf.get(entry.id);
    if (!first) {
      firstOf.set(entry.id, facts);
      continue;
    }
    const a = quoted(first.kpi.name);
    const b = quoted(facts.kpi.name);
    const same = first.kpi.name.trim() === facts.kpi.name.trim();
    out.push({
      code: 'duplicate-kpi',
      severity: 'warning',
      path: `${facts.path}.name`,
      message: {
        fr: same
          ? `Le KPI ${b.fr} apparaît deux fois\u00a0: une même mesure suivie deux fois pèse double dans le tableau de bord.`
          : `Les KPI ${a.fr} et ${b.fr} mesurent la même chose (${quoted(entry.name.fr).fr})\u00a0: une même mesure suivie deux fois pèse double dans le tableau de bord.`,
        en: same
          ? `The KPI ${b.en} appears twice: one measure tracked twice weighs double in the scorecard.`
          : `The KPIs ${a.en} and ${b.en} measure the same thing (${quoted(entry.name.en).en}): one measure tracked twice weighs double in the scorecard.`,
      },
      fix: {
        fr: 'Gardez-en un, ou précisez dans le nom ce qui les distingue (le canal, la campagne…).',
        en: 'Keep one, or say in the name what sets them apart (the channel, the campaign…).',
      },
    });
  }
  return out;
}

export function relevanceFindings({ plan, kpis, named }: ReviewContext): RawFinding[] {
  const out: RawFinding[] = [];
  plan.objectives.forEach((strategic, i) => {
    const under = kpis.filter((k) => k.strategicIndex === i);
    out.push(
      ...unrelated(named, strategic.title, `objectives[${i}].title`, under, {
        fr: 'L’objectif stratégique',
        en: 'The strategic objective',
      }),
    );
    strategic.operational.forEach((operational, j) =>
      out.push(
        ...unrelated(
          named,
          operational.title,
          `objectives[${i}].operational[${j}].kpis`,
          under.filter((k) => k.operationalIndex === j),
          { fr: 'L’objectif', en: 'The objective' },
        ),
      ),
    );
  });
  return [...out, ...duplicates(kpis)];
}
