import type { Translated } from '../core/i18n';
import type { Aggregation, Direction, Frequency, Unit } from '../core/vocabulary';
import type { ObjectivesColumn } from './layoutContext';
import type { SheetRole } from './spec';

export const SHEET_NAMES: Record<SheetRole, Translated> = {
  objectives: { fr: 'Objectifs', en: 'Objectives' },
  tracking: { fr: 'Suivi', en: 'Tracking' },
  scorecard: { fr: 'Tableau de bord', en: 'Scorecard' },
  // « Tableau de bord » is the Scorecard's French name: the charts sheet takes another.
  dashboard: { fr: 'Graphiques', en: 'Dashboard' },
  library: { fr: 'Bibliothèque KPI', en: 'KPI library' },
  archive: { fr: 'Archive KPI Kit', en: 'KPI Kit archive' },
  data: { fr: 'Données KPI Kit', en: 'KPI Kit data' },
};

export const TAB_COLORS: Record<SheetRole, string> = {
  objectives: '#1a73e8',
  tracking: '#188038',
  scorecard: '#e37400',
  dashboard: '#d93025',
  library: '#9334e6',
  archive: '#5f6368',
  data: '#12b5cb',
};

export const HEADER_BACKGROUND = '#e8eaed';
export const MUTED_COLOR = '#5f6368';
export const INPUT_BACKGROUND = '#fef7e0';

/** Header of each Objectives column, and the note that explains it. */
export const OBJECTIVES_HEADERS: Record<ObjectivesColumn, { title: Translated; note?: Translated }> = {
  strategicId: { title: { fr: 'ID objectif stratégique', en: 'Strategic objective ID' } },
  strategicTitle: { title: { fr: 'Objectif stratégique', en: 'Strategic objective' } },
  strategicSmartScore: {
    title: { fr: 'SMART (stratégique)', en: 'SMART (strategic)' },
    note: {
      fr: 'Score SMART de l’objectif stratégique (0 à 5), calculé à la construction.',
      en: 'SMART score of the strategic objective (0 to 5), computed when the workbook was built.',
    },
  },
  strategicSmartMissing: { title: { fr: 'À préciser (stratégique)', en: 'To improve (strategic)' } },
  operationalId: { title: { fr: 'ID objectif opérationnel', en: 'Operational objective ID' } },
  operationalTitle: { title: { fr: 'Objectif opérationnel', en: 'Operational objective' } },
  operationalSmartScore: {
    title: { fr: 'SMART (opérationnel)', en: 'SMART (operational)' },
    note: {
      fr: 'Score SMART de l’objectif opérationnel (0 à 5), calculé à la construction.',
      en: 'SMART score of the operational objective (0 to 5), computed when the workbook was built.',
    },
  },
  operationalSmartMissing: { title: { fr: 'À préciser (opérationnel)', en: 'To improve (operational)' } },
  kpiId: {
    title: { fr: 'ID KPI', en: 'KPI ID' },
    note: {
      fr: 'Clé stable du KPI\u00a0: le suivi est rattaché à cet identifiant. Ne le modifiez pas.',
      en: 'Stable key of the KPI: tracked values are matched by it. Do not change it.',
    },
  },
  name: { title: { fr: 'KPI', en: 'KPI' } },
  libraryId: { title: { fr: 'ID bibliothèque', en: 'Library ID' } },
  definition: { title: { fr: 'Définition', en: 'Definition' } },
  formula: { title: { fr: 'Formule', en: 'Formula' } },
  unit: {
    title: { fr: 'Unité', en: 'Unit' },
    note: {
      fr: 'nombre, pourcentage (fraction\u00a0: 2,4 % = 0,024), devise ou durée.',
      en: 'number, percent (a fraction: 2.4% = 0.024), currency or duration.',
    },
  },
  direction: {
    title: { fr: 'Sens', en: 'Direction' },
    note: {
      fr: 'hausse\u00a0: plus haut = mieux\u202f; baisse\u00a0: plus bas = mieux\u202f; cible\u00a0: au plus près de la cible.',
      en: 'higher: higher is better; lower: lower is better; target: closer to the target is better.',
    },
  },
  aggregation: {
    title: { fr: 'Agrégation', en: 'Aggregation' },
    note: {
      fr: 'somme\u00a0: la cible est un total sur la période (CA, leads)\u202f; dernière valeur\u00a0: un niveau à atteindre à l’échéance (taux, abonnés, sessions par mois)\u202f; moyenne\u00a0: une moyenne sur la période.',
      en: 'sum: the target is a total over the period (revenue, leads); last: a level to reach by the deadline (rates, followers, sessions a month); average: an average over the period.',
    },
  },
  baseline: { title: { fr: 'Valeur de départ', en: 'Baseline' } },
  target: { title: { fr: 'Cible', en: 'Target' } },
  deadline: { title: { fr: 'Échéance', en: 'Deadline' } },
  band: {
    title: { fr: 'Zone à risque', en: 'At-risk band' },
    note: {
      fr: 'Largeur de la zone à risque, en fraction de la cible (0,1 = 10 %).',
      en: 'Width of the at-risk band, as a fraction of the target (0.1 = 10%).',
    },
  },
  weight: { title: { fr: 'Poids', en: 'Weight' } },
  benchmark: { title: { fr: 'Benchmark', en: 'Benchmark' } },
  owner: { title: { fr: 'Responsable', en: 'Owner' } },
  source: { title: { fr: 'Source', en: 'Source' } },
  milestones: {
    title: { fr: 'Jalons', en: 'Milestones' },
    note: {
      fr: 'Facultatif\u00a0: les points de la trajectoire entre la valeur de départ et la cible, «\u00a0date\u00a0: valeur\u00a0» séparés par «\u00a0;\u00a0», par ex. «\u00a02027-03-31\u00a0: 4000\u202f; 2027-09-30\u00a0: 9000\u00a0». Pour un total (somme), le cumul attendu à cette date. Vide\u00a0: une ligne droite.',
      en: 'Optional: the trajectory’s points between the baseline and the target, "date: value" separated by ";", e.g. "2027-03-31: 4000; 2027-09-30: 9000". For a total (sum), the cumulative total due by then. Blank: a straight line.',
    },
  },
};

