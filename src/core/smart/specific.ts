import { findKpisInText } from '../kpiLibrary';
import type { Quantity } from './quantities';
import type { VerbHit } from './verbs';

// Specific: one concrete change applied to a named object. The object is the first content word after
// the verb, skipping articles, possessives, prepositions, numbers and units ("augmenter de 20 % le
// chiffre d'affaires" → "chiffre"). An aim whose object is vague ("améliorer notre image", "augmenter
// notre visibilité", "gagner en notoriété") is not specific; a soft verb (améliorer, optimiser, improve)
// is specific only when the objective names a KPI the library knows, and so is a level to hold (maintenir,
// keep, rester sous). A vague word that modifies a KPI the library knows ("increase marketing qualified
// leads", "grow business revenue") is an adjective, not the object: the object is the KPI.
// Two more rules make the criterion generalise beyond the verbs listed:
// - a change structure on a named metric is concrete whatever the verb ("take organic traffic from 8,000
//   to 12,000", « ramener le CPA sous 40 € »): the numbers say what changes;
// - a broad concept (« l'expérience client », "our audience", « notre notoriété ») is vague unless the
//   words around it name what measures it ("brand perception score", « taux de notoriété assistée »):
//   a KPI the library knows by that broad name is still no measure.

const SKIPPED = new Set(
  (
    'le la les l un une des du de d au aux a en notre nos votre vos mon ma mes son sa ses leur leurs ce cet cette ' +
    'ces par pour sur dans avec chez plus davantage encore tres bien nouveaux nouvelles nouveau nouvelle nouvel ' +
    'total totale global globale significativement fortement nettement sensiblement progressivement ' +
    'the an our your their its my his her this these that those of to by in on for with from more new ' +
    'additional extra further significantly substantially steadily at least moins less than que s ' +
    'k m pts pt points point pourcent pourcents percent cent eur euros usd dollars x fois times moitie half ' +
    'marque brand faire up down over online ligne digital digitale numerique social sociale sociaux mobile local locale ' +
    'stronger better greater wider overall general generale'
  ).split(' '),
);

const VAGUE = new Set(
  (
    'image images visibilite visibility visible presence reputation performance performances resultat resultats ' +
    'result results business activite activites activity activities choses chose things thing situation ' +
    'effort efforts impact positionnement positioning communication communications marketing strategie ' +
    'strategy internet reseaux media medias qualite quality ' +
    'experience better known mieux connu connue connus reconnu reconnue recognized recognised famous popular ' +
    'efficace efficient efficiency efficacite good bon bonne meilleur meilleure meilleurs best attractivite ' +
    'attractiveness dynamisme ecosysteme ecosystem ' +
    // Broad concepts: a measure, a segment or a channel must say which part is meant.
    'audience audiences communaute communautes community communities reach portee perception perceptions ' +
    'relation relations relationship relationships parcours journey journeys notoriete awareness satisfaction ' +
    'engagement fidelite loyalty confiance trust rayonnement influence identite identity buzz sentiment ' +
    'proximite attention interet interest reputations ereputation'
  ).split(' '),
);

// Words that only qualify the noun after them: "customer experience", "user journey".
const QUALIFIERS = new Set(
  'customer customers client clients user users utilisateur utilisateurs consumer'.split(' '),
);

// A noun that names a measure: the broad concept before or after it is measured ("brand perception
// score", « taux de notoriété », "number of community members", « note de satisfaction »).
const MEASURE =
  /\b(?:taux|rate|rates|score|scores|nombre|number|indice|index|note|notes|nps|csat|share|part|volume|count|pourcentage|percentage|followers|abonnes|membres|members|subscribers|visites|visits|sessions|avis|reviews|mentions|impressions)\b/;

// Broad concepts that a channel makes specific ("the audience of our blog", « la communauté Instagram »),
// unlike an image or a presence, which stay vague on any channel.
const SCOPED_BY_CHANNEL = new Set(
  'audience audiences communaute communautes community communities reach portee engagement'.split(' '),
);
const CHANNEL =
  /\b(?:blog|instagram|linkedin|facebook|tiktok|youtube|pinterest|twitch|newsletters?|podcasts?|site|website|app|application|boutique|store|magasin|e-?mails?|emailing|forum)\b/;

