import type { Lang } from '../i18n';
import { PLAN_LIMITS, PLAN_VERSION } from './schema';

// Every message a plan problem can carry, in French and English. Each names the value found and says
// what is expected, so the user can fix the field without reading the format.

const MAX_SHOWN = 60;

/** A found value, quoted and shortened for a message. */
export function showValue(value: unknown, lang: Lang): string {
  if (value === undefined) return lang === 'fr' ? 'rien' : 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const short = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return lang === 'fr' ? `«\u00a0${short}\u00a0»` : `"${short}"`;
  }
  if (Array.isArray(value)) return lang === 'fr' ? 'une liste' : 'a list';
  if (typeof value === 'object') return lang === 'fr' ? 'un objet' : 'an object';
  return String(value);
}

/** A count with its thousands grouped as each language writes them: 417 359 (narrow no-break space), 417,359. */
export function showCount(count: number, lang: Lang): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, lang === 'fr' ? '\u202f' : ',');
}

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  number: { fr: 'un nombre', en: 'a number' },
  string: { fr: 'un texte', en: 'a text' },
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'une liste', en: 'a list' },
  boolean: { fr: 'vrai ou faux', en: 'true or false' },
};

export function typeName(expected: string, lang: Lang): string {
  return TYPE_NAMES[expected]?.[lang] ?? expected;
}

/** « une liste attendue », « un nombre attendu »: the participle agrees with the French type name. */
export function expectedWord(name: string): string {
  return name.startsWith('une ') ? 'attendue' : 'attendu';
}