export const PLAN_HEADER = {
  name: { fr: 'Plan', en: 'Plan' },
  strategy: { fr: 'Stratégie', en: 'Strategy' },
  goal: { fr: 'But', en: 'Goal' },
  period: { fr: 'Période (début, fin, fréquence)', en: 'Period (start, end, frequency)' },
  currency: { fr: 'Devise', en: 'Currency' },
  language: { fr: 'Langue', en: 'Language' },
  version: { fr: 'Version du format', en: 'Format version' },
} satisfies Record<string, Translated>;

/**
 * Label beside the period (Objectives header, column E) when the plan keeps last year's columns in
 * Tracking; TRUE in column F says so, and a rebuild from the workbook reads it back.
 */
export const HISTORY_HEADER = { fr: 'Année précédente', en: 'Previous year' } satisfies Translated;

/** Labels of the branding fields (Objectives header block) and the line each title row shows. */
export const BRANDING_LABELS = {
  agency: { fr: 'Préparé par (agence)', en: 'Prepared by (agency)' },
  client: { fr: 'Pour (client)', en: 'For (client)' },
  accentColor: { fr: 'Couleur d’accent (#RRGGBB)', en: 'Accent colour (#RRGGBB)' },
  byFor: { fr: 'Préparé par {agency} pour {client}', en: 'Prepared by {agency} for {client}' },
  by: { fr: 'Préparé par {agency}', en: 'Prepared by {agency}' },
  for: { fr: 'Préparé pour {client}', en: 'Prepared for {client}' },
} satisfies Record<string, Translated>;

export const HELP = {
  /** A percent KPI that is a share of a whole: Sheets warns (does not refuse) outside 0–100 %. */
  rate: {
    fr: 'Un taux entre 0 et 100\u202f%, par ex. 1,45\u202f% ou 0,0145. Laissez vide si pas de donnée.',
    en: 'A rate between 0 and 100%, e.g. 1.45% or 0.0145. Leave empty when there is no data.',
  },
  tracked: {
    fr: 'Nombres uniquement. Pourcentages en fraction ou avec % (2,4 % = 0,024). Laissez vide si pas de donnée.',
    en: 'Numbers only. Percentages as fractions or with % (2.4% = 0.024). Leave empty when there is no data.',
  },
} as const;