const WORD = /[a-z]+|\d/g;
const WORDS_LOOKED_AT = 8;
// Where the noun phrase that starts at the object ends: punctuation, or a preposition or conjunction
// ("marketing qualified leads | from 400", « qualité | du trafic », "image | and revenue").
const PHRASE_END =
  /[,;:()!?.]|\s(?:de|du|des|d'|of|for|pour|sur|on|in|en|avec|with|et|and|ou|or|to|a|au|aux|by|par|from|vs|contre|chez|aupres|than|que)\s/;
// A level the metric must reach or keep: "under 3%", « sous 0,5 % », "to 3%", « à 2,5 % ».
const LEVEL_BEFORE =
  /\b(?:a|au|to|at|sous|below|under|above|over|beyond|au-dessus|au-dessous|en dessous|inferieur|superieure?|moins|plus|less than|more than|at least|au moins)(?:\s(?:de|des|du|d'|les|la|le|l'|the|a|an|a))?\s*$/;

interface Head {
  readonly word: string;
  readonly start: number;
}

/** The object a verb applies to: the first content word after it, or undefined. */
function headAfter(text: string, verb: VerbHit): Head | undefined {
  WORD.lastIndex = verb.end;
  let qualifier: Head | undefined;
  for (let i = 0, m = WORD.exec(text); m !== null && i < WORDS_LOOKED_AT; i++, m = WORD.exec(text)) {
    const word = m[0];
    if (/\d/.test(word) || SKIPPED.has(word) || word.length === 1) continue;
    // "customer experience": the qualifier stands for the object only when the next word is not vague.
    if (qualifier !== undefined) return VAGUE.has(word) ? { word, start: m.index } : qualifier;
    if (QUALIFIERS.has(word)) {
      qualifier = { word, start: m.index };
      continue;
    }
    return { word, start: m.index };
  }
  return qualifier;
}

/** The noun phrase that starts at the object ("marketing qualified leads | from 400"). */
function phraseAt(text: string, head: Head): string {
  const rest = text.slice(head.start, head.start + 60);
  const end = rest.slice(1).search(PHRASE_END);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

/**
 * Whether a vague head word is only a qualifier or a measured concept: "marketing qualified leads",
 * « visibilité : trafic organique », "brand perception score", « notoriété assistée (taux) ».
 */
function isMeasured(text: string, head: Head): boolean {
  const phrase = phraseAt(text, head);
  const before = text.slice(Math.max(0, head.start - 24), head.start);
  if (MEASURE.test(before) || MEASURE.test(phrase)) return true;
  const around = `${before} ${text.slice(head.start, head.start + 40)}`;
  if (SCOPED_BY_CHANNEL.has(head.word) && CHANNEL.test(around)) return true;
  // A broad concept the library knows by that name ("notoriété", "satisfaction") is not a measure.
  const rest = phrase.slice(head.word.length);
  return findKpisInText(rest).length > 0;
}

/** A level for a named metric: "sous 0,5 %", "to 3%", "under 2 hours". */
function namesLevel(text: string, quantities: readonly Quantity[]): boolean {
  return quantities.some((q) => LEVEL_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start)));
}

export interface SpecificFacts {
  readonly verbs: readonly VerbHit[];
  readonly quantities: readonly Quantity[];
  readonly namesKpi: boolean;
  readonly hasFromTo: boolean;
}

export interface SpecificVerdict {
  readonly met: boolean;
  /** The broad word taken for the object, folded ("experience"), when that is why it is not specific. */
  readonly vagueWord?: string;
}

/** `text`: folded, with time expressions blanked so "d'ici" or "mois" are never taken for the object. */
export function judgeSpecific(text: string, facts: SpecificFacts): SpecificVerdict {
  const measured = facts.namesKpi || MEASURE.test(text);
  // "Take organic traffic from 8,000 to 12,000", « ramener le churn sous 2 % »: the change is stated.
  if (measured && facts.hasFromTo) return { met: true };
  if (facts.namesKpi && facts.verbs.length > 0 && namesLevel(text, facts.quantities)) {
    const broad = facts.verbs.map((v) => headAfter(text, v)).find((h) => h !== undefined);
    if (broad === undefined || !VAGUE.has(broad.word) || isMeasured(text, broad)) return { met: true };
  }
  let vagueWord: string | undefined;
  for (const verb of facts.verbs) {
    // "passer de 2 % à 3 %", "passer le CPA à 30 €" change a number; "passer à la vitesse supérieure" does not.
    if (verb.kind === 'passer' && !facts.hasFromTo && !facts.quantities.some((q) => q.start > verb.end))
      continue;
    // "gagner en notoriété", "gain in visibility": an aim, not a change of a number.
    if (verb.kind === 'gain' && /^\s(?:en|in)\s/.test(text.slice(verb.end, verb.end + 4))) continue;
    const head = headAfter(text, verb);
    if (head === undefined) {
      // "Revenue to grow 20 % by 2027": the object came before the verb.
      if (facts.namesKpi) return { met: true };
      continue;
    }
    if (VAGUE.has(head.word) && !isMeasured(text, head)) {
      vagueWord ??= head.word;
      continue;
    }
    if ((verb.kind !== 'soft' && verb.kind !== 'hold') || facts.namesKpi) return { met: true };
  }
  // "+20 % de CA d'ici 2027": a signed change of a named metric is a concrete change.
  if (vagueWord === undefined && facts.namesKpi && facts.quantities.some((q) => q.sign !== 0))
    return { met: true };
  return vagueWord === undefined ? { met: false } : { met: false, vagueWord };
}

/** `text`: folded, with time expressions blanked. */
export function isSpecific(text: string, facts: SpecificFacts): boolean {
  return judgeSpecific(text, facts).met;
}
