import { eagerRegExp } from './eagerRegExp';

// Change verbs (and their noun forms) in folded text, French and English, accents optional.
// - concrete: a change you can observe (augmenter, réduire, atteindre, lancer, increase, reach...);
// - soft: an aim that is specific only when applied to a named KPI (améliorer, optimiser, improve, boost...).
// Direction: "up" and "down" say which way the target must move; "improve" follows the KPI's own
// direction (higher or lower is better); "neutral" verbs (atteindre, reach, porter, passer de…à) accept
// either way.
// - hold: keep a KPI at a level (maintenir, garder, rester sous, keep, hold, stay below...): neutral, and,
//   like a soft verb, specific only when the objective names a KPI ("garder le cap" is no objective).

export type VerbDirection = 'up' | 'down' | 'improve' | 'neutral';
/** A direction once "improve" is settled by the KPI's own direction. */
export type SettledDirection = Exclude<VerbDirection, 'improve'>;

/** "gain": gagner/gain/ajouter/add: the number that follows is an increment ("gagner 500 abonnés"). */
export type VerbKind = 'concrete' | 'soft' | 'gain' | 'passer' | 'hold';

export interface VerbHit {
  readonly start: number;
  readonly end: number;
  readonly direction: VerbDirection;
  readonly kind: VerbKind;
}

interface VerbGroup {
  readonly direction: VerbDirection;
  readonly kind: VerbKind;
  readonly forms: readonly string[];
}

