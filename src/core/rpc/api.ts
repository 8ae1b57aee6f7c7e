import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n';
import type { KpiDefinition } from '../kpiLibrary/schema';
import { draftSchema } from './draft';

// The one declaration of what the sidebar may ask the server. Both sides import it: the sidebar's
// callServer is typed by it (and checks what comes back), and every server entry point parses its
// arguments with the same schemas before doing anything (the client is never trusted). Everything here
// is JSON: google.script.run drops Dates and class instances. zod/mini keeps the sidebar small.

const translatedSchema = z.object({ fr: z.string(), en: z.string() });

/**
 * The names a build gives the sheets it writes, in both languages (the builder's own labels): the
 * Review step lists them and finds the Scorecard among the sheets built without bundling the builder.
 */
export const builtSheetNamesSchema = z.object({
  objectives: translatedSchema,
  tracking: translatedSchema,
  scorecard: translatedSchema,
});

export const sidebarContextSchema = z.object({
  language: z.enum(LANGUAGES),
  version: z.string(),
  sheetNames: builtSheetNamesSchema,
});

export const savedDraftSchema = z.object({
  draft: draftSchema,
  /** ISO instant of the save, for "saved at 10:42". */
  savedAt: z.string(),
});

export const loadDraftResultSchema = z.union([savedDraftSchema, z.null()]);

export const saveDraftResultSchema = z.object({
  savedAt: z.string(),
  /** Bytes the draft takes in the document's property store (UTF-8 keys and values, as the quota counts). */
  bytes: z.number(),
  /** Set when the draft nears the store's 500 KB limit. */
  nearLimit: z.boolean(),
});

/** `cell` is set for a plan read from the Objectives sheet: the cell to fix (`Objectifs!L10`). */
export const problemSchema = z.object({
  path: z.string(),
  message: z.string(),
  cell: z.optional(z.string()),
});
export type Problem = z.infer<typeof problemSchema>;

/** What buildWorkbook answers; src/server/sidebarApi.ts checks at compile time that it does. */
export const buildResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    /** Every sheet written or updated, and those of them that were created. */
    sheets: z.readonly(z.array(z.string())),
    created: z.readonly(z.array(z.string())),
    /** True when the workbook had been built before (a rebuild). */
    rebuilt: z.boolean(),
    kpiCount: z.number(),
    periodCount: z.number(),
    /** Tracked values a rebuild put back (in place or moved with their KPI and period). */
    restoredValues: z.number(),
    /** Typed cells left where they were, values moved with their KPI, entries added to the archive. */
    keptInPlace: z.number(),
    movedValues: z.number(),
    archivedValues: z.number(),
    archiveSize: z.number(),
    archiveSheet: z.optional(z.string()),
    /** What became of what was typed, in words (empty on a first build). */
    report: z.readonly(z.array(z.string())),
    warnings: z.readonly(z.array(z.string())),
  }),
  z.object({ ok: z.literal(false), problems: z.readonly(z.array(z.readonly(problemSchema))) }),
]);

/** The plan read back from this workbook's Objectives sheet, or why it could not be. */
export const workbookPlanResultSchema = z.union([
  z.object({ ok: z.literal(true), plan: z.unknown() }),
  z.object({ ok: z.literal(false), problems: z.readonly(z.array(z.readonly(problemSchema))) }),
]);

/**
 * The KPI library, whole, for the page: it does not bundle it (the page must stay under 150 KB), so it
 * asks once when it opens. Its shape is the library's own schema (src/core/kpiLibrary/schema.ts, zod
 * classic, which stays out of this module); the server sends what it holds, so nothing is parsed here.
 */
export const kpiLibrarySchema = z.array(z.custom<KpiDefinition>());

const langSchema = z.enum(LANGUAGES);

/** A starter plan as the Start step lists it (src/core/templates/starters). */
export const starterPreviewSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  objectives: z.number(),
  kpis: z.readonly(z.array(z.string())),
});

