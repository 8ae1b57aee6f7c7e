import * as z from 'zod/mini';
import { LANGUAGES, type Lang } from '../i18n';
import { parseIsoDate } from '../calendarDate';
import { parsePlan } from '../plan/parse';
import { formatPath } from '../plan/problems';
import { type KpiPlanInput, PLAN_LIMITS, planSchema } from '../plan/schema';
import { MAX_PROBLEMS_SHOWN, TEMPLATE_KIND, TEMPLATE_MAX_BYTES, TEMPLATE_VERSION } from './limits';
import { jsonSyntaxErrorAt } from './jsonSyntaxError';
import { templateMessages as m } from './messages';
import type { TemplateProblem } from './problems';
import { utf8ByteLength } from './utf8';

// A template file is a KPI plan (format v1) in an envelope that says what it is, who made it and in
// which language, so an agency can send it to a client or a colleague and they can import it by upload
// or paste. Reading one never throws and never half-reads: either the whole template is valid and
// returned, or nothing is, with every problem found.

export { TEMPLATE_KIND, TEMPLATE_MAX_BYTES, TEMPLATE_VERSION } from './limits';

export const TEMPLATE_LIMITS = {
  name: PLAN_LIMITS.name,
  description: PLAN_LIMITS.longText,
  author: PLAN_LIMITS.owner,
} as const;

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** `2027-01-15` or `2027-01-15T09:30:00Z` (any ISO 8601 offset), on a day that exists. */
function isIsoDateTime(text: string): boolean {
  const match = ISO_DATE_TIME.exec(text);
  return match?.[1] !== undefined && parseIsoDate(match[1]) !== undefined;
}

function text(min: number, max: number) {
  return min > 0 ? z.string().check(z.minLength(min), z.maxLength(max)) : z.string().check(z.maxLength(max));
}

const envelopeShape = {
  kind: z.literal(TEMPLATE_KIND),
  version: z.literal(TEMPLATE_VERSION),
  name: text(1, TEMPLATE_LIMITS.name),
  description: text(0, TEMPLATE_LIMITS.description),
  author: z.optional(text(0, TEMPLATE_LIMITS.author)),
  /** Language of the name and description (the plan has its own, for the sheets). */
  language: z.enum(LANGUAGES),
  createdAt: z.optional(z.string().check(z.refine(isIsoDateTime, { params: { kind: 'createdAt' } }))),
};

/** A whole template file; the type of what `importTemplate` returns. */
export const templateFileSchema = z.object({ ...envelopeShape, plan: planSchema });
export type TemplateFile = z.output<typeof templateFileSchema>;
export type TemplateFileInput = z.input<typeof templateFileSchema>;

/** The envelope alone: the plan inside is read by `parsePlan`, for its own messages and rules. */
const envelopeSchema = z.object(envelopeShape);

export interface TemplateMeta {
  /** Default: the plan's name. */
  readonly name?: string;
  /** One or two sentences for whoever imports it. Default: the plan's goal, else empty. */
  readonly description?: string;
  readonly author?: string;
  /** Language of the name and description. Default: the plan's language. */
  readonly language?: Lang;
  /** ISO 8601; the caller supplies it (src/core reads no clock). */
  readonly createdAt?: string;
}

