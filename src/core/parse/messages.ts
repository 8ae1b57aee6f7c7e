import type { Translated } from '../i18n';

// Every message a custom function can show, in both languages. `{name}` is filled from the error's
// params. Argument names stay as Sheets shows them in autocomplete (actual, target...), in both languages,
// so the user can find the argument the message is about. Quoted values are what the user wrote.
export const MESSAGES = {
  notANumber: {
    en: '{arg}: "{value}" is not a number (write e.g. 12.5, 12,5, 1 234 or 12 %)',
    fr: '{arg}\u00a0: «\u00a0{value}\u00a0» n’est pas un nombre (écrivez par ex. 12,5, 12.5, 1 234 ou 12 %)',
  },
  numberTooLarge: {
    en: '{arg}: "{value}" is too large for a spreadsheet number (at most about 1.8E+308): check the cell, or write it in thousands or millions',
    fr: '{arg} : « {value} » est trop grand pour un nombre de tableur (1,8E+308 environ au plus) : vérifiez la cellule, ou écrivez-le en milliers ou en millions',
  },
  resultNotFinite: {
    en: 'the result does not fit in a spreadsheet number ({values}): use smaller numbers, e.g. in thousands or millions',
    fr: 'le résultat ne tient pas dans un nombre de tableur ({values}) : utilisez des nombres plus petits, par ex. en milliers ou en millions',
  },
  trendNotFinite: {
    en: 'values: the trend of these values does not fit in a spreadsheet number: use smaller numbers, e.g. in thousands or millions',
    fr: 'values : la tendance de ces valeurs ne tient pas dans un nombre de tableur : utilisez des nombres plus petits, par ex. en milliers ou en millions',
  },
  notADate: {
    en: '{arg}: "{value}" is not a date (write 2027-06-30, 30/06/2027, 30 June 2027 or use a date cell)',
    fr: '{arg}\u00a0: «\u00a0{value}\u00a0» n’est pas une date (écrivez 2027-06-30, 30/06/2027, 30 juin 2027 ou utilisez une cellule de date)',
  },
  notARealDay: {
    en: '{arg}: "{value}" is not a day of the calendar',
    fr: '{arg}\u00a0: «\u00a0{value}\u00a0» n’est pas un jour du calendrier',
  },
  ambiguousDate: {
    en: '{arg}: "{value}" could be {dayFirst} (day first) or {monthFirst} (month first): write {dayFirst} or {monthFirst}, or use a date cell',
    fr: '{arg}\u00a0: «\u00a0{value}\u00a0» peut se lire {dayFirst} (jour d’abord) ou {monthFirst} (mois d’abord)\u00a0: écrivez {dayFirst} ou {monthFirst}, ou utilisez une cellule de date',
  },
  notText: {
    en: '{arg}: "{value}" is not text',
    fr: '{arg}\u00a0: «\u00a0{value}\u00a0» n’est pas du texte',
  },
  unknownWord: {
    en: '{arg}: "{value}" is not an accepted word; use one of {words}',
    fr: '{arg}\u00a0: «\u00a0{value}\u00a0» n’est pas un mot accepté\u202f; utilisez l’un de {words}',
  },
  missingArgument: {
    en: '{arg} is missing: give a cell, a range or a value',
    fr: '{arg} manque\u00a0: donnez une cellule, une plage ou une valeur',
  },
  singleCellOnly: {
    en: '{arg} must be a single cell or value, not a range',
    fr: '{arg} doit être une seule cellule ou valeur, pas une plage',
  },
  shapeMismatch: {
    en: '{first} is {firstShape} but {second} is {secondShape}: give ranges of the same size, or a single cell',
    fr: '{first} fait {firstShape} mais {second} fait {secondShape}\u00a0: donnez des plages de même taille, ou une seule cellule',
  },
  targetIsZero: {
    en: 'target is 0, so a percentage is undefined: use output "absolute"',
    fr: 'la cible (target) vaut 0, un pourcentage n’a pas de sens\u00a0: utilisez la sortie «\u00a0absolu\u00a0»',
  },
  bandOutOfRange: {
    en: 'band: {value} must be more than 0 and at most 1 (0.1 means 10 %)',
    fr: 'band\u00a0: {value} doit être supérieur à 0 et au plus 1 (0,1 signifie 10 %)',
  },
  notStartedYet: {
    en: 'not started yet: as_of ({asOf}) is before start ({start})',
    fr: 'pas encore commencé\u00a0: as_of ({asOf}) est avant start ({start})',
  },
  noTimeElapsed: {
    en: 'as_of is the start day ({start}): no time has elapsed, so there is no pace yet',
    fr: 'as_of est le jour de départ ({start})\u00a0: aucun temps écoulé, pas encore de rythme',
  },
  deadlineNotAfterStart: {
    en: 'deadline ({deadline}) must come after start ({start})',
    fr: 'deadline ({deadline}) doit venir après start ({start})',
  },
  baselineEqualsTarget: {
    en: 'baseline and target are both {value}: there is no progress to pace (for a total to accumulate, use aggregation "sum")',
    fr: 'baseline et target valent toutes deux {value}\u00a0: aucun progrès à mesurer (pour un total à cumuler, utilisez l’agrégation «\u00a0somme\u00a0»)',
  },
  milestoneOutOfOrder: {
    en: 'milestones: {date} must be after start ({start}), before deadline ({deadline}) and after the previous milestone; sort the milestones by date',
    fr: 'milestones\u00a0: {date} doit être après start ({start}), avant deadline ({deadline}) et après le jalon précédent\u202f; triez les jalons par date',
  },
  noProgressDue: {
    en: 'no progress is due by as_of ({asOf}): the trajectory is still at its starting value, so there is no pace yet',
    fr: 'aucun progrès n’est attendu à as_of ({asOf})\u00a0: la trajectoire est encore à sa valeur de départ, pas encore de rythme',
  },
  milestonesShape: {
    en: 'milestones: give a range of 2 columns (date, value), one row per milestone; got {shape}',
    fr: 'milestones\u00a0: donnez une plage de 2 colonnes (date, valeur), une ligne par jalon\u202f; reçu {shape}',
  },
  periodsLeftNotCount: {
    en: 'periods_left: {value} must be 0 or more (the tracking periods left before the deadline)',
    fr: 'periods_left\u00a0: {value} doit être 0 ou plus (le nombre de périodes de suivi restant avant l’échéance)',
  },
  sumTargetIsZero: {
    en: 'target is 0: a total of 0 cannot be paced with aggregation "sum"',
    fr: 'target vaut 0\u00a0: un total de 0 ne peut pas être suivi avec l’agrégation «\u00a0somme\u00a0»',
  },
  tooFewPoints: {
    en: 'values: {count} value(s) entered; a trend needs at least 2',
    fr: 'values\u00a0: {count} valeur(s) saisie(s)\u202f; une tendance en demande au moins 2',
  },
  sameX: {
    en: 'dates: every value is on the same date or period; a trend needs at least 2 different ones',
    fr: 'dates\u00a0: toutes les valeurs sont à la même date ou période\u202f; une tendance en demande au moins 2 différentes',
  },
  missingDate: {
    en: 'dates: cell {position} is blank but values holds {value} there',
    fr: 'dates\u00a0: la cellule {position} est vide alors que values y contient {value}',
  },
  mixedDates: {
    en: 'dates: mixes numbers and dates; use only dates, or only period numbers',
    fr: 'dates\u00a0: mélange nombres et dates\u202f; utilisez seulement des dates, ou seulement des numéros de période',
  },
  deadlineNeedsDates: {
    en: 'deadline: {value} is a date but no dates were given: give the dates of the values, or a period number such as 12',
    fr: 'deadline\u00a0: {value} est une date mais aucune date (dates) n’est donnée\u00a0: donnez les dates des valeurs, ou un numéro de période comme 12',
  },
} as const satisfies Record<string, Translated>;

export type MessageKey = keyof typeof MESSAGES;
