import type { Lang, Translated } from '../../../core/i18n';

// Every word the Scorecard shows. Statuses are the texts the status cells hold (and the legend cells
// the status formulas and colour rules compare with), so they live once, here.

export const STATUS_LABELS = {
  onTrack: { fr: 'En bonne voie', en: 'On track' },
  atRisk: { fr: 'À risque', en: 'At risk' },
  offTrack: { fr: 'Hors trajectoire', en: 'Off track' },
  noData: { fr: 'Pas de données', en: 'No data' },
  stale: { fr: '⚠ Données anciennes', en: '⚠ Stale data' },
} as const satisfies Record<string, Translated>;

export type StatusKey = keyof typeof STATUS_LABELS;

export const TEXT = {
  title: { fr: 'Tableau de bord', en: 'Scorecard' },
  period: { fr: 'Période', en: 'Period' },
  periodHelp: {
    fr: 'Choisissez une période du suivi\u202f; laissez vide pour afficher la dernière période renseignée.',
    en: 'Pick a tracking period; leave blank to show the latest period that has data.',
  },
  shownPeriod: { fr: 'Période affichée', en: 'Period shown' },
  asOf: { fr: 'Au', en: 'As of' },
  legend: { fr: 'Légende', en: 'Legend' },
  cap: { fr: 'Plafond d’atteinte', en: 'Attainment cap' },
  defaultBand: { fr: 'Zone à risque par défaut', en: 'Default at-risk band' },
  defaultWeight: { fr: 'Poids par défaut', en: 'Default weight' },
  planStart: { fr: 'Début du plan', en: 'Plan start' },
  planEnd: { fr: 'Fin du plan', en: 'Plan end' },
  targetZero: { fr: 'cible = 0', en: 'target = 0' },
  rollups: { fr: 'Synthèse par objectif', en: 'Roll-up by objective' },
  level: { fr: 'Niveau', en: 'Level' },
  objective: { fr: 'Objectif', en: 'Objective' },
  levelOperational: { fr: 'Objectif opérationnel', en: 'Operational objective' },
  levelStrategic: { fr: 'Objectif stratégique', en: 'Strategic objective' },
  levelGoal: { fr: 'But', en: 'Goal' },
  weightedAttainment: { fr: 'Atteinte pondérée', en: 'Weighted attainment' },
  shareOnTrack: { fr: 'Part en bonne voie', en: 'Share on track' },
  withData: { fr: 'KPI renseignés', en: 'KPIs with data' },
  protection: {
    fr: 'Tableau de bord KPI Kit\u00a0: formules calculées depuis Objectifs et Suivi. Modifiez plutôt ces feuilles.',
    en: 'KPI Kit scorecard: formulas computed from Objectives and Tracking. Edit those sheets instead.',
  },
} as const satisfies Record<string, Translated>;

/** Headers of the per-KPI columns, by column key (./grid.ts). */
export const HEADERS = {
  strategic: { fr: 'Objectif stratégique', en: 'Strategic objective' },
  operational: { fr: 'Objectif opérationnel', en: 'Operational objective' },
  name: { fr: 'KPI', en: 'KPI' },
  value: { fr: 'Valeur à date', en: 'Value to date' },
  target: { fr: 'Cible', en: 'Target' },
  variancePct: { fr: 'Écart %', en: 'Variance %' },
  varianceAbs: { fr: 'Écart', en: 'Variance' },
  attainment: { fr: 'Atteinte', en: 'Attainment' },
  status: { fr: 'Statut', en: 'Status' },
  pace: { fr: 'Rythme', en: 'Pace' },
  forecast: { fr: 'Prévision à l’échéance', en: 'Forecast at deadline' },
  change: { fr: 'Évolution vs période préc.', en: 'Change vs previous period' },
  benchmarkGap: { fr: 'Écart au benchmark', en: 'Gap to benchmark' },
  trend: { fr: 'Tendance', en: 'Trend' },
  stale: { fr: 'Fraîcheur', en: 'Freshness' },
} as const satisfies Record<string, Translated>;

export function label(message: Translated, lang: Lang): string {
  return message[lang];
}

/** Header notes: what a column means, where it is not obvious. */
export const HEADER_NOTES: Partial<Record<keyof typeof HEADERS, Translated>> = {
  value: {
    fr: 'Selon l’agrégation du KPI\u00a0: dernière valeur, somme ou moyenne des périodes suivies jusqu’à la période affichée.',
    en: "Per the KPI's aggregation: last value, sum or average of the periods tracked up to the period shown.",
  },
  variancePct: {
    fr: 'Écart favorable rapporté à |cible|\u00a0: positif = mieux que la cible, quel que soit le sens du KPI.',
    en: 'Favourable variance over |target|: positive = better than target, whatever the KPI direction.',
  },
  varianceAbs: {
    fr: 'Écart favorable en unités du KPI\u202f; en points (pts) pour les KPI en pourcentage.',
    en: "Favourable variance in the KPI's unit; in percentage points (pts) for percent KPIs.",
  },
  attainment: {
    fr: '1 + écart % (linéaire, jamais cible/réel).',
    en: '1 + variance % (linear, never target/actual).',
  },
  status: {
    fr: 'Même règle que KPI_VARIANCE avec la bande du KPI\u202f; «\u00a0Pas de données\u00a0» si la période affichée n’a pas de valeur.',
    en: 'Same rule as KPI_VARIANCE with the KPI band; "No data" when the period shown has no value.',
  },
  pace: {
    fr: 'Progrès réel / progrès attendu sur une trajectoire linéaire de la référence (début du plan) à la cible (échéance), à la fin de la période affichée. 100 % = dans le rythme.',
    en: 'Actual progress / expected progress on a straight line from baseline (plan start) to target (deadline), at the end of the period shown. 100 % = on pace.',
  },
  forecast: {
    fr: 'Tendance linéaire (moindres carrés) des valeurs suivies jusqu’à la période affichée, prolongée jusqu’à l’échéance.',
    en: 'Least-squares linear trend of the values tracked up to the period shown, projected to the deadline.',
  },
  change: {
    fr: 'Valeur de la période affichée moins celle de la précédente\u202f; vert = amélioration pour ce KPI.',
    en: 'Value of the period shown minus the previous one; green = an improvement for this KPI.',
  },
  stale: {
    fr: 'Dernière valeur antérieure à la période précédente.',
    en: 'Last value older than the previous period.',
  },
};
