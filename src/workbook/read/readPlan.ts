import { type Lang, t } from '../../core/i18n';
import { calendarDateOfLocal, formatIsoDate, isDateObject, serialToIso } from '../../core/calendarDate';
import { parseMilestones } from '../../core/plan/milestonesText';
import { type ParsePlanResult, parsePlan } from '../../core/plan/parse';
import type { PlanProblem } from '../../core/plan/problems';
import { inspectSpreadsheet } from './existingSheets';
import { cell as a1Cell, sheetNameForDisplay } from '../a1';
import { SHEET_NAMES } from '../labels';
import { acceptedWords, type EnumKind, enumCode } from '../enumWords';
import { OBJECTIVES_COLUMNS, OBJECTIVES_HEADER_ROW, type ObjectivesColumn } from '../layoutContext';
import { BRANDING_ROWS, BRANDING_VALUE_COLUMN, PLAN_HEADER_ROWS } from '../layouts/objectives';

// The Objectives sheet read back into a plan: the header block (rows 1–7, branding in E5:F7) and the
// KPI table. Reads
// values (exact numbers) and display values (dates as the sheet shows them in yyyy-mm-dd) once each,
// then parses the result like any plan, so an edit that breaks the plan comes back as problems with
// paths, and an edit that is valid (a new target, another direction) rebuilds with the change.
// Enumerated cells hold words in the plan's language (../enumWords.ts): they are mapped back to codes,
// whatever the language, case or accents; a word that is none of them is a problem naming the cell.

type Grid = readonly (readonly unknown[])[];

const column = (key: ObjectivesColumn) => OBJECTIVES_COLUMNS.indexOf(key);

/** The KPI table's columns named like the plan's KPI fields. */
const KPI_COLUMNS = [
  'name',
  'libraryId',
  'unit',
  'direction',
  'baseline',
  'target',
  'deadline',
  'aggregation',
  'band',
  'weight',
  'benchmark',
  'owner',
  'source',
  'milestones',
] as const satisfies readonly ObjectivesColumn[];

function text(v: unknown): string | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : String(v);
}

function num(v: unknown): unknown {
  if (v === '' || v === null || v === undefined) return undefined;
  return v; // a number, or whatever was typed: the schema reports it with its path
}

/** A date cell: a serial or Date in values, the yyyy-mm-dd text in display values. */
function date(v: unknown, shown: unknown): string | undefined {
  if (typeof shown === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(shown)) return shown;
  if (typeof v === 'number') return serialToIso(v);
  if (isDateObject(v)) return formatIsoDate(calendarDateOfLocal(v));
  return text(shown ?? v);
}

/** The milestones cell: blank is none; text is read entry by entry (../../core/plan/milestonesText.ts). */
function milestonesOf(v: unknown): unknown {
  const typed = text(v);
  return typed === undefined ? undefined : parseMilestones(typed);
}

/** A checked cell: TRUE, or the word a user may type for it in either language. */
function isTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && ['true', 'vrai'].includes(v.trim().toLowerCase()));
}

function withoutUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** An enumerated cell the reader could not map to a code (its cell is in `cells`, by path). */
export interface UnknownWord {
  readonly path: string;
  readonly kind: EnumKind;
  readonly value: string;
}

export interface ObjectivesGridRead {
  /** The plan as raw JSON, before validation; an unknown word is left as typed. */
  readonly plan: Record<string, unknown>;
  readonly unknownWords: readonly UnknownWord[];
  /** Where each field was read: plan path → A1 cell (`objectives[0].operational[0].kpis[1].target` → 'L10'). */
  readonly cells: ReadonlyMap<string, string>;
}

/** The plan (as raw JSON, before validation) an Objectives grid describes. Pure. */
export function planFromObjectivesGrid(values: Grid, display: Grid): Record<string, unknown> {
  return readObjectivesGrid(values, display).plan;
}

