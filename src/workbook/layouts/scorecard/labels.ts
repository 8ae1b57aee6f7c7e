import type { Lang, Translated } from '../../../core/i18n';

// Every word the Scorecard shows. Statuses are the texts the status cells hold (and the legend cells
// the status formulas and colour rules compare with), so they live once, here.

export const STATUS_LABELS = {
  onTrack: { fr: 'En bonne voie', en: 'On track' },
  atRisk: { fr: 'À risque', en: 'At risk' },
  offTrack: { fr: 'Hors trajectoire', en: 'Off track' },
  noData: { fr: 'Pas de données', en: 'No data' },
  stale: { fr: '⚠ Données anciennes', en: '⚠ Stale data' },
  outlier: { fr: '⚠ Valeur inhabituelle', en: '⚠ Unusual value' },
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
  due: { fr: 'Attendu à date', en: 'Due by now' },
  target: { fr: 'Cible finale', en: 'Final target' },
  variancePct: { fr: 'Écart %', en: 'Variance %' },
  varianceAbs: { fr: 'Écart', en: 'Variance' },
  attainment: { fr: 'Atteinte', en: 'Attainment' },
  status: { fr: 'Statut', en: 'Status' },
  pace: { fr: 'Rythme', en: 'Pace' },
  forecast: { fr: 'Prévision à l’échéance', en: 'Forecast at deadline' },
  forecastStatus: { fr: 'À l’échéance', en: 'At the deadline' },
  needed: { fr: 'À faire par période', en: 'Needed per period' },
  reading: { fr: 'Lecture', en: 'Reading' },
  change: { fr: 'Évolution vs période préc.', en: 'Change vs previous period' },
  yearChange: { fr: 'Évolution vs an dernier', en: 'Change vs last year' },
  benchmarkGap: { fr: 'Écart au benchmark', en: 'Gap to benchmark' },
  trend: { fr: 'Tendance', en: 'Trend' },
  stale: { fr: 'Fraîcheur', en: 'Freshness' },
  outlier: { fr: 'Valeur suspecte', en: 'Suspicious value' },
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
  due: {
    fr: 'Où le KPI devrait être à la fin de la période affichée\u00a0: sa trajectoire, de la valeur de départ (début du plan) à la cible (échéance), en ligne droite ou par ses jalons. Total attendu à date pour une somme, moyenne de la trajectoire sur les périodes suivies pour une moyenne.',
    en: 'Where the KPI should be at the end of the period shown: its trajectory from the baseline (plan start) to the target (deadline), straight or through its milestones. The total due so far for a sum, the average of the trajectory over the periods tracked for an average.',
  },
  variancePct: {
    fr: 'Écart favorable à l’attendu, rapporté à |attendu|\u00a0: positif = en avance sur la trajectoire, quel que soit le sens du KPI.',
    en: 'Favourable variance to what is due, over |due|: positive = ahead of the trajectory, whatever the KPI direction.',
  },
  varianceAbs: {
    fr: 'Écart favorable à l’attendu en unités du KPI\u202f; en points (pts) pour les KPI en pourcentage.',
    en: "Favourable variance to what is due, in the KPI's unit; in percentage points (pts) for percent KPIs.",
  },
  attainment: {
    fr: '1 + écart % (linéaire, jamais cible/réel).',
    en: '1 + variance % (linear, never target/actual).',
  },
  status: {
    fr: 'La valeur à date jugée contre l’attendu à date (pas contre la cible finale), même règle que KPI_VARIANCE avec la zone à risque du KPI\u202f; «\u00a0Pas de données\u00a0» si la période affichée n’a pas de valeur.',
    en: 'The value to date judged against what is due by now (not the final target), same rule as KPI_VARIANCE with the KPI band; "No data" when the period shown has no value.',
  },
  pace: {
    fr: 'Progrès réel / progrès attendu par la trajectoire depuis la valeur de départ (0 pour une somme). 100\u00a0% = dans le rythme.',
    en: 'Actual progress / progress the trajectory expects since the baseline (0 for a sum). 100% = on pace.',
  },
  forecast: {
    fr: 'Tendance linéaire (moindres carrés) des valeurs suivies jusqu’à la période affichée, prolongée jusqu’à l’échéance.',
    en: 'Least-squares linear trend of the values tracked up to the period shown, projected to the deadline.',
  },
  forecastStatus: {
    fr: 'La prévision jugée contre la cible finale avec la zone à risque du KPI\u00a0: un KPI dans le rythme aujourd’hui mais qui ralentit apparaît ici à risque.',
    en: 'The forecast judged against the final target with the KPI band: a KPI on pace today but slowing shows at risk here.',
  },
  needed: {
    fr: 'Ce qu’il faut par période restante pour atteindre la cible\u00a0: le reste du total pour une somme, la progression par période pour un niveau. Vide si la cible est acquise ou l’échéance passée.',
    en: 'What each remaining period needs to land on the target: what is left of a total, or the change per period for a level. Blank when the target is secured or the deadline has passed.',
  },
  reading: {
    fr: 'Les trois lectures en une phrase\u00a0: où en est le KPI, où il sera à l’échéance à ce rythme, ce qu’il faut changer.',
    en: 'The three readings in one sentence: where the KPI stands, where it will be at the deadline on this trend, what must change.',
  },
  outlier: {
    fr: 'Valeur de la période affichée à plus de 3 écarts-types de la moyenne des périodes précédentes (au moins 4)\u00a0: perte de suivi, attaque de robots… Vérifiez la source avant de conclure.',
    en: 'Value of the period shown more than 3 standard deviations from the mean of the earlier periods (at least 4): a tracking loss, a bot attack… Check the source before drawing conclusions.',
  },
  change: {
    fr: 'Valeur de la période affichée moins celle de la précédente\u202f; vert = amélioration pour ce KPI.',
    en: 'Value of the period shown minus the previous one; green = an improvement for this KPI.',
  },
  yearChange: {
    fr: 'Valeur de la période affichée moins celle de la même période un an plus tôt, quand le suivi la contient (colonnes d’historique, ou plan de plus d’un an).',
    en: 'Value of the period shown minus the same period a year earlier, when Tracking holds it (history columns, or a plan longer than a year).',
  },
  stale: {
    fr: 'Dernière valeur antérieure à la période précédente.',
    en: 'Last value older than the previous period.',
  },
};
