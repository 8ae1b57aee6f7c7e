import type { Translated } from '../../../core/i18n';

// The dashboard's words, in both languages.

export const DASHBOARD_TEXT = {
  title: { fr: 'Graphiques', en: 'Dashboard' },
  hint: {
    fr: 'Choisissez un KPI\u00a0: le premier graphique le suit. Les données des graphiques sont calculées par formule à partir de la colonne M.',
    en: 'Pick a KPI: the first chart follows it. The charts’ data is computed by formulas from column M on.',
  },
  kpi: { fr: 'KPI', en: 'KPI' },
  kpiHelp: {
    fr: 'Choisissez un KPI du suivi\u00a0: le graphique montre son réel, sa trajectoire et sa cible.',
    en: 'Pick a KPI from Tracking: the chart shows its actual, its trajectory and its target.',
  },
  data: {
    fr: 'Données des graphiques (formules\u00a0: ne pas modifier)',
    en: 'Chart data (formulas: do not edit)',
  },
  row: { fr: 'Ligne', en: 'Row' },
  isSum: { fr: 'Cumulé', en: 'Cumulative' },
  baseline: { fr: 'Base', en: 'Baseline' },
  target: { fr: 'Cible', en: 'Target' },
  deadline: { fr: 'Échéance', en: 'Deadline' },
  planStart: { fr: 'Début du plan', en: 'Plan start' },
  planEnd: { fr: 'Fin du plan', en: 'Plan end' },
  period: { fr: 'Période', en: 'Period' },
  actual: { fr: 'Réel', en: 'Actual' },
  trajectory: { fr: 'Trajectoire', en: 'Trajectory' },
  lastYear: { fr: 'Même période N-1', en: 'Same period last year' },
  entered: { fr: 'Saisi', en: 'Entered' },
  runningTotal: { fr: 'Cumul', en: 'Running total' },
  periodEnd: { fr: 'Fin de période', en: 'Period end' },
  objective: { fr: 'Objectif', en: 'Objective' },
  goal: { fr: 'But (ensemble)', en: 'Goal (overall)' },
  attainment: { fr: 'Atteinte', en: 'Attainment' },
  status: { fr: 'Statut', en: 'Status' },
  count: { fr: 'KPI', en: 'KPIs' },
  kpiChart: {
    fr: 'Le KPI choisi\u00a0: réel, trajectoire et cible',
    en: 'Selected KPI: actual, trajectory and target',
  },
  attainmentChart: {
    fr: 'Atteinte par objectif et pour le but',
    en: 'Attainment by objective and for the goal',
  },
  statusChart: { fr: 'KPI par statut', en: 'KPIs by status' },
  kpiChartAlt: {
    fr: 'Courbe du KPI choisi en cellule B3, période par période\u00a0: le réel, la trajectoire attendue de la base à la cible, et la cible{lastYear}.',
    en: 'Line chart of the KPI picked in cell B3, period by period: the actual, the expected trajectory from baseline to target, and the target{lastYear}.',
  },
  kpiChartAltLastYear: {
    fr: ', avec la même période un an plus tôt',
    en: ', with the same period a year earlier',
  },
  attainmentChartAlt: {
    fr: 'Barres horizontales\u00a0: l’atteinte pondérée de chaque objectif stratégique et du but, en pourcentage de la cible.',
    en: 'Horizontal bars: the weighted attainment of each strategic objective and of the goal, as a percentage of target.',
  },
  statusChartAlt: {
    fr: 'Anneau\u00a0: le nombre de KPI en bonne voie, à risque, hors trajectoire et sans données.',
    en: 'Doughnut: how many KPIs are on track, at risk, off track and without data.',
  },
} as const satisfies Record<string, Translated>;
