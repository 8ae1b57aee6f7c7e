import { findKpisInText } from '../kpiLibrary';
import type { Quantity } from './quantities';
import type { VerbHit } from './verbs';

// Specific: one concrete change applied to a named object. The object is the first content word after
// the verb, skipping articles, possessives, prepositions, numbers and units ("augmenter de 20 % le
// chiffre d'affaires" → "chiffre"). An aim whose object is vague ("améliorer notre image", "augmenter
// notre visibilité", "gagner en notoriété") is not specific; a soft verb (améliorer, optimiser, improve)
// is specific only when the objective names a KPI the library knows, and so is a level to hold (maintenir,
// keep, rester sous). A vague word that modifies a KPI the
// library knows ("increase marketing qualified leads", "grow business revenue") is an adjective, not the
// object: the object is the KPI.

const SKIPPED = new Set(
  (
    'le la les l un une des du de d au aux a en notre nos votre vos mon ma mes son sa ses leur leurs ce cet cette ' +
    'ces par pour sur dans avec chez plus davantage encore tres bien nouveaux nouvelles nouveau nouvelle nouvel ' +
    'total totale global globale significativement fortement nettement sensiblement progressivement ' +
    'the an our your their its my his her this these that those of to by in on for with from more new ' +
    'additional extra further significantly substantially steadily at least moins less than que s ' +
    'k m pts pt points point pourcent pourcents percent cent eur euros usd dollars x fois times moitie half ' +
    'marque brand faire up down over online ligne digital digitale numerique social sociale sociaux mobile local locale'
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
    'attractiveness dynamisme ecosysteme ecosystem'
  ).split(' '),
);

const WORD = /[a-z]+|\d/g;
const WORDS_LOOKED_AT = 8;
// Where the noun phrase that starts at the object ends: punctuation, or a preposition or conjunction
// ("marketing qualified leads | from 400", « qualité | du trafic », "image | and revenue").
const PHRASE_END =
  /[,;:()!?.]|\s(?:de|du|des|d'|of|for|pour|sur|on|in|en|avec|with|et|and|ou|or|to|a|au|aux|by|par|from|vs|contre|chez|aupres|than|que)\s/;

interface Head {
  readonly word: string;
  readonly start: number;
}

/** The object a verb applies to: the first content word after it, or undefined. */
function headAfter(text: string, verb: VerbHit): Head | undefined {
  WORD.lastIndex = verb.end;
  for (let i = 0, m = WORD.exec(text); m !== null && i < WORDS_LOOKED_AT; i++, m = WORD.exec(text)) {
    const word = m[0];
    if (/\d/.test(word) || SKIPPED.has(word) || word.length === 1) continue;
    return { word, start: m.index };
  }
  return undefined;
}

/** "marketing qualified leads": the vague head word only qualifies a KPI the library knows. */
function modifiesKpi(text: string, head: Head): boolean {
  const rest = text.slice(head.start, head.start + 60);
  const end = rest.search(PHRASE_END);
  return findKpisInText(end < 0 ? rest : rest.slice(0, end)).length > 0;
}

export interface SpecificFacts {
  readonly verbs: readonly VerbHit[];
  readonly quantities: readonly Quantity[];
  readonly namesKpi: boolean;
  readonly hasFromTo: boolean;
}

/** `text`: folded, with time expressions blanked so "d'ici" or "mois" are never taken for the object. */
export function isSpecific(text: string, facts: SpecificFacts): boolean {
  for (const verb of facts.verbs) {
    // "passer de 2 % à 3 %", "passer le CPA à 30 €" change a number; "passer à la vitesse supérieure" does not.
    if (verb.kind === 'passer' && !facts.hasFromTo && !facts.quantities.some((q) => q.start > verb.end))
      continue;
    // "gagner en notoriété", "gain in visibility": an aim, not a change of a number.
    if (verb.kind === 'gain' && /^\s(?:en|in)\s/.test(text.slice(verb.end, verb.end + 4))) continue;
    const head = headAfter(text, verb);
    if (head === undefined) {
      // "Revenue to grow 20 % by 2027": the object came before the verb.
      if (facts.namesKpi) return true;
      continue;
    }
    if (VAGUE.has(head.word) && !modifiesKpi(text, head)) continue;
    if ((verb.kind !== 'soft' && verb.kind !== 'hold') || facts.namesKpi) return true;
  }
  // "+20 % de CA d'ici 2027": a signed change of a named metric is a concrete change.
  return facts.namesKpi && facts.quantities.some((q) => q.sign !== 0);
}
