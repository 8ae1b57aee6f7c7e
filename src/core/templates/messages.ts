import type { Lang, Translated } from '../i18n';
import { expectedWord, showValue, typeName } from '../plan/messages';
import { TEMPLATE_KIND, TEMPLATE_VERSION } from './limits';
import { templateTooLarge } from './sizeMessages';

// What an import can say about a template file, in both languages: the sidebar shows the user's, a
// log can keep either. Each message names what was found and how to fix it.

/** Builds a message from one function of the language, so both texts share their arguments. */
const both = (build: (lang: Lang) => string): Translated => ({ fr: build('fr'), en: build('en') });

export const templateMessages = {
  notText: (value: unknown) =>
    both((lang) =>
      lang === 'fr'
        ? `le contenu du modèle doit être du texte (JSON), reçu ${showValue(value, lang)}\u00a0: collez le fichier ou choisissez-le à nouveau`
        : `the template content must be text (JSON), got ${showValue(value, lang)}: paste the file or choose it again`,
    ),
  empty: () =>
    both((lang) =>
      lang === 'fr'
        ? 'le modèle est vide\u00a0: collez le contenu du fichier .json exporté par KPI Kit'
        : 'the template is empty: paste the content of the .json file KPI Kit exported',
    ),
  /** The page's own message (sizeMessages.ts), so page and server say the same. */
  tooLarge: templateTooLarge,
  notJson: (line: number, column: number, near: string) =>
    both((lang) =>
      lang === 'fr'
        ? `le fichier n’est pas un JSON valide\u00a0: erreur ligne ${line}, colonne ${column}, près de ${showValue(near, lang)}\u202f; exportez à nouveau le modèle ou corrigez le texte à cet endroit`
        : `the file is not valid JSON: error at line ${line}, column ${column}, near ${showValue(near, lang)}; export the template again or fix the text there`,
    ),
  notJsonQuotes: (line: number, column: number, near: string) =>
    both((lang) =>
      lang === 'fr'
        ? `le fichier n’est pas un JSON valide\u00a0: guillemet typographique ligne ${line}, colonne ${column}, près de ${showValue(near, lang)}\u202f; JSON n’accepte que les guillemets droits ("), remplacez-les (un traitement de texte les change souvent) ou exportez à nouveau le modèle`
        : `the file is not valid JSON: curly quote at line ${line}, column ${column}, near ${showValue(near, lang)}; JSON takes only straight quotes ("), replace them (word processors often change them) or export the template again`,
    ),
  notJsonAtEnd: () =>
    both((lang) =>
      lang === 'fr'
        ? 'le fichier n’est pas un JSON valide\u00a0: il s’arrête avant la fin (fichier tronqué ?)\u202f; exportez à nouveau le modèle'
        : 'the file is not valid JSON: it stops before the end (truncated file?); export the template again',
    ),
  notAnObject: (value: unknown) =>
    both((lang) =>
      lang === 'fr'
        ? `un modèle est un objet JSON { "kind": "${TEMPLATE_KIND}", … }, reçu ${showValue(value, lang)}`
        : `a template is a JSON object { "kind": "${TEMPLATE_KIND}", … }, got ${showValue(value, lang)}`,
    ),
  planNotTemplate: () =>
    both((lang) =>
      lang === 'fr'
        ? `ce fichier est un plan KPI, pas un modèle\u00a0: il lui manque "kind": "${TEMPLATE_KIND}"\u202f; exportez-le comme modèle depuis l’assistant`
        : `this file is a KPI plan, not a template: it lacks "kind": "${TEMPLATE_KIND}"; export it as a template from the wizard`,
    ),
  unknownKind: (kind: unknown) =>
    both((lang) =>
      lang === 'fr'
        ? `ce n’est pas un modèle KPI Kit\u00a0: "kind" vaut ${showValue(kind, lang)}, attendu "${TEMPLATE_KIND}"`
        : `this is not a KPI Kit template: "kind" is ${showValue(kind, lang)}, expected "${TEMPLATE_KIND}"`,
    ),
  unsupportedVersion: (version: unknown) =>
    both((lang) =>
      lang === 'fr'
        ? `version de modèle ${showValue(version, lang)} non prise en charge\u00a0: ce KPI Kit lit la version ${TEMPLATE_VERSION}\u202f; mettez KPI Kit à jour ou demandez à l’auteur un export en version ${TEMPLATE_VERSION}. Rien n’a été importé.`
        : `unsupported template version ${showValue(version, lang)}: this KPI Kit reads version ${TEMPLATE_VERSION}; update KPI Kit or ask the author for a version ${TEMPLATE_VERSION} export. Nothing was imported.`,
    ),
  missingVersion: () =>
    both((lang) =>
      lang === 'fr'
        ? `le modèle n’indique pas sa version ("version": ${TEMPLATE_VERSION} attendu)\u00a0: exportez-le à nouveau depuis KPI Kit. Rien n’a été importé.`
        : `the template does not say its version ("version": ${TEMPLATE_VERSION} expected): export it again from KPI Kit. Nothing was imported.`,
    ),
  required: (expected: string) =>
    both((lang) =>
      lang === 'fr'
        ? `obligatoire\u00a0: ${typeName(expected, lang)} ${expectedWord(typeName(expected, lang))}`
        : `required: expected ${typeName(expected, lang)}`,
    ),
  wrongType: (expected: string, value: unknown) =>
    both((lang) =>
      lang === 'fr'
        ? `${typeName(expected, lang)} ${expectedWord(typeName(expected, lang))}, reçu ${showValue(value, lang)}`
        : `expected ${typeName(expected, lang)}, got ${showValue(value, lang)}`,
    ),
  oneOf: (values: readonly unknown[], value: unknown) =>
    both((lang) => {
      const list = values.map((v) => showValue(v, lang)).join(', ');
      return lang === 'fr'
        ? `valeur attendue parmi ${list}, reçu ${showValue(value, lang)}`
        : `expected one of ${list}, got ${showValue(value, lang)}`;
    }),
  emptyText: () => both((lang) => (lang === 'fr' ? 'ne doit pas être vide' : 'must not be empty')),
  tooLong: (max: number, length: number) =>
    both((lang) =>
      lang === 'fr'
        ? `${max} caractères au plus (reçu ${length})\u00a0: raccourcissez le texte`
        : `at most ${max} characters (got ${length}): shorten the text`,
    ),
  createdAt: (value: unknown) =>
    both((lang) =>
      lang === 'fr'
        ? `date ISO 8601 attendue (ex. 2027-01-15 ou 2027-01-15T09:30:00Z), reçu ${showValue(value, lang)}`
        : `expected an ISO 8601 date (e.g. 2027-01-15 or 2027-01-15T09:30:00Z), got ${showValue(value, lang)}`,
    ),
  invalid: () => both((lang) => (lang === 'fr' ? 'valeur invalide' : 'invalid value')),
  moreProblems: (count: number) =>
    both((lang) =>
      lang === 'fr'
        ? `… et ${count} autre${count > 1 ? 's' : ''} problème${count > 1 ? 's' : ''}\u00a0: corrigez d’abord ceux-ci`
        : `… and ${count} more problem${count > 1 ? 's' : ''}: fix these first`,
    ),
} as const;