export const messages = {
  quote: (value: unknown, lang: Lang) => showValue(value, lang),
  notJson: (detail: string, lang: Lang) =>
    lang === 'fr'
      ? `le plan n’est pas un JSON valide (${detail})\u00a0: collez le fichier du plan tel quel`
      : `the plan is not valid JSON (${detail}): paste the plan file as it is`,
  unsupportedVersion: (version: unknown, lang: Lang) =>
    lang === 'fr'
      ? `version de plan ${showValue(version, lang)} non prise en charge\u00a0: ce KPI Kit lit la version ${PLAN_VERSION}`
      : `unsupported plan version ${showValue(version, lang)}: this KPI Kit reads version ${PLAN_VERSION}`,
  required: (expected: string, lang: Lang) =>
    lang === 'fr'
      ? `obligatoire\u00a0: ${expected} ${expectedWord(expected)}`
      : `required: expected ${expected}`,
  wrongType: (expected: string, value: unknown, lang: Lang) =>
    lang === 'fr'
      ? `${expected} ${expectedWord(expected)}, reçu ${showValue(value, lang)}`
      : `expected ${expected}, got ${showValue(value, lang)}`,
  oneOf: (values: readonly unknown[], value: unknown, lang: Lang) => {
    const list = values.map((v) => showValue(v, lang)).join(', ');
    return lang === 'fr'
      ? `valeur attendue parmi ${list}, reçu ${showValue(value, lang)}`
      : `expected one of ${list}, got ${showValue(value, lang)}`;
  },
  empty: (lang: Lang) => (lang === 'fr' ? 'ne doit pas être vide' : 'must not be empty'),
  tooLong: (max: number, length: number, lang: Lang) =>
    lang === 'fr'
      ? `${max} caractères au plus (reçu ${length})\u00a0: raccourcissez le texte`
      : `at most ${max} characters (got ${length}): shorten the text`,
  tooFewItems: (min: number, lang: Lang) =>
    lang === 'fr'
      ? `au moins ${min} élément${min > 1 ? 's attendus' : ' attendu'}`
      : `at least ${min} item${min > 1 ? 's' : ''} expected`,
  tooManyItems: (max: number, count: number, lang: Lang) =>
    lang === 'fr'
      ? `${max} éléments au plus (reçu ${count})\u00a0: répartissez-les en plusieurs plans`
      : `at most ${max} items (got ${count}): split them over several plans`,
  tooSmall: (min: number, inclusive: boolean, value: unknown, lang: Lang) =>
    lang === 'fr'
      ? `doit être ${inclusive ? 'supérieur ou égal à' : 'strictement supérieur à'} ${min} (reçu ${showValue(value, lang)})`
      : `must be ${inclusive ? 'at least' : 'greater than'} ${min} (got ${showValue(value, lang)})`,
  tooBig: (max: number, inclusive: boolean, value: unknown, lang: Lang) =>
    lang === 'fr'
      ? `doit être ${inclusive ? 'inférieur ou égal à' : 'strictement inférieur à'} ${max} (reçu ${showValue(value, lang)})`
      : `must be ${inclusive ? 'at most' : 'less than'} ${max} (got ${showValue(value, lang)})`,
  kpiId: (value: unknown, lang: Lang) =>
    lang === 'fr'
      ? `identifiant attendu en minuscules, chiffres, - ou _ (1 à ${PLAN_LIMITS.id} caractères), reçu ${showValue(value, lang)}\u00a0: par exemple «\u00a0taux-conversion\u00a0»`
      : `expected an id of lower-case letters, digits, - or _ (1 to ${PLAN_LIMITS.id} characters), got ${showValue(value, lang)}: for example "conversion-rate"`,
  currency: (value: unknown, lang: Lang) =>
    lang === 'fr'
      ? `code devise ISO 4217 de 3 lettres majuscules attendu (EUR, USD…), reçu ${showValue(value, lang)}`
      : `expected a 3-letter upper-case ISO 4217 currency code (EUR, USD…), got ${showValue(value, lang)}`,
  hexColor: (value: unknown, lang: Lang) =>
    lang === 'fr'
      ? `couleur attendue au format #RRGGBB (ex. #0055AA), reçu ${showValue(value, lang)}`
      : `expected a colour like #0055AA, got ${showValue(value, lang)}`,
  isoDate: (value: unknown, lang: Lang) =>
    lang === 'fr'
      ? `date existante attendue au format AAAA-MM-JJ (ex. 2027-12-31), reçu ${showValue(value, lang)}`
      : `expected a date that exists, written YYYY-MM-DD (e.g. 2027-12-31), got ${showValue(value, lang)}`,
  endBeforeStart: (start: string, end: string, lang: Lang) =>
    lang === 'fr'
      ? `la fin (${end}) est avant le début (${start})\u00a0: inversez les dates`
      : `the end (${end}) is before the start (${start}): swap the dates`,
  milestoneOutsidePlan: (date: string, start: string, deadline: string, lang: Lang) =>
    lang === 'fr'
      ? `le jalon du ${date} doit tomber après le début du plan (${start}) et avant l’échéance du KPI (${deadline})\u00a0: changez sa date ou retirez-le`
      : `the milestone on ${date} must fall after the plan starts (${start}) and before the KPI's deadline (${deadline}): change its date or remove it`,
  milestonesOutOfOrder: (date: string, previous: string, lang: Lang) =>
    lang === 'fr'
      ? `le jalon du ${date} vient après celui du ${previous} dans la liste\u00a0: rangez les jalons par date, sans doublon`
      : `the milestone on ${date} comes after the one on ${previous} in the list: sort the milestones by date, without duplicates`,
  deadlineBeforeStart: (deadline: string, start: string, lang: Lang) =>
    lang === 'fr'
      ? `l’échéance (${deadline}) est avant le début du plan (${start})\u00a0: choisissez le ${start} ou une date postérieure`
      : `the deadline (${deadline}) is before the plan starts (${start}): pick ${start} or a later date`,
  tooManyPeriods: (count: number, max: number, lang: Lang) =>
    lang === 'fr'
      ? `${showCount(count, lang)} périodes de suivi\u00a0: ${max} au plus\u202f; raccourcissez la période ou choisissez une fréquence plus longue`
      : `${showCount(count, lang)} tracking periods: at most ${max}; shorten the period or choose a longer frequency`,
  duplicateKpiId: (id: string, firstPath: string, lang: Lang) =>
    lang === 'fr'
      ? `identifiant de KPI «\u00a0${id}\u00a0» déjà utilisé en ${firstPath}\u00a0: chaque KPI a son propre identifiant`
      : `KPI id "${id}" is already used at ${firstPath}: give each KPI its own id`,
  duplicateObjectiveId: (id: string, firstPath: string, lang: Lang) =>
    lang === 'fr'
      ? `identifiant d’objectif «\u00a0${id}\u00a0» déjà utilisé en ${firstPath}\u00a0: chaque objectif a son propre identifiant`
      : `objective id "${id}" is already used at ${firstPath}: give each objective its own id`,
  tooManyKpis: (count: number, lang: Lang) =>
    lang === 'fr'
      ? `${count} KPI dans le plan\u00a0: ${PLAN_LIMITS.kpisPerPlan} au plus\u202f; répartissez-les en plusieurs plans`
      : `${count} KPIs in the plan: at most ${PLAN_LIMITS.kpisPerPlan}; split them over several plans`,
  invalid: (lang: Lang) => (lang === 'fr' ? 'valeur invalide' : 'invalid value'),
} as const;