export const TRACKING_LABELS = {
  title: { fr: 'Suivi', en: 'Tracking' },
  id: { fr: 'ID KPI', en: 'KPI ID' },
  name: { fr: 'KPI', en: 'KPI' },
  unit: { fr: 'Unité', en: 'Unit' },
  baseline: { fr: 'Valeur de départ', en: 'Baseline' },
  instructions: {
    fr: 'Saisissez les valeurs réalisées, une colonne par période. Une reconstruction conserve tout ce qui est saisi ici.',
    en: 'Type the actual values, one column per period. A rebuild keeps everything typed here.',
  },
  source: { fr: 'Source', en: 'Source' },
  owner: { fr: 'Responsable', en: 'Owner' },
  noSource: { fr: 'Source non précisée dans le plan.', en: 'No source given in the plan.' },
  periodNote: { fr: 'Du {start} au {end}', en: 'From {start} to {end}' },
  /** First line of a history column's header note, above its dates. */
  historyNote: { fr: 'Année précédente (historique)', en: 'Previous year (history)' },
  archive: {
    fr: 'Archive\u00a0: valeurs saisies pour des KPI ou périodes retirés du plan (conservées, non utilisées)',
    en: 'Archive: values typed for KPIs or periods removed from the plan (kept, not used)',
  },
  archiveHeader: {
    id: { fr: 'ID KPI', en: 'KPI ID' },
    period: { fr: 'Période', en: 'Period' },
    value: { fr: 'Valeur', en: 'Value' },
  },
} satisfies Record<string, Translated | Record<string, Translated>>;

/** The archive sheet: what a rebuild could not put back in its place, with where it came from. */
export const ARCHIVE_LABELS = {
  title: { fr: 'Archive KPI Kit', en: 'KPI Kit archive' },
  explanation: {
    fr: 'Ce que les reconstructions ne pouvaient pas remettre à sa place (KPI ou période retirés du plan, saisies dans une ligne ou une colonne insérée dans la grille), avec son origine. Une valeur revient dans le suivi quand son KPI et sa période reviennent dans le plan. Supprimez une ligne quand vous n’en avez plus besoin.',
    en: 'What rebuilds could not put back in its place (a KPI or period removed from the plan, something typed in a row or column inserted in the grid), with where it came from. A value returns to Tracking when its KPI and period are back in the plan. Delete a row when you no longer need it.',
  },
  sheet: { fr: 'Feuille', en: 'Sheet' },
  cell: { fr: 'Cellule', en: 'Cell' },
  id: { fr: 'ID KPI', en: 'KPI ID' },
  period: { fr: 'Période', en: 'Period' },
  value: { fr: 'Valeur', en: 'Value' },
  formula: { fr: 'Formule', en: 'Formula' },
  note: { fr: 'Note', en: 'Note' },
} satisfies Record<string, Translated>;

export const LIBRARY_LABELS = {
  id: { fr: 'ID', en: 'ID' },
  name: { fr: 'KPI', en: 'KPI' },
  definition: { fr: 'Définition', en: 'Definition' },
  formula: { fr: 'Formule', en: 'Formula' },
  unit: { fr: 'Unité', en: 'Unit' },
  direction: { fr: 'Sens', en: 'Direction' },
  aggregation: { fr: 'Agrégation', en: 'Aggregation' },
  channel: { fr: 'Canal', en: 'Channel' },
  stage: { fr: 'Étape du tunnel', en: 'Funnel stage' },
  category: { fr: 'Catégorie', en: 'Category' },
  sources: { fr: 'Sources', en: 'Sources' },
  aliases: { fr: 'Synonymes', en: 'Aliases' },
} satisfies Record<string, Translated>;

/** The enumerated words the sheets show, by code (../workbook/enumWords.ts reads and writes them). */
export const ENUM_WORDS = {
  unit: {
    number: { fr: 'nombre', en: 'number' },
    percent: { fr: 'pourcentage', en: 'percent' },
    currency: { fr: 'devise', en: 'currency' },
    duration: { fr: 'durée', en: 'duration' },
  } satisfies Record<Unit, Translated>,
  direction: {
    higher: { fr: 'hausse', en: 'higher' },
    lower: { fr: 'baisse', en: 'lower' },
    target: { fr: 'cible', en: 'target' },
  } satisfies Record<Direction, Translated>,
  aggregation: {
    last: { fr: 'dernière valeur', en: 'last' },
    sum: { fr: 'somme', en: 'sum' },
    average: { fr: 'moyenne', en: 'average' },
  } satisfies Record<Aggregation, Translated>,
  frequency: {
    weekly: { fr: 'hebdomadaire', en: 'weekly' },
    monthly: { fr: 'mensuel', en: 'monthly' },
    quarterly: { fr: 'trimestriel', en: 'quarterly' },
  } satisfies Record<Frequency, Translated>,
} as const;