/** What the Import step shows before the user accepts a template; the plan is applied only then. */
export const importTemplateResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    template: z.object({
      name: z.string(),
      description: z.string(),
      author: z.optional(z.string()),
      language: langSchema,
      objectives: z.number(),
      kpiCount: z.number(),
      /** The plan, with the format's defaults filled in (the page turns it into a draft). */
      plan: z.unknown(),
    }),
    /** Fields this version does not know, dropped (`plan.notes`). */
    ignored: z.array(z.string()),
  }),
  z.object({ ok: z.literal(false), problems: z.array(problemSchema) }),
]);

/**
 * Envelope fields the user types when saving a template. Their lengths are the template format's
 * bounds, checked by exportTemplateFile, which answers a too-long name as a problem in the user's
 * words ("name: at most 120 characters"), not as an invalid argument.
 */
export const templateMetaSchema = z.object({
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  author: z.optional(z.string()),
});

export const exportTemplateResultSchema = z.union([
  z.object({ ok: z.literal(true), text: z.string() }),
  z.object({ ok: z.literal(false), problems: z.array(problemSchema) }),
]);

export const sheetNameSchema = z.string().check(z.minLength(1), z.maxLength(100));

function fn<A extends z.ZodMiniTuple, R extends z.ZodMiniType>(args: A, result: R) {
  return { args, result };
}

export const SERVER_API = {
  getSidebarContext: fn(z.tuple([]), sidebarContextSchema),
  loadDraft: fn(z.tuple([]), loadDraftResultSchema),
  saveDraft: fn(z.tuple([draftSchema]), saveDraftResultSchema),
  clearDraft: fn(z.tuple([]), z.null()),
  // The plan is checked by buildWorkbook itself with the plan schema, which reports every problem with
  // its path instead of throwing on the first.
  buildWorkbook: fn(z.tuple([z.unknown()]), buildResultSchema),
  loadPlanFromWorkbook: fn(z.tuple([]), workbookPlanResultSchema),
  // The plan schema's verdict before building: cross-field rules the page does not check (unique ids,
  // plan size), messages in words with the path of the field.
  checkPlan: fn(z.tuple([z.unknown()]), z.array(problemSchema)),
  showSheet: fn(z.tuple([sheetNameSchema]), z.boolean()),
  getKpiLibrary: fn(z.tuple([]), kpiLibrarySchema),
  // Starters live on the server: the page would not hold them under its 150 KB.
  listStarters: fn(z.tuple([langSchema]), z.array(starterPreviewSchema)),
  getStarterPlan: fn(z.tuple([z.string().check(z.maxLength(64)), langSchema]), z.unknown()),
  // Template files are read and written on the server: their schema (zod) stays out of the page.
  // Problems come back in `lang`, the wizard's language. Nothing is stored by either.
  // The text's size is bounded by importTemplate itself (1 MB of UTF-8, its length checked first), which
  // refuses a bigger one with the page's own "file too large" message rather than an invalid argument.
  importTemplateFile: fn(z.tuple([z.string(), langSchema]), importTemplateResultSchema),
  exportTemplateFile: fn(z.tuple([z.unknown(), templateMetaSchema, langSchema]), exportTemplateResultSchema),
} as const;

export type ServerApi = typeof SERVER_API;
export type ServerFunctionName = keyof ServerApi;
export type ServerArgs<K extends ServerFunctionName> = z.input<ServerApi[K]['args']>;
export type ServerResult<K extends ServerFunctionName> = z.output<ServerApi[K]['result']>;

/** The readable form of a zod error: `draft.context.name: expected string, received number`. */
export function describeIssues(error: z.core.$ZodError, prefix: string): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${[prefix, ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
}

/** Parses the arguments of a server call; throws an Error naming the function, the field and the fix. */
export function parseServerArgs<K extends ServerFunctionName>(
  name: K,
  args: readonly unknown[],
): z.output<ServerApi[K]['args']> {
  const parsed = SERVER_API[name].args.safeParse(args);
  if (!parsed.success)
    throw new Error(`${name}: invalid arguments (${describeIssues(parsed.error, 'args')})`);
  return parsed.data as z.output<ServerApi[K]['args']>;
}
