import type * as z from 'zod/mini';
import type { Lang } from '../i18n';
import { messages, typeName } from './messages';
import { formatPath, type PlanProblem } from './problems';
import { crossFieldProblems } from './rules';
import {
  type KpiPlan,
  kpiSchema,
  operationalObjectiveSchema,
  periodSchema,
  PLAN_VERSION,
  planSchema,
  planShapeSchema,
  strategicObjectiveSchema,
} from './schema';

export type ParsePlanResult =
  | {
      readonly ok: true;
      readonly plan: KpiPlan;
      /** Paths of fields this version does not know; they were dropped (see schema.ts). */
      readonly ignored: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The plan's own language when it says one we speak; the caller's otherwise. */
function languageOf(input: unknown, fallback: Lang): Lang {
  const lang = isObject(input) ? input.language : undefined;
  return lang === 'fr' || lang === 'en' ? lang : fallback;
}

function messageFor(issue: z.core.$ZodIssue, lang: Lang): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? messages.required(typeName(issue.expected, lang), lang)
        : messages.wrongType(typeName(issue.expected, lang), issue.input, lang);
    case 'invalid_value':
      return issue.input === undefined
        ? messages.required(issue.values.map((v) => messages.quote(v, lang)).join(' | '), lang)
        : messages.oneOf(issue.values, issue.input, lang);
    case 'invalid_format':
      return last === 'currency' ? messages.currency(issue.input, lang) : messages.kpiId(issue.input, lang);
    case 'too_small':
      if (issue.origin === 'string') return messages.empty(lang);
      if (issue.origin === 'array') return messages.tooFewItems(Number(issue.minimum), lang);
      return messages.tooSmall(Number(issue.minimum), issue.inclusive ?? false, issue.input, lang);
    case 'too_big':
      if (issue.origin === 'string')
        return messages.tooLong(Number(issue.maximum), String(issue.input ?? '').length, lang);
      if (issue.origin === 'array')
        return messages.tooManyItems(
          Number(issue.maximum),
          Array.isArray(issue.input) ? issue.input.length : 0,
          lang,
        );
      return messages.tooBig(Number(issue.maximum), issue.inclusive ?? false, issue.input, lang);
    case 'custom':
      return issue.params?.kind === 'isoDate' ? messages.isoDate(issue.input, lang) : messages.invalid(lang);
    default:
      return messages.invalid(lang);
  }
}

// Known keys at each level, read from the schemas so the list cannot drift from them.
const KNOWN = {
  plan: new Set(Object.keys(planShapeSchema.shape)),
  period: new Set(Object.keys(periodSchema.shape)),
  strategic: new Set(Object.keys(strategicObjectiveSchema.shape)),
  operational: new Set(Object.keys(operationalObjectiveSchema.shape)),
  kpi: new Set(Object.keys(kpiSchema.shape)),
};

function unknownKeys(value: unknown, known: Set<string>, path: string): string[] {
  if (!isObject(value)) return [];
  return Object.keys(value)
    .filter((key) => !known.has(key))
    .map((key) => (path === '' ? key : `${path}.${key}`));
}

/** Every field the schema will drop, so the caller can say so rather than lose it silently. */
function ignoredFields(input: Json): string[] {
  const ignored = [
    ...unknownKeys(input, KNOWN.plan, ''),
    ...unknownKeys(input.period, KNOWN.period, 'period'),
  ];
  const objectives = Array.isArray(input.objectives) ? input.objectives : [];
  objectives.forEach((so: unknown, i) => {
    ignored.push(...unknownKeys(so, KNOWN.strategic, `objectives[${i}]`));
    const operational = isObject(so) && Array.isArray(so.operational) ? so.operational : [];
    operational.forEach((oo: unknown, j) => {
      ignored.push(...unknownKeys(oo, KNOWN.operational, `objectives[${i}].operational[${j}]`));
      const kpis = isObject(oo) && Array.isArray(oo.kpis) ? oo.kpis : [];
      kpis.forEach((kpi: unknown, k) =>
        ignored.push(...unknownKeys(kpi, KNOWN.kpi, `objectives[${i}].operational[${j}].kpis[${k}]`)),
      );
    });
  });
  return ignored;
}

/**
 * Reads a KPI plan (an object, or its JSON text) and either returns it with every default applied, or
 * every problem at once, each with its path, in the plan's language (else `lang`). A plan of another
 * version is refused with one message and nothing else is read from it.
 */
export function parsePlan(input: unknown, options: { lang?: Lang } = {}): ParsePlanResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [{ path: '', message: messages.notJson(detail, options.lang ?? 'en') }] };
    }
  }
  const lang = languageOf(value, options.lang ?? 'en');

  if (isObject(value) && value.version !== undefined && value.version !== PLAN_VERSION)
    return {
      ok: false,
      problems: [{ path: 'version', message: messages.unsupportedVersion(value.version, lang) }],
    };

  const result = planSchema.safeParse(value, { reportInput: true });
  const problems: PlanProblem[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: messageFor(issue, lang),
      }));
  problems.push(...crossFieldProblems(value, lang));

  if (!result.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, plan: result.data, ignored: isObject(value) ? ignoredFields(value) : [] };
}
