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
  ratio: { fr: 'taux recalculé', en: 'recomputed rate' },
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
