import type { Lang } from '../i18n';

// French or English, from the words an objective uses. Short objectives ("CTR 2 %") may have no clue at
// all: the caller's fallback decides then (the spreadsheet's locale, else French, the users' language).

const FRENCH = new Set(
  (
    'le la les des du de un une et en pour notre nos votre vos au aux dans sur par avec ce cette ces est sont ' +
    'etre avoir ici d l qu que qui plus moins nouveaux nouvelles chaque mois ans annee semaines jours trimestre ' +
    'fin taux chiffre affaires ventes clients abonnes visiteurs panier moyen cout commandes augmenter reduire ' +
    'diminuer baisser atteindre generer lancer doubler tripler fideliser porter passer gagner recruter ' +
    'conquerir obtenir accroitre multiplier diviser ameliorer optimiser developper renforcer hausse baisse ' +
    'prochain prochaine maintenir garder conserver rester stabiliser sous dessus'
  ).split(' '),
);

const ENGLISH = new Set(
  (
    'the of and to by in for our your with on per from within this that these is are be have than at an ' +
    'more new each every month months year years weeks days quarter end rate revenue sales customers ' +
    'subscribers visitors average cost orders increase reduce decrease lower reach generate launch grow cut ' +
    'raise acquire convert retain improve double triple halve gain boost next keep maintain hold stay remain ' +
    'below above under through until'
  ).split(' '),
);

const ACCENTED = /[àâäçéèêëîïôöùûüÿœæ]/i;
const WORD = /[a-z]+/g;

export function detectLanguage(original: string, folded: string, fallback: Lang): Lang {
  // An accent is a strong French clue, worth two words ("réduire", "d'ici l'été").
  let french = ACCENTED.test(original) ? 2 : 0;
  let english = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    if (FRENCH.has(m[0])) french++;
    else if (ENGLISH.has(m[0])) english++;
  }
  if (french > english) return 'fr';
  if (english > french) return 'en';
  return fallback;
}