const GROUPS: readonly VerbGroup[] = [
  {
    direction: 'up',
    kind: 'concrete',
    forms: [
      'augment(?:er|e|es|ez|ons|ent|ant|ation|ations|ed|ing|s)?',
      'accroi(?:tre|t|ssons|ssez|ssent|ssement)|accru(?:e|s|es)?',
      'croi(?:tre|ssance)',
      '(?:re)?hausse(?:r)?',
      'increas(?:e|es|ed|ing)',
      'rais(?:e|es|ed|ing)',
      'grow(?:s|n|ing|th)?|grew',
      '(?:up)?lift',
      'progress(?:er|ons|ez|ion)',
      'doubl(?:er|ons|ez|e|es|ed|ing|ement)(?![\\s-]?opt)',
      'tripl(?:er|ons|ez|e|es|ed|ing|ement)',
      'quadrupl(?:er|ons|ez|e|es|ed|ing|ement)',
      'multipli(?:er|ons|ez|e)|multipl(?:y|ies|ied|ying)',
      'depass(?:er|ons|ez)|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat|battre',
      'attir(?:er|ons|ez)|attract(?:s|ed|ing)?',
      'recrut(?:er|ons|ez|ement)|recruit(?:s|ed|ing)?',
      'conque(?:rir|rons|rez|te)|conquer(?:s|ed|ing)?',
      'acque(?:rir|rons|rez)|acqui(?:re|res|red|ring)',
      // Phrasal and everyday verbs of marketing plans and guides.
      'ramp(?:s|ed|ing)? up|scal(?:e|es|ed|ing) up|bump(?:s|ed|ing)? up|step(?:s|ped|ping)? up|driv(?:e|es|ing) up',
      'push(?:es|ed|ing)? up|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?',
      'grimp(?:er|ons|ez)|remont(?:er|ons|ez)|relev(?:er|ons|ez)|hiss(?:er|ons|ez)|elev(?:er|ons|ez)',
      'gonfl(?:er|ons|ez)|dop(?:er|ons|ez)|faire (?:progresser|monter|grimper|decoller)',
    ],
  },
  {
    direction: 'down',
    kind: 'concrete',
    forms: [
      'redui(?:re|sons|sez|t|ts)|reduc(?:e|es|ed|ing|tion|tions)',
      'diminu(?:er|ons|ez|tion)',
      'baiss(?:er|ons|ez|e)',
      'lower(?:s|ed|ing)?',
      'cut(?:s|ting)?',
      'decreas(?:e|es|ed|ing)',
      'divis(?:er|ons|ez)|divid(?:e|es|ed|ing)',
      'halv(?:e|es|ed|ing)',
      'elimin(?:er|ons|ez|ate|ated|ating)',
      'slash(?:es|ed|ing)?|shrink(?:s|ing)?|trim',
      'shrank|shrunk|shave(?:s|d)?|shaving|curb(?:s|ed|ing)?|squeez(?:e|es|ed|ing)|rein(?:s|ed|ing)? in',
      '(?:bring|brings|bringing|brought|driv(?:e|es|ing)|push(?:es|ed|ing)?|knock(?:s|ed|ing)?) down',
      'ramen(?:er|ons|ez)|abaiss(?:er|ons|ez)|resorb(?:er|ons|ez)|endigu(?:er|ons|ez)|faire (?:baisser|reculer|chuter)',
    ],
  },
  {
    direction: 'neutral',
    kind: 'concrete',
    forms: [
      'atteind(?:re|rons|rez)|atteign(?:ons|ez|ent)',
      '(?<!\\b(?:our|your|their|its|the|organic|paid|social|brand) )reach(?:es|ed|ing)?|hit(?:s|ting)?|achiev(?:e|es|ed|ing)',
      'port(?:er|ons|ez)',
      'gener(?:er|ons|ez|ation|ate|ates|ated|ating)',
      'lanc(?:er|ons|ez|ement)|launch(?:es|ed|ing)?',
      'deploy(?:er|ons|ez|s|ed|ing)?|mettre en place|implement(?:s|ed|ing)?',
      'convert(?:ir|issons|issez|s|ed|ing)?',
      'fidelis(?:er|ons|ez|ation)|retain(?:s|ed|ing)?',
      'sign(?:er|ons|ez|ed|ing)?(?![\\s-]?ups?\\b)',
      'vend(?:re|ons|ez)|sell(?:s|ing)?',
      'publi(?:er|ons|ez)|publish(?:es|ed|ing)?',
      'hire|hiring|embauch(?:er|ons|ez)',
      'obten(?:ir|ons|ez)|obtain(?:s|ed|ing)?|get|getting',
      'collect(?:er|ons|ez|s|ed|ing)?',
      'ouvr(?:ir|ons|ez)',
      'realis(?:er|ons|ez)',
      'driv(?:e|es|ing)',
      'onboard(?:er|ons|s|ed|ing)?',
      'capt(?:er|ons|ez|ure|ures|ured|uring)',
      'book(?:s|ed|ing)?|decroch(?:er|ons|ez)',
      // Moving a metric: "take X from A to B", "get X to Y", "bring X under Y", "move X from A to B".
      'tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|mov(?:e|es|ed|ing)|got|gets',
      'land(?:s|ed|ing)?|clos(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|earn(?:s|ed|ing)?|attain(?:s|ed|ing)?',
      'roll(?:s|ed|ing)? out|kick(?:s|ed|ing)? off|set(?:s|ting)? up|introduc(?:e|es|ed|ing)|deliver(?:s|ed|ing)?',
      'enrol(?:l|ls|s|led|ling)?|register(?:s|ed|ing)?|gather(?:s|ed|ing)?|host(?:s|ed|ing)?|run(?:s|ning)?',
      'break(?:s|ing)?|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?',
      'franchi(?:r|ssons|ssez)|recueill(?:ir|ons|ez)|recolt(?:er|ons|ez)|engrang(?:er|eons|ez)',
      'inscri(?:re|vons|vez)|conclu(?:re|ons|ez)|remport(?:er|ons|ez)|enregistr(?:er|ons|ez)',
      'instaur(?:er|ons|ez)|organis(?:er|ons|ez)|cre(?:er|ons|ez)|faire venir',
    ],
  },
  {
    direction: 'up',
    kind: 'gain',
    forms: ['gagn(?:er|ons|ez|ent)|gain(?:s|ed|ing)?|win|won', 'ajout(?:er|ons|ez)|add(?:s|ed|ing)?'],
  },
  { direction: 'neutral', kind: 'passer', forms: ['pass(?:er|ons|ez)'] },
  {
    direction: 'neutral',
    kind: 'hold',
    forms: [
      'mainten(?:ir|ons|ez)|maintain(?:s|ed|ing)?|keep(?:s|ing)?|hold(?:s|ing)?',
      'conserv(?:er|ons|ez)|gard(?:er|ons|ez)|stabilis(?:er|ons|ez)|stabiliz(?:e|es|ed|ing)',
      'ten(?:ir|ons|ez)|conten(?:ir|ons|ez)|plafonn(?:er|ons|ez)',
      // "rester", "stay", "remain" only before a level: "rester leader" is no KPI objective.
      '(?:rest(?:er|ons|ez)|demeurer)(?=\\s(?:sous|au-?\\s?dessus|au-?\\s?dessous|en-?\\s?dessous|inferieur|superieur|a moins|au moins|au plus|entre|a\\s|au\\s))',
      '(?:stay(?:s|ing)?|remain(?:s|ing)?)(?=\\s(?:below|above|under|over|within|at|between|beneath))',
    ],
  },
  {
    direction: 'improve',
    kind: 'soft',
    forms: [
      'amelior(?:er|ons|ez|ation)|improv(?:e|es|ed|ing|ement)',
      'optimi(?:ser|sons|sez|sation|se|ze|zes|zed|zing|zation)',
      'enhanc(?:e|es|ed|ing)|consolid(?:er|ons|ez|ate)|redress(?:er|ons|ez)',
      'travaill(?:er|ons|ez)|work on',
    ],
  },
  {
    direction: 'up',
    kind: 'soft',
    forms: [
      'renforc(?:er|ons|ez)|strengthen',
      'developp(?:er|ons|ez|ement)|develop(?:s|ed|ing)?',
      'boost(?:er|ons|ez|s|ed|ing)?',
      'maximi(?:ser|sons|sez|ze|zing|se)',
      'acceler(?:er|ons|ez|ate|ated|ating)',
      'dynamis(?:er|ons|ez)|stimul(?:er|ons|ez|ate)',
      'elarg(?:ir|issons|issez)|expand(?:s|ed|ing)?|broaden',
    ],
  },
  {
    direction: 'down',
    kind: 'soft',
    forms: ['minimi(?:ser|sons|sez|ze|zing|se)', 'limit(?:er|ons|ez)'],
  },
];

let verbRegExp: RegExp | undefined;

function verbPattern(): RegExp {
  verbRegExp ??= eagerRegExp(GROUPS.map((g) => `\\b(${g.forms.join('|')})\\b`).join('|'), 'g');
  return verbRegExp;
}

/** Every change verb in the folded text, left to right. */
export function findVerbs(folded: string): VerbHit[] {
  const pattern = verbPattern();
  pattern.lastIndex = 0;
  const hits: VerbHit[] = [];
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    const group = GROUPS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    if (group !== undefined) {
      hits.push({ start: m.index, end: m.index + m[0].length, direction: group.direction, kind: group.kind });
    }
  }
  return hits;
}
