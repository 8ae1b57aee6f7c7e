import type { Lang, Translated } from '../i18n';
import type { AchievableVerdict } from './achievable';
import type { SmartCriterion } from './types';

// One short, actionable hint per criterion not met, with an example the user can copy.

const HINTS: Readonly<Record<Exclude<SmartCriterion, 'achievable'>, Translated>> = {
  specific: {
    fr: 'nommez un changement concret et ce qu’il vise (ex. «\u00a0augmenter le taux de conversion\u00a0»)',
    en: 'name one concrete change and what it applies to (e.g. "increase the conversion rate")',
  },
  measurable: {
    fr: 'chiffrez la cible (ex. «\u00a0+20 %\u00a0», «\u00a0500 leads\u00a0», «\u00a0de 2 % à 3 %\u00a0»)',
    en: 'put a number on the target (e.g. "+20%", "500 leads", "from 2% to 3%")',
  },
  relevant: {
    fr: 'nommez l’indicateur suivi (ex. taux de conversion)',
    en: 'name the KPI you will track (e.g. conversion rate)',
  },
  timeBound: {
    fr: 'ajoutez une échéance (ex. «\u00a0d’ici le 31/12/2027\u00a0»)',
    en: 'add a deadline (e.g. "by 31 Dec 2027")',
  },
};

const BASELINE_UNKNOWN: Translated = {
  fr: 'précisez le point de départ (ex. «\u00a0de 2 % à 3 %\u00a0»)',
  en: 'give the baseline (e.g. "from 2% to 3%")',
};

const BASELINE_NOT_POSITIVE: Translated = {
  fr: 'point de départ nul ou négatif\u00a0: prenez une référence positive (ex. un canal comparable)',
  en: 'the baseline is zero or negative: use a positive reference (e.g. a comparable channel)',
};

function formatRatio(ratio: number, lang: Lang): string {
  const rounded = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 100) / 100;
  const text = String(rounded);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

function achievableHint(verdict: AchievableVerdict, lang: Lang): string {
  if (verdict.met) return '';
  switch (verdict.reason) {
    case 'unknown':
      return BASELINE_UNKNOWN[lang];
    case 'nonPositiveBaseline':
      return BASELINE_NOT_POSITIVE[lang];
    case 'outOfRange': {
      const ratio = formatRatio(verdict.ratio, lang);
      return lang === 'fr'
        ? `cible à ×${ratio} du départ\u00a0: visez entre ½ et 2 fois le point de départ`
        : `target is ×${ratio} the baseline: aim between ½ and 2 times the baseline`;
    }
    case 'contradiction':
      if (lang === 'fr') {
        return verdict.direction === 'up'
          ? 'la cible est sous le point de départ alors que le verbe dit hausse : vérifiez le sens'
          : 'la cible dépasse le point de départ alors que le verbe dit baisse : vérifiez le sens';
      }
      return verdict.direction === 'up'
        ? 'the target is below the baseline but the verb says increase: check the direction'
        : 'the target is above the baseline but the verb says decrease: check the direction';
  }
}

/** The object is a broad concept: say what would make it specific. */
export function vagueObjectHint(word: string, lang: Lang): string {
  return lang === 'fr'
    ? `«\u00a0${word}\u00a0» est trop large\u00a0: nommez l’indicateur, le segment ou le canal visé (ex. «\u00a0abonnés Instagram\u00a0»)`
    : `"${word}" is too broad: name the KPI, segment or channel you mean (e.g. "Instagram followers")`;
}

export function hintFor(criterion: SmartCriterion, verdict: AchievableVerdict, lang: Lang): string {
  return criterion === 'achievable' ? achievableHint(verdict, lang) : HINTS[criterion][lang];
}
