import { fillTemplate } from '../../src/core/fillTemplate';
import type { Lang } from '../../src/core/i18n';

// The import panel's words, French and English (the panel is its own bundle: these stay out of the
// wizard's i18n.ts and of Sidebar.html).

const S = {
  title: { fr: 'Importer un export', en: 'Import an export' },
  file: { fr: 'Fichier CSV ou TSV', en: 'CSV or TSV file' },
  paste: { fr: 'Ou collez son contenu', en: 'Or paste its content' },
  preview: { fr: 'Aperçu', en: 'Preview' },
  reading: { fr: 'Lecture du fichier…', en: 'Reading the file…' },
  sending: { fr: 'Envoi du fichier : partie {i} sur {n}…', en: 'Sending the file: part {i} of {n}…' },
  columns: { fr: 'Colonnes', en: 'Columns' },
  range: {
    fr: 'Du {from} au {to} : {rows} lignes ({skipped} ignorées)',
    en: 'From {from} to {to}: {rows} rows ({skipped} ignored)',
  },
  mapping: { fr: 'Correspondance', en: 'Mapping' },
  none: { fr: '— ne pas importer —', en: '— do not import —' },
  ratioOption: { fr: 'Taux : deux colonnes…', en: 'Rate: two columns…' },
  ratioOf: { fr: 'Composantes du taux « {name} »', en: 'Components of the rate "{name}"' },
  numerator: { fr: 'Numérateur (ex. : ouvertures, clics)', en: 'Numerator (e.g. opens, clicks)' },
  denominator: {
    fr: 'Dénominateur (ex. : e-mails délivrés, impressions)',
    en: 'Denominator (e.g. emails delivered, impressions)',
  },
  pick: { fr: '— choisir une colonne —', en: '— choose a column —' },
  pickBoth: {
    fr: 'Choisissez les deux colonnes : le taux est la somme de l’une ÷ la somme de l’autre, par période.',
    en: 'Choose both columns: the rate is the sum of one ÷ the sum of the other, per period.',
  },
  mappingHint: {
    fr: 'Une colonne par KPI, ou pour un taux ses deux composantes (recalculé par période, jamais une moyenne de taux).',
    en: 'One column per KPI, or for a rate its two components (recomputed per period, never an average of rates).',
  },
  from: { fr: 'Importer depuis', en: 'Import from' },
  fromFile: { fr: 'un fichier CSV ou TSV', en: 'a CSV or TSV file' },
  fromSheet: { fr: 'une feuille de ce classeur', en: 'a sheet of this spreadsheet' },
  sheet: { fr: 'Feuille (un connecteur, un export collé)', en: 'Sheet (a connector’s, a pasted export)' },
  sheetRows: { fr: '{name} ({rows} lignes)', en: '{name} ({rows} rows)' },
  noSheets: {
    fr: 'Aucune feuille à importer : collez un export dans une nouvelle feuille (en-têtes en ligne 1), ou importez un fichier.',
    en: 'No sheet to import: paste an export into a new sheet (headers in row 1), or import a file.',
  },
  loadingSheets: { fr: 'Lecture des feuilles…', en: 'Reading the sheets…' },
  writing: { fr: 'Écriture des lignes : partie {i} sur {n}…', en: 'Writing the rows: part {i} of {n}…' },
  committing: { fr: 'Mise à jour du suivi…', en: 'Updating Tracking…' },
  stopped: {
    fr: 'L’import s’est arrêté avant la fin ; reprenez-le : les parties déjà écrites attendent dans une feuille masquée et rien n’est compté deux fois.',
    en: 'The import stopped before its end; resume it: the parts already written wait in a hidden sheet, and nothing is counted twice.',
  },
  resume: { fr: 'Reprendre l’import (partie {i} sur {n})', en: 'Resume the import (part {i} of {n})' },
  values: { fr: 'Ce qui sera écrit', en: 'What will be written' },
  typed: { fr: 'valeur saisie conservée', en: 'typed value kept' },
  overwrite: {
    fr: 'Remplacer les valeurs saisies dans le suivi ({n})',
    en: 'Replace the values typed in Tracking ({n})',
  },
  asValues: { fr: 'Écrire des valeurs plutôt que des formules', en: 'Write values rather than formulas' },
  apply: { fr: 'Importer', en: 'Import' },
  applying: { fr: 'Import en cours…', en: 'Importing…' },
  skippedLines: { fr: 'Lignes ignorées', en: 'Skipped lines' },
  line: { fr: 'ligne {n}', en: 'line {n}' },
} as const;

export type StringKey = keyof typeof S;

export function s(key: StringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fillTemplate(S[key][lang], vars);
}
