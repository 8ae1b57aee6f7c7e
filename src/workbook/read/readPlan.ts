import { type Lang, t } from '../../core/i18n';
import { type ParsePlanResult, parsePlan } from '../../core/plan/parse';
import type { PlanProblem } from '../../core/plan/problems';
import { inspectSpreadsheet } from '../apply/inspect';
import { serialToIso } from '../apply/grid';
import { a1 } from '../cells';
import { acceptedWords, type EnumKind, enumCode } from '../enumWords';
import { OBJECTIVES_HEADER_ROW } from '../geometry';
import { OBJECTIVES_COLUMNS, type ObjectivesColumn } from '../layoutContext';
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
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return text(shown ?? v);
}

function withoutUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** An enumerated cell the reader could not map to a code: where it is, in the plan and the sheet. */
export interface UnknownWord {
  readonly path: string;
  readonly cell: string;
  readonly kind: EnumKind;
  readonly value: string;
}

export interface ObjectivesGridRead {
  /** The plan as raw JSON, before validation; an unknown word is left as typed. */
  readonly plan: Record<string, unknown>;
  readonly unknownWords: readonly UnknownWord[];
}

/** The plan (as raw JSON, before validation) an Objectives grid describes. Pure. */
export function planFromObjectivesGrid(values: Grid, display: Grid): Record<string, unknown> {
  return readObjectivesGrid(values, display).plan;
}

/** The plan an Objectives grid describes, and the enumerated cells whose word is unknown. Pure. */
export function readObjectivesGrid(values: Grid, display: Grid): ObjectivesGridRead {
  const unknownWords: UnknownWord[] = [];
  /** The code for the word in (row, col), 1-based; the text as typed when it is no known word. */
  const word = (kind: EnumKind, v: unknown, row: number, col: number, path: string): string | undefined => {
    const typed = text(v);
    if (typed === undefined) return undefined;
    const code = enumCode(kind, typed);
    if (code !== undefined) return code;
    unknownWords.push({ path, cell: a1(row, col), kind, value: typed });
    return typed;
  };
  const cell = (grid: Grid, row: number, col: number) => grid[row - 1]?.[col - 1];
  const header = (row: number, col = 2) => cell(values, row, col);
  const plan: Record<string, unknown> = withoutUndefined({
    version: header(PLAN_HEADER_ROWS.version),
    name: text(header(PLAN_HEADER_ROWS.name)),
    language: text(header(PLAN_HEADER_ROWS.language)),
    currency: text(header(PLAN_HEADER_ROWS.currency)),
    period: {
      start: date(header(PLAN_HEADER_ROWS.period, 2), cell(display, PLAN_HEADER_ROWS.period, 2)),
      end: date(header(PLAN_HEADER_ROWS.period, 3), cell(display, PLAN_HEADER_ROWS.period, 3)),
      frequency: word(
        'frequency',
        header(PLAN_HEADER_ROWS.period, 4),
        PLAN_HEADER_ROWS.period,
        4,
        'period.frequency',
      ),
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
    const path = `objectives[${objectives.indexOf(so)}].operational[${so.operational.indexOf(oo)}].kpis[${oo.kpis.length}]`;
    const enumAt = (kind: EnumKind & ObjectivesColumn) =>
      word(kind, at(kind), r + 1, column(kind) + 1, `${path}.${kind}`);
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
      }),
    );
  }
  plan.objectives = objectives;
  return { plan, unknownWords };
}

export type ReadPlanResult =
  ParsePlanResult | { readonly ok: false; readonly problems: readonly PlanProblem[] };

const NO_SHEET = {
  fr: "Aucune feuille d'objectifs KPI Kit dans ce classeur : construisez d'abord le tableau de bord depuis l'assistant.",
  en: 'No KPI Kit Objectives sheet in this spreadsheet: build the scorecard from the wizard first.',
};

const UNKNOWN_WORD = {
  fr: 'la cellule {cell} de la feuille Objectifs contient « {value} », qui n’est pas une valeur connue : choisissez-en une dans la liste ({accepted}).',
  en: 'cell {cell} of the Objectives sheet holds "{value}", which is not a known value: pick one from the list ({accepted}).',
};

function unknownWordProblem(w: UnknownWord, lang: Lang): PlanProblem {
  return {
    path: w.path,
    message: t(UNKNOWN_WORD, lang)
      .replace('{cell}', w.cell)
      .replace('{value}', w.value)
      .replace('{accepted}', acceptedWords(w.kind).join(', ')),
  };
}

/** Parses the grid: an unknown word replaces what the schema says about the same path. Pure. */
export function parseObjectivesGrid(values: Grid, display: Grid, lang: Lang = 'en'): ReadPlanResult {
  const read = readObjectivesGrid(values, display);
  const parsed = parsePlan(read.plan, { lang });
  if (read.unknownWords.length === 0) return parsed;
  const paths = new Set(read.unknownWords.map((w) => w.path));
  return {
    ok: false,
    problems: [
      ...read.unknownWords.map((w) => unknownWordProblem(w, lang)),
      ...(parsed.ok ? [] : parsed.problems.filter((p) => !paths.has(p.path))),
    ],
  };
}

/** Reads the plan back from the Objectives sheet KPI Kit built in this spreadsheet. */
export function readPlanFromWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: 'fr' | 'en' = 'en',
): ReadPlanResult {
  const sheet = inspectSpreadsheet(spreadsheet).find((e) => e.role === 'objectives')?.sheet;
  if (!sheet) return { ok: false, problems: [{ path: '', message: NO_SHEET[lang] }] };
  const range = sheet.getDataRange();
  return parseObjectivesGrid(range.getValues(), range.getDisplayValues(), lang);
}
