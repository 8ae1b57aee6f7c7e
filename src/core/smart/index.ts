import type { Lang } from '../i18n';
import { findKpisInText, type KpiDefinition } from '../kpiLibrary';
import { foldText } from '../text';
import { type AchievableVerdict, judgeAchievable } from './achievable';
import { findStatedChange, statedDirection } from './baselineTarget';
import { hintFor, vagueObjectHint } from './hints';
import { detectLanguage } from './language';
import { findQuantities } from './quantities';
import { judgeSpecific } from './specific';
import { blankSpans } from './spans';
import { findTimeExpressions } from './timeExpressions';
import { SMART_CRITERIA, type SmartCriterion, type SmartInput, type SmartResult } from './types';
import { findVerbs, type SettledDirection, type VerbDirection } from './verbs';

// SMART_CHECK's core: judges an objective written in French or English against the five SMART criteria.
// How each criterion is judged, with examples, is in docs/SMART.md.

export { ALL_MET_MARK, formatSmartText } from './format';
export { SMART_CRITERIA, SMART_LETTERS } from './types';
export type { SmartCriterion, SmartInput, SmartResult } from './types';
export { detectLanguage } from './language';

function finiteOrUndefined(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** "Améliorer le taux de rebond": better means lower for that KPI. Unknown KPI: either way. */
function improveMeans(kpis: readonly KpiDefinition[]): SettledDirection {
  const kpiDirection = kpis[0]?.direction;
  return kpiDirection === 'higher' ? 'up' : kpiDirection === 'lower' ? 'down' : 'neutral';
}

function settle(direction: VerbDirection, improve: SettledDirection): SettledDirection {
  return direction === 'improve' ? improve : direction;
}

/** The word as the user wrote it ("expérience"), from its folded form ("experience"). */
function displayedWord(objective: string, folded: string): string {
  const words = objective.match(/[\p{L}]+/gu) ?? [];
  return words.find((w) => foldText(w) === folded) ?? folded;
}

export function smartCheck(input: SmartInput): SmartResult {
  const objective = typeof input.objective === 'string' ? input.objective : String(input.objective ?? '');
  const folded = foldText(objective);
  const timeSpans = findTimeExpressions(folded);
  const text = blankSpans(folded, timeSpans);
  const stated = findQuantities(text);
  const verbs = findVerbs(text);
  const kpis = findKpisInText(objective);
  const improve = improveMeans(kpis);
  const change = findStatedChange(text, stated, verbs, improve);
  const baseline = finiteOrUndefined(input.baseline);
  const target = finiteOrUndefined(input.target);

  const verdict: AchievableVerdict = judgeAchievable(
    change,
    { baseline, target },
    settle(statedDirection(verbs), improve),
  );
  const specific = judgeSpecific(text, {
    verbs,
    quantities: stated.quantities,
    namesKpi: kpis.length > 0,
    hasFromTo: change.hasFromTo,
  });
  const criteria: Record<SmartCriterion, boolean> = {
    specific: specific.met,
    measurable: stated.quantities.length > 0 || stated.multipliers.length > 0 || target !== undefined,
    achievable: verdict.met,
    relevant: kpis.length > 0,
    timeBound: timeSpans.length > 0 || input.deadline !== undefined,
  };

  const language: Lang = input.lang ?? detectLanguage(objective, folded, input.fallbackLang ?? 'fr');
  const hints: Partial<Record<SmartCriterion, string>> = {};
  for (const criterion of SMART_CRITERIA) {
    if (!criteria[criterion]) {
      hints[criterion] =
        criterion === 'specific' && specific.vagueWord !== undefined
          ? vagueObjectHint(displayedWord(objective, specific.vagueWord), language)
          : hintFor(criterion, verdict, language);
    }
  }
  const ratio = 'ratio' in verdict ? verdict.ratio : undefined;
  return {
    score: SMART_CRITERIA.filter((c) => criteria[c]).length,
    criteria,
    hints,
    language,
    kpiIds: kpis.map((k) => k.id),
    ...(ratio !== undefined ? { ratio } : {}),
  };
}
