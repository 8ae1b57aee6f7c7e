import { fillTemplate } from '../src/core/fillTemplate';
import type { Lang, Translated } from '../src/core/i18n';
import { CATEGORY_WORDS, CHANNEL_WORDS, STAGE_WORDS } from '../src/core/libraryWords';

// Every word the wizard shows, in both languages. The compiler refuses a missing translation.

export const UI = {
  appTitle: { fr: 'KPI Kit', en: 'KPI Kit' },
  language: { fr: 'Langue', en: 'Language' },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  steps: { fr: 'Étapes', en: 'Steps' },
  stepStart: { fr: 'Démarrer', en: 'Start' },
  stepContext: { fr: 'Contexte', en: 'Context' },
  stepObjectives: { fr: 'Objectifs', en: 'Objectives' },
  stepKpis: { fr: 'KPI', en: 'KPIs' },
  stepReview: { fr: 'Vérifier et créer', en: 'Review and build' },
  stepOf: { fr: 'Étape {n} sur {total}', en: 'Step {n} of {total}' },
  back: { fr: 'Retour', en: 'Back' },
  next: { fr: 'Suivant', en: 'Next' },
  saving: { fr: 'Enregistrement…', en: 'Saving…' },
  savedAt: { fr: 'Brouillon enregistré à {time}', en: 'Draft saved at {time}' },
  saveFailed: {
    fr: 'Le brouillon n’a pas pu être enregistré\u00a0: {error}',
    en: 'The draft could not be saved: {error}',
  },
  nearLimit: {
    fr: 'Le brouillon approche de la limite de stockage du document (500 Ko)\u00a0: raccourcissez les textes longs.',
    en: "The draft is nearing the document's storage limit (500 KB): shorten long texts.",
  },
  // Start
  startIntro: {
    fr: 'De la stratégie aux objectifs SMART, des objectifs aux KPI, puis un tableau de bord dans ce classeur.',
    en: 'From strategy to SMART objectives, from objectives to KPIs, then a scorecard in this workbook.',
  },
  newPlan: { fr: 'Nouveau plan', en: 'New plan' },
  continueDraft: { fr: 'Reprendre le brouillon', en: 'Continue the draft' },
  draftInfo: { fr: '«\u00a0{name}\u00a0», enregistré le {date}', en: '“{name}”, saved on {date}' },
  untitled: { fr: 'sans titre', en: 'untitled' },
  confirmDiscard: {
    fr: 'Un brouillon est enregistré dans ce classeur. Le remplacer par un nouveau plan\u202f?',
    en: 'A draft is saved in this workbook. Replace it with a new plan?',
  },
  discardYes: { fr: 'Oui, remplacer le brouillon', en: 'Yes, replace the draft' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  loadFromWorkbook: { fr: 'Charger le plan de ce classeur', en: 'Load the plan from this workbook' },
  loadingWorkbook: { fr: 'Lecture de la feuille Objectifs…', en: 'Reading the Objectives sheet…' },
  loadFailed: { fr: 'Impossible de charger le plan\u00a0: {error}', en: 'Could not load the plan: {error}' },
  templates: { fr: 'Partir d’un modèle', en: 'Start from a template' },
  useStarter: { fr: 'Partir de «\u00a0{name}\u00a0»', en: 'Start from “{name}”' },
  starterCounts: {
    fr: 'Objectifs\u00a0: {objectives} · KPI\u00a0: {kpis}',
    en: 'Objectives: {objectives} · KPIs: {kpis}',
  },
  starterKpis: { fr: 'KPI\u00a0: {list}', en: 'KPIs: {list}' },
  // Import a template
  importTitle: { fr: 'Importer un modèle', en: 'Import a template' },
  importIntro: {
    fr: 'Un fichier .json exporté par KPI Kit (1 Mo au plus), choisi ou collé.',
    en: 'A .json file exported by KPI Kit (1 MB at most), chosen or pasted.',
  },
  importFile: { fr: 'Fichier modèle (.json)', en: 'Template file (.json)' },
  importPaste: { fr: 'Ou collez le contenu du fichier', en: 'Or paste the file’s content' },
  importCheck: { fr: 'Lire le modèle collé', en: 'Read the pasted template' },
  importReading: { fr: 'Lecture du modèle…', en: 'Reading the template…' },
  importRefused: {
    fr: 'Ce modèle ne peut pas être importé\u202f; rien n’a été appliqué\u00a0:',
    en: 'This template cannot be imported; nothing was applied:',
  },
  // Between a place and its problem; French puts a no-break space before the colon.
  colon: { fr: '\u00a0: ', en: ': ' },
  importFailed: { fr: 'Lecture impossible\u00a0: {error}', en: 'Could not read it: {error}' },
  importFound: { fr: 'Modèle «\u00a0{name}\u00a0»', en: 'Template “{name}”' },
  importBy: { fr: 'Par {author}', en: 'By {author}' },
  importIgnored: {
    fr: 'Champs inconnus ignorés\u00a0: {list}',
    en: 'Unknown fields ignored: {list}',
  },
  importUse: { fr: 'Utiliser ce modèle', en: 'Use this template' },
  confirmReplaceTitle: { fr: 'Remplacer le brouillon\u202f?', en: 'Replace the draft?' },
  confirmReplace: {
    fr: 'Le brouillon «\u00a0{draft}\u00a0» sera remplacé par le modèle «\u00a0{name}\u00a0». Le brouillon actuel sera perdu.',
    en: 'The draft “{draft}” will be replaced by the template “{name}”. The current draft will be lost.',
  },
  confirmReplaceWorkbook: {
    fr: 'Le brouillon «\u00a0{draft}\u00a0» sera remplacé par le plan de ce classeur (feuille Objectifs). Le brouillon actuel sera perdu.',
    en: 'The draft “{draft}” will be replaced by this workbook’s plan (Objectives sheet). The current draft will be lost.',
  },
  replaceYes: { fr: 'Remplacer le brouillon', en: 'Replace the draft' },
  keepDraft: { fr: 'Garder mon brouillon', en: 'Keep my draft' },
  // Save as template
  exportTitle: { fr: 'Enregistrer comme modèle', en: 'Save as template' },
  exportIntro: {
    fr: 'Un fichier .json avec ce plan (sans données suivies), à réutiliser ou à partager.',
    en: 'A .json file with this plan (no tracked data), to reuse or share.',
  },
  templateName: { fr: 'Nom du modèle', en: 'Template name' },
  templateDescription: { fr: 'Description', en: 'Description' },
  templateAuthor: { fr: 'Auteur ou agence', en: 'Author or agency' },
  exportCreate: { fr: 'Créer le fichier modèle', en: 'Create the template file' },
  exportWorking: { fr: 'Création du fichier…', en: 'Creating the file…' },
  exportReady: { fr: 'Le fichier modèle est prêt.', en: 'The template file is ready.' },
  exportDownload: { fr: 'Télécharger {file}', en: 'Download {file}' },
  exportText: { fr: 'Contenu du modèle (à copier)', en: 'Template content (to copy)' },
  copy: { fr: 'Copier', en: 'Copy' },
  copied: { fr: 'Copié.', en: 'Copied.' },
  copyBlocked: {
    fr: 'Copie bloquée par le navigateur\u00a0: sélectionnez le texte ci-dessus et copiez-le (Ctrl+C).',
    en: 'The browser blocked copying: select the text above and copy it (Ctrl+C).',
  },
  exportRefused: {
    fr: 'Le plan ne peut pas encore être enregistré comme modèle\u00a0:',
    en: 'The plan cannot be saved as a template yet:',
  },
  // Context
  contextIntro: {
    fr: 'La stratégie vise un but\u202f; le but se décline en objectifs.',
    en: 'The strategy aims at a goal; the goal splits into objectives.',
  },
  planName: { fr: 'Nom du plan', en: 'Plan name' },
  strategy: { fr: 'Stratégie', en: 'Strategy' },
  goal: { fr: 'But', en: 'Goal' },
  period: { fr: 'Période', en: 'Period' },
  periodStart: { fr: 'Début de la période', en: 'Period start' },
  periodEnd: { fr: 'Fin de la période', en: 'Period end' },
  frequency: { fr: 'Fréquence de suivi', en: 'Tracking frequency' },
  weekly: { fr: 'Hebdomadaire', en: 'Weekly' },
  monthly: { fr: 'Mensuelle', en: 'Monthly' },
  quarterly: { fr: 'Trimestrielle', en: 'Quarterly' },
  history: {
    fr: 'Ajouter les colonnes de l’année précédente (pour comparer)',
    en: "Add last year's columns (to compare)",
  },
  historyHint: {
    fr: 'Le Suivi aura aussi une colonne par période de l’année avant le début, à remplir avec les chiffres de l’an dernier (à la main ou par un import).',
    en: "Tracking also gets one column per period of the year before the start, for last year's figures (typed or imported).",
  },
  planLanguage: { fr: 'Langue des feuilles', en: 'Language of the sheets' },
  currency: { fr: 'Devise', en: 'Currency' },
  // Objectives
  objectivesIntro: {
    fr: 'Chaque objectif stratégique se décline en objectifs opérationnels, écrits SMART.',
    en: 'Each strategic objective splits into operational objectives, written SMART.',
  },
  strategicN: { fr: 'Objectif stratégique {n}', en: 'Strategic objective {n}' },
  operationalN: { fr: 'Objectif opérationnel {n}.{m}', en: 'Operational objective {n}.{m}' },
  addStrategic: { fr: 'Ajouter un objectif stratégique', en: 'Add a strategic objective' },
  addOperational: { fr: 'Ajouter un objectif opérationnel', en: 'Add an operational objective' },
  moveUp: { fr: 'Monter\u00a0: {what}', en: 'Move up: {what}' },
  moveDown: { fr: 'Descendre\u00a0: {what}', en: 'Move down: {what}' },
  remove: { fr: 'Supprimer\u00a0: {what}', en: 'Delete: {what}' },
  objectivePlaceholder: {
    fr: 'ex. Porter le taux de conversion de 1,8 % à 2,4 % d’ici le 30 juin 2027',
    en: 'e.g. Raise the conversion rate from 1.8% to 2.4% by 30 June 2027',
  },
  smartScore: { fr: 'SMART\u00a0: {score}/5', en: 'SMART: {score}/5' },
  met: { fr: 'respecté', en: 'met' },
  notMet: { fr: 'à compléter', en: 'missing' },
  specific: { fr: 'Spécifique', en: 'Specific' },
  measurable: { fr: 'Mesurable', en: 'Measurable' },
  achievable: { fr: 'Atteignable', en: 'Achievable' },
  relevant: { fr: 'Pertinent', en: 'Relevant' },
  timeBound: { fr: 'Temporel', en: 'Time-bound' },
  // KPIs
  kpisIntro: {
    fr: 'Mesurez chaque objectif opérationnel par un ou plusieurs KPI.',
    en: 'Measure each operational objective with one or more KPIs.',
  },
  noOperational: {
    fr: 'Ajoutez d’abord des objectifs opérationnels à l’étape Objectifs.',
    en: 'First add operational objectives in the Objectives step.',
  },
  suggestions: { fr: 'Suggestions d’après l’objectif', en: 'Suggested from the objective' },
  suggestedOwn: { fr: 'Nommé dans cet objectif', en: 'Named in this objective' },
  suggestedParent: { fr: 'Nommé dans l’objectif stratégique', en: 'Named in the strategic objective' },
  searchLibrary: { fr: 'Chercher un KPI (FR ou EN)', en: 'Search a KPI (FR or EN)' },
  channel: { fr: 'Canal', en: 'Channel' },
  stage: { fr: 'Étape du tunnel', en: 'Funnel stage' },
  category: { fr: 'Catégorie', en: 'Category' },
  all: { fr: 'Tous', en: 'All' },
  addKpi: { fr: 'Ajouter {name}', en: 'Add {name}' },
  results: { fr: 'KPI trouvés\u00a0: {n}', en: 'KPIs found: {n}' },
  moreResults: { fr: 'et {n} autres\u00a0: affinez la recherche', en: 'and {n} more: refine the search' },
  customKpi: { fr: 'Créer un KPI personnalisé', en: 'Create a custom KPI' },
  pickKpi: { fr: 'Bibliothèque de KPI', en: 'KPI library' },
  kpiName: { fr: 'Nom du KPI', en: 'KPI name' },
  unit: { fr: 'Unité', en: 'Unit' },
  direction: { fr: 'Sens', en: 'Direction' },
  aggregation: { fr: 'Agrégation', en: 'Aggregation' },
  baseline: { fr: 'Valeur de départ', en: 'Baseline' },
  target: { fr: 'Cible', en: 'Target' },
  deadline: { fr: 'Échéance', en: 'Deadline' },
  band: { fr: 'Zone à risque (%\u00a0de la cible)', en: 'At-risk band (%\u00a0of target)' },
  weight: { fr: 'Poids', en: 'Weight' },
  benchmark: { fr: 'Référence du secteur', en: 'Sector benchmark' },
  owner: { fr: 'Responsable', en: 'Owner' },
  source: { fr: 'Source', en: 'Source' },
  milestones: { fr: 'Jalons (facultatif)', en: 'Milestones (optional)' },
  milestonesHint: {
    fr: 'Une trajectoire par étapes au lieu d’une ligne droite\u00a0: «\u00a02027-03-31\u00a0: 4000\u202f; 2027-09-30\u00a0: 9000\u00a0». Pour un total, le cumul attendu à chaque date.',
    en: 'A stepped trajectory instead of a straight line: "2027-03-31: 4000; 2027-09-30: 9000". For a total, the cumulative total due by each date.',
  },
  inPercent: { fr: 'en %', en: 'in %' },
  aggProposal: {
    fr: 'D’après l’objectif, la cible est {meaning} : agrégation proposée « {label} ».',
    en: 'From the objective’s words, the target is {meaning}: proposed aggregation “{label}”.',
  },
  aggUse: { fr: 'Utiliser « {label} »', en: 'Use “{label}”' },
  aggKeep: { fr: 'Garder « {label} »', en: 'Keep “{label}”' },
  meansTotal: { fr: 'un total sur la période', en: 'a total over the period' },
  meansLevel: { fr: 'un niveau {period} à atteindre', en: 'a {period} level to reach' },
  meansAverage: { fr: 'une moyenne {period}', en: 'a {period} average' },
  period_weekly: { fr: 'par semaine', en: 'weekly' },
  period_monthly: { fr: 'par mois', en: 'monthly' },
  period_quarterly: { fr: 'par trimestre', en: 'quarterly' },
  removeKpi: { fr: 'Retirer le KPI {name}', en: 'Remove the KPI {name}' },
  kpisOf: { fr: 'KPI de\u00a0: {what}', en: 'KPIs of: {what}' },
  // Review
  reviewIntro: {
    fr: 'Vérifiez le plan, puis créez les feuilles.',
    en: 'Check the plan, then build the sheets.',
  },
  summary: { fr: 'Résumé', en: 'Summary' },
  summaryCounts: {
    fr: 'Objectifs stratégiques\u00a0: {so} · opérationnels\u00a0: {oo} · KPI\u00a0: {kpis}',
    en: 'Strategic objectives: {so} · operational: {oo} · KPIs: {kpis}',
  },
  smartWarnings: { fr: 'Objectifs à rendre plus SMART', en: 'Objectives to make more SMART' },
  allSmart: { fr: 'Tous les objectifs sont SMART.', en: 'Every objective is SMART.' },
  sheetsToWrite: { fr: 'Feuilles créées ou mises à jour', en: 'Sheets written or updated' },
  toFix: { fr: 'À corriger avant de créer', en: 'To fix before building' },
  fix: { fr: 'Corriger', en: 'Fix' },
  planReview: { fr: 'Revue du plan', en: 'Plan review' },
  planReviewIntro: {
    fr: 'Ce qu’un consultant KPI regarderait : sources, responsables, canaux, parcours client, références.',
    en: 'What a KPI consultant would look at: sources, owners, channels, funnel, benchmarks.',
  },
  reviewing: { fr: 'Revue en cours…', en: 'Reviewing…' },
  reviewFailed: { fr: 'La revue n’a pas pu être faite : {error}', en: 'The review could not run: {error}' },
  reviewWaits: {
    fr: 'La revue se fera une fois les points à corriger réglés.',
    en: 'The review runs once the points to fix are fixed.',
  },
  reviewClean: { fr: 'Rien à signaler.', en: 'Nothing to report.' },
  severityError: { fr: 'Erreurs ({n})', en: 'Errors ({n})' },
  severityWarning: { fr: 'Avertissements ({n})', en: 'Warnings ({n})' },
  severityTip: { fr: 'Conseils ({n})', en: 'Tips ({n})' },
  build: { fr: 'Créer le tableau de bord', en: 'Build the scorecard' },
  building: { fr: 'Création des feuilles…', en: 'Building the sheets…' },
  built: { fr: 'Tableau de bord créé.', en: 'Scorecard built.' },
  rebuilt: { fr: 'Tableau de bord mis à jour.', en: 'Scorecard updated.' },
  builtDetail: {
    fr: 'KPI\u00a0: {n} · feuilles écrites\u00a0: {sheets}',
    en: 'KPIs: {n} · sheets written: {sheets}',
  },
  warnings: { fr: 'Avertissements', en: 'Warnings' },
  openScorecard: { fr: 'Ouvrir le tableau de bord', en: 'Open the scorecard' },
  buildFailed: { fr: 'La création a échoué\u00a0: {error}', en: 'The build failed: {error}' },
  serverProblems: {
    fr: 'Le serveur a refusé le plan. À corriger\u00a0:',
    en: 'The server refused the plan. To fix:',
  },
  // Validation
  required: { fr: 'Obligatoire.', en: 'Required.' },
  notANumber: {
    fr: '«\u00a0{value}\u00a0» n’est pas un nombre (ex. 12,5).',
    en: '“{value}” is not a number (e.g. 12.5).',
  },
  understood: { fr: 'Lu\u00a0: {value}', en: 'Read as: {value}' },
  deadlineBeforeStart: {
    fr: 'L’échéance est avant le début du plan ({start})\u00a0: choisissez une date à partir de celle-ci.',
    en: 'The deadline is before the plan starts ({start}): pick that date or a later one.',
  },
  milestonesFormat: {
    fr: '«\u00a0{value}\u00a0» n’est pas lisible\u00a0: écrivez chaque jalon «\u00a0AAAA-MM-JJ\u00a0: valeur\u00a0», séparés par «\u00a0;\u00a0».',
    en: '"{value}" cannot be read: write each milestone "YYYY-MM-DD: value", separated by ";".',
  },
  baselineIsTarget: {
    fr: 'La cible égale la valeur de départ\u00a0: il n’y a rien à atteindre.',
    en: 'The target equals the baseline: there is nothing to achieve.',
  },
  removed: { fr: 'Supprimé\u00a0: {what}.', en: 'Removed: {what}.' },
  undoRemove: { fr: 'Annuler', en: 'Undo' },
  attention: { fr: 'Points d’attention', en: 'Worth a look' },
  notADate: { fr: 'Date attendue au format AAAA-MM-JJ.', en: 'Expected a date as YYYY-MM-DD.' },
  endBeforeStart: { fr: 'La fin est avant le début.', en: 'The end is before the start.' },
  bandRange: { fr: 'Entre 0 (exclu) et 100 %.', en: 'Between 0 (excluded) and 100 %.' },
  weightPositive: { fr: 'Un nombre supérieur à 0.', en: 'A number above 0.' },
  tooLong: { fr: '{max} caractères au plus.', en: 'At most {max} characters.' },
  needObjective: { fr: 'Ajoutez au moins un objectif.', en: 'Add at least one objective.' },
  needOperational: {
    fr: 'Ajoutez au moins un objectif opérationnel.',
    en: 'Add at least one operational objective.',
  },
  needKpi: { fr: 'Ajoutez au moins un KPI.', en: 'Add at least one KPI.' },
  branding: { fr: 'Image de marque (facultatif)', en: 'Branding (optional)' },
  agency: { fr: 'Préparé par (agence)', en: 'Prepared by (agency)' },
  client: { fr: 'Pour (client)', en: 'For (client)' },
  accentColor: { fr: 'Couleur d’accent (#RRGGBB)', en: 'Accent colour (#RRGGBB)' },
  noAccent: { fr: 'Aucune couleur\u00a0: l’apparence de KPI Kit', en: 'No colour: KPI Kit’s own look' },
  accentPicker: { fr: 'Choisir la couleur d’accent', en: 'Pick the accent colour' },
  accentHint: {
    fr: 'Remplace le gris des en-têtes et la couleur des onglets. Vide\u00a0: l’apparence de KPI Kit.',
    en: 'Replaces the grey headers and the tab colours. Empty: KPI Kit’s own look.',
  },
  currencyCode: { fr: 'Code ISO à 3 lettres (EUR, USD…).', en: 'A 3-letter ISO code (EUR, USD…).' },
} satisfies Record<string, Translated>;

export type MessageKey = keyof typeof UI;

/** The message in `lang`, with `{name}` placeholders replaced (as text: the result is never HTML). */
export function msg(key: MessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fillTemplate(UI[key][lang], vars);
}

/** Labels of the library's enumerations (units, directions, channels...). */
export const ENUM_LABELS: Record<string, Translated> = {
  number: { fr: 'Nombre', en: 'Number' },
  percent: { fr: 'Pourcentage', en: 'Percent' },
  currency: { fr: 'Montant', en: 'Amount' },
  duration: { fr: 'Durée', en: 'Duration' },
  higher: { fr: 'Plus haut = mieux', en: 'Higher is better' },
  lower: { fr: 'Plus bas = mieux', en: 'Lower is better' },
  target: { fr: 'Au plus près de la cible', en: 'Closest to target' },
  last: { fr: 'Dernière valeur', en: 'Last value' },
  sum: { fr: 'Somme', en: 'Sum' },
  average: { fr: 'Moyenne', en: 'Average' },
  ...CHANNEL_WORDS,
  ...STAGE_WORDS,
  ...CATEGORY_WORDS,
};

export function enumLabel(value: string, lang: Lang): string {
  return ENUM_LABELS[value]?.[lang] ?? value;
}