/** The plan an Objectives grid describes, and the enumerated cells whose word is unknown. Pure. */
export function readObjectivesGrid(values: Grid, display: Grid): ObjectivesGridRead {
  const unknownWords: UnknownWord[] = [];
  const cells = new Map<string, string>();
  /** Records where `path` was read; the first cell wins (an objective's title is on its first row). */
  const from = (path: string, row: number, col: number) => {
    if (!cells.has(path)) cells.set(path, a1Cell(col, row, 'relative'));
  };
  /** The code for the word `v` read at `path`; the text as typed when it is no known word. */
  const word = (kind: EnumKind, v: unknown, path: string): string | undefined => {
    const typed = text(v);
    if (typed === undefined) return undefined;
    const code = enumCode(kind, typed);
    if (code !== undefined) return code;
    unknownWords.push({ path, kind, value: typed });
    return typed;
  };
  const cell = (grid: Grid, row: number, col: number) => grid[row - 1]?.[col - 1];
  const header = (row: number, col = 2) => cell(values, row, col);
  for (const [key, row] of Object.entries(PLAN_HEADER_ROWS)) if (key !== 'period') from(key, row, 2);
  from('period', PLAN_HEADER_ROWS.period, 2);
  (['start', 'end', 'frequency'] as const).forEach((key, i) =>
    from(`period.${key}`, PLAN_HEADER_ROWS.period, 2 + i),
  );
  for (const [key, row] of Object.entries(BRANDING_ROWS)) from(`branding.${key}`, row, BRANDING_VALUE_COLUMN);
  const plan: Record<string, unknown> = withoutUndefined({
    version: header(PLAN_HEADER_ROWS.version),
    name: text(header(PLAN_HEADER_ROWS.name)),
    language: text(header(PLAN_HEADER_ROWS.language)),
    currency: text(header(PLAN_HEADER_ROWS.currency)),
    period: {
      start: date(header(PLAN_HEADER_ROWS.period, 2), cell(display, PLAN_HEADER_ROWS.period, 2)),
      end: date(header(PLAN_HEADER_ROWS.period, 3), cell(display, PLAN_HEADER_ROWS.period, 3)),
      frequency: word('frequency', header(PLAN_HEADER_ROWS.period, 4), 'period.frequency'),
      // TRUE beside the period (column F) keeps last year's columns; anything else, none.
      ...(isTrue(header(PLAN_HEADER_ROWS.period, BRANDING_VALUE_COLUMN)) ? { history: true } : {}),
    },
    strategy: text(header(PLAN_HEADER_ROWS.strategy)),
    goal: text(header(PLAN_HEADER_ROWS.goal)),
  });
  // Read as typed (not trimmed), so the branding comes back exactly; blank fields are left out, and a
  // workbook with none (every one built before branding existed) gives a plan without it.
  const branding = withoutUndefined({
    agency: text(header(BRANDING_ROWS.agency, BRANDING_VALUE_COLUMN)),
    client: text(header(BRANDING_ROWS.client, BRANDING_VALUE_COLUMN)),
    accentColor: text(header(BRANDING_ROWS.accentColor, BRANDING_VALUE_COLUMN)),
  });
  if (Object.keys(branding).length > 0) plan.branding = branding;

  type Op = { id: unknown; title: unknown; kpis: Record<string, unknown>[] };
  type So = { id: unknown; title: unknown; operational: Op[] };
  const objectives: So[] = [];
  for (let r = OBJECTIVES_HEADER_ROW; r < values.length; r += 1) {
    const row = values[r] ?? [];
    const shown = display[r] ?? [];
    const at = (key: ObjectivesColumn) => row[column(key)];
    const kpiId = text(at('kpiId'));
    if (kpiId === undefined) continue;
    const soId = text(at('strategicId'));
    const ooId = text(at('operationalId'));
    let so = objectives.find((o) => o.id === soId);
    if (!so) objectives.push((so = { id: soId, title: text(at('strategicTitle')), operational: [] }));
    let oo = so.operational.find((o) => o.id === ooId);
    if (!oo) so.operational.push((oo = { id: ooId, title: text(at('operationalTitle')), kpis: [] }));
    const soPath = `objectives[${objectives.indexOf(so)}]`;
    const ooPath = `${soPath}.operational[${so.operational.indexOf(oo)}]`;
    const path = `${ooPath}.kpis[${oo.kpis.length}]`;
    from(soPath, r + 1, column('strategicTitle') + 1);
    from(`${soPath}.id`, r + 1, column('strategicId') + 1);
    from(`${soPath}.title`, r + 1, column('strategicTitle') + 1);
    from(ooPath, r + 1, column('operationalTitle') + 1);
    from(`${ooPath}.id`, r + 1, column('operationalId') + 1);
    from(`${ooPath}.title`, r + 1, column('operationalTitle') + 1);
    from(path, r + 1, column('kpiId') + 1);
    from(`${path}.id`, r + 1, column('kpiId') + 1);
    for (const key of KPI_COLUMNS) from(`${path}.${key}`, r + 1, column(key) + 1);
    const enumAt = (kind: EnumKind & ObjectivesColumn) => word(kind, at(kind), `${path}.${kind}`);
    oo.kpis.push(
      withoutUndefined({
        id: kpiId,
        name: text(at('name')),
        libraryId: text(at('libraryId')),
        unit: enumAt('unit'),
        direction: enumAt('direction'),
        baseline: num(at('baseline')),
        target: num(at('target')),
        deadline: date(at('deadline'), shown[column('deadline')]),
        aggregation: enumAt('aggregation'),
        band: num(at('band')),
        weight: num(at('weight')),
        benchmark: num(at('benchmark')),
        owner: text(at('owner')),
        source: text(at('source')),
        milestones: milestonesOf(at('milestones')),
      }),
    );
  }
  plan.objectives = objectives;
  return { plan, unknownWords, cells };
}