/** The template file for `plan`, as pretty-printed JSON ready to download or copy. */
export function exportTemplate(plan: KpiPlanInput, meta: TemplateMeta = {}): string {
  const file: TemplateFileInput = {
    kind: TEMPLATE_KIND,
    version: TEMPLATE_VERSION,
    name: meta.name ?? plan.name,
    description: meta.description ?? plan.goal ?? '',
    ...(meta.author !== undefined ? { author: meta.author } : {}),
    language: meta.language ?? plan.language,
    ...(meta.createdAt !== undefined ? { createdAt: meta.createdAt } : {}),
    plan,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportTemplateResult =
  | {
      readonly ok: true;
      readonly template: TemplateFile;
      /** Paths of fields this version does not know (e.g. `plan.notes`); they were dropped. */
      readonly ignored: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const refuse = (path: string, message: TemplateProblem['message']): ImportTemplateResult => ({
  ok: false,
  problems: [{ path, message }],
});

/** What the engine says, for the unlikely case our scanner finds nothing wrong where JSON.parse did. */
function engineErrorPosition(error: unknown, text: string): number | undefined {
  const message = error instanceof Error ? error.message : '';
  if (/end of (?:JSON )?input|unexpected end/i.test(message)) return text.length;
  const match = /position (\d+)/.exec(message);
  return match ? Math.min(Number(match[1]), text.length) : undefined;
}

const CURLY_QUOTES = '“”„«»‘’';

function jsonProblem(error: unknown, text: string): ImportTemplateResult {
  const position = jsonSyntaxErrorAt(text) ?? engineErrorPosition(error, text);
  if (position === undefined || position >= text.trimEnd().length) return refuse('', m.notJsonAtEnd());
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const near = text.slice(Math.max(0, position - 20), position + 20).replace(/\s+/g, ' ');
  // A word processor or a French keyboard turns " into “ ” or « »: the fix is to type straight quotes.
  const curly = CURLY_QUOTES.includes(text[position] ?? '');
  return refuse('', curly ? m.notJsonQuotes(line, column, near) : m.notJson(line, column, near));
}

function envelopeIssueMessage(issue: z.core.$ZodIssue): TemplateProblem['message'] {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? m.required(issue.expected)
        : m.wrongType(issue.expected, issue.input);
    case 'invalid_value':
      return m.oneOf(issue.values, issue.input);
    case 'too_small':
      return m.emptyText();
    case 'too_big':
      return m.tooLong(Number(issue.maximum), String(issue.input ?? '').length);
    case 'custom':
      return m.createdAt(issue.input);
    default:
      return m.invalid();
  }
}

/** The plan with `language` set to `lang` when it already holds a language we speak, else as it is. */
function withLanguage(plan: unknown, lang: Lang): unknown {
  if (!isObject(plan) || !(LANGUAGES as readonly unknown[]).includes(plan.language)) return plan;
  return { ...plan, language: lang };
}

/**
 * The plan's problems in both languages. parsePlan writes in the plan's own language; asking it once
 * per language, with only a valid `language` swapped, gives the same problems in the same order.
 */
function planProblems(plan: unknown): TemplateProblem[] {
  const fr = parsePlan(withLanguage(plan, 'fr'), { lang: 'fr' });
  const en = parsePlan(withLanguage(plan, 'en'), { lang: 'en' });
  const frProblems = fr.ok ? [] : fr.problems;
  const enProblems = en.ok ? [] : en.problems;
  return enProblems.map((problem, i) => ({
    path: problem.path === '' ? 'plan' : `plan.${problem.path}`,
    message: { fr: frProblems[i]?.message ?? problem.message, en: problem.message },
  }));
}

function unknownEnvelopeKeys(value: Json): string[] {
  return Object.keys(value).filter((key) => key !== 'plan' && !(key in envelopeShape));
}

function capped(problems: TemplateProblem[]): TemplateProblem[] {
  if (problems.length <= MAX_PROBLEMS_SHOWN) return problems;
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  shown.push({ path: '', message: m.moreProblems(problems.length - MAX_PROBLEMS_SHOWN) });
  return shown;
}

/**
 * Reads a template file's text (an upload or a paste). Refused as a whole, with every problem and its
 * path: anything that is not text, over 1 MB of UTF-8, malformed JSON (with line and column), not a
 * template, another template version (alone: nothing else is read from it), envelope fields, and every
 * plan problem `parsePlan` finds, its path prefixed with `plan.`. Never throws.
 */
export function importTemplate(input: unknown): ImportTemplateResult {
  if (typeof input !== 'string') return refuse('', m.notText(input));
  // A fast bound first: every UTF-16 unit is at least one byte.
  if (input.length > TEMPLATE_MAX_BYTES) return refuse('', m.tooLarge(utf8ByteLength(input)));
  const bytes = utf8ByteLength(input, TEMPLATE_MAX_BYTES);
  if (bytes > TEMPLATE_MAX_BYTES) return refuse('', m.tooLarge(utf8ByteLength(input)));

  // Notepad and some editors start UTF-8 files with a byte-order mark JSON.parse refuses.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return refuse('', m.empty());
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return jsonProblem(error, text);
  }

  if (!isObject(value)) return refuse('', m.notAnObject(value));
  if (value.kind !== TEMPLATE_KIND) {
    const looksLikePlan = value.kind === undefined && 'objectives' in value;
    return refuse('kind', looksLikePlan ? m.planNotTemplate() : m.unknownKind(value.kind));
  }
  if (value.version === undefined) return refuse('version', m.missingVersion());
  if (value.version !== TEMPLATE_VERSION) return refuse('version', m.unsupportedVersion(value.version));

  const envelope = envelopeSchema.safeParse(value, { reportInput: true });
  const problems: TemplateProblem[] = envelope.success
    ? []
    : envelope.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: envelopeIssueMessage(issue),
      }));

  const planValue = value.plan;
  if (typeof planValue === 'string') {
    // parsePlan would read a string as JSON text: a plan inside a template is an object, never text.
    problems.push({ path: 'plan', message: m.wrongType('object', planValue) });
    return { ok: false, problems: capped(problems) };
  }
  const plan = parsePlan(planValue);
  if (!plan.ok) problems.push(...planProblems(planValue));
  if (!envelope.success || !plan.ok || problems.length > 0) return { ok: false, problems: capped(problems) };

  return {
    ok: true,
    template: { ...envelope.data, plan: plan.plan },
    ignored: [...unknownEnvelopeKeys(value), ...plan.ignored.map((path) => `plan.${path}`)],
  };
}
