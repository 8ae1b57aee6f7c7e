import type { Lang } from '../../src/core/i18n';
import type { OperationalDraft } from '../../src/core/rpc/draft';
import { type SmartInput, type SmartResult, smartCheck } from '../../src/core/smart';
import { isIsoDate } from '../../src/core/calendarDate';
import { fromPercent, parseUserNumber } from './numbers';

/**
 * The SMART check of an objective as the Objectives sheet will show it: an operational objective is
 * measured by its KPIs, so its first KPI supplies the baseline, target and deadline SMART asks for
 * (src/workbook/layouts/objectives.ts does the same), in plan units (percent KPIs as fractions).
 */
export function smartInputFor(
  title: string,
  lang: Lang,
  operational?: OperationalDraft,
  planLang: Lang = lang,
): SmartInput {
  const kpi = operational?.kpis[0];
  if (!kpi) return { objective: title, lang };
  const number = (text: string) => {
    const n = parseUserNumber(text, planLang);
    if (n === undefined || Number.isNaN(n)) return undefined;
    return kpi.unit === 'percent' ? fromPercent(n) : n;
  };
  const baseline = number(kpi.baseline);
  const target = number(kpi.target);
  const [year, month, day] = kpi.deadline.split('-').map(Number);
  const deadline = isIsoDate(kpi.deadline) && year && month && day ? { year, month, day } : undefined;
  return {
    objective: title,
    lang,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(deadline ? { deadline } : {}),
  };
}

export function smartOf(
  title: string,
  lang: Lang,
  operational?: OperationalDraft,
  planLang: Lang = lang,
): SmartResult {
  return smartCheck(smartInputFor(title, lang, operational, planLang));
}