export type ReadPlanResult =
  ParsePlanResult | { readonly ok: false; readonly problems: readonly PlanProblem[] };

const NO_SHEET = {
  fr: 'Aucune feuille d’objectifs KPI Kit dans ce classeur\u00a0: construisez d’abord le tableau de bord depuis l’assistant.',
  en: 'No KPI Kit Objectives sheet in this spreadsheet: build the scorecard from the wizard first.',
};

const UNKNOWN_WORD = {
  fr: '«\u00a0{value}\u00a0» n’est pas une valeur connue\u00a0: choisissez-en une dans la liste ({accepted}).',
  en: '"{value}" is not a known value: pick one from the list ({accepted}).',
};

function unknownWordProblem(w: UnknownWord, lang: Lang): PlanProblem {
  return {
    path: w.path,
    message: t(UNKNOWN_WORD, lang)
      .replace('{value}', w.value)
      .replace('{accepted}', acceptedWords(w.kind).join(', ')),
  };
}

/** The last segment of a plan path: `.target` or `[2]`. */
const LAST_SEGMENT = /(?:\.[^.[\]]+|\[\d+\])$/;

/** The cell a plan path was read from, or the nearest enclosing one (a KPI's row for the KPI). */
function cellOf(path: string, cells: ReadonlyMap<string, string>): string | undefined {
  for (let p = path; p !== '';) {
    const found = cells.get(p);
    if (found !== undefined) return found;
    const parent = p.replace(LAST_SEGMENT, '');
    if (parent === p) return undefined;
    p = parent;
  }
  return undefined;
}

/**
 * Parses the grid: an unknown word replaces what the schema says about the same path. Each problem
 * names the cell to fix (`Objectifs!L10`), since the person reading it edits a sheet, not JSON. Pure.
 */
export function parseObjectivesGrid(
  values: Grid,
  display: Grid,
  lang: Lang = 'en',
  sheetName = t(SHEET_NAMES.objectives, lang),
): ReadPlanResult {
  const read = readObjectivesGrid(values, display);
  const parsed = parsePlan(read.plan, { lang });
  if (read.unknownWords.length === 0 && parsed.ok) return parsed;
  const paths = new Set(read.unknownWords.map((w) => w.path));
  const sheet = sheetNameForDisplay(sheetName);
  const located = (problem: PlanProblem): PlanProblem => {
    const cell = cellOf(problem.path, read.cells);
    return cell === undefined ? problem : { ...problem, cell: `${sheet}!${cell}` };
  };
  return {
    ok: false,
    problems: [
      ...read.unknownWords.map((w) => unknownWordProblem(w, lang)),
      ...(parsed.ok ? [] : parsed.problems.filter((p) => !paths.has(p.path))),
    ].map(located),
  };
}

/** Reads the plan back from the Objectives sheet KPI Kit built in this spreadsheet. */
export function readPlanFromWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: 'fr' | 'en' = 'en',
): ReadPlanResult {
  const found = inspectSpreadsheet(spreadsheet).find((e) => e.role === 'objectives');
  if (!found) return { ok: false, problems: [{ path: '', message: NO_SHEET[lang] }] };
  const range = found.sheet.getDataRange();
  return parseObjectivesGrid(range.getValues(), range.getDisplayValues(), lang, found.name);
}
