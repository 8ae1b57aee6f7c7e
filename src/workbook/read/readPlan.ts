import { type ParsePlanResult, parsePlan } from '../../core/plan/parse';
import type { PlanProblem } from '../../core/plan/problems';
import { inspectSpreadsheet } from '../apply/inspect';
import { serialToIso } from '../apply/grid';
import { OBJECTIVES_HEADER_ROW } from '../geometry';
import { OBJECTIVES_COLUMNS, type ObjectivesColumn } from '../layoutContext';
import { PLAN_HEADER_ROWS } from '../layouts/objectives';

// The Objectives sheet read back into a plan: the header block (rows 1–7) and the KPI table. Reads
// values (exact numbers) and display values (dates as the sheet shows them in yyyy-mm-dd) once each,
// then parses the result like any plan, so an edit that breaks the plan comes back as problems with
// paths, and an edit that is valid (a new target, another direction) rebuilds with the change.

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

/** The plan (as raw JSON, before validation) an Objectives grid describes. Pure. */
export function planFromObjectivesGrid(values: Grid, display: Grid): Record<string, unknown> {
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
      frequency: text(header(PLAN_HEADER_ROWS.period, 4)),
    },
    strategy: text(header(PLAN_HEADER_ROWS.strategy)),
    goal: text(header(PLAN_HEADER_ROWS.goal)),
  });

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
    oo.kpis.push(
      withoutUndefined({
        id: kpiId,
        name: text(at('name')),
        libraryId: text(at('libraryId')),
        unit: text(at('unit')),
        direction: text(at('direction')),
        baseline: num(at('baseline')),
        target: num(at('target')),
        deadline: date(at('deadline'), shown[column('deadline')]),
        aggregation: text(at('aggregation')),
        band: num(at('band')),
        weight: num(at('weight')),
        benchmark: num(at('benchmark')),
        owner: text(at('owner')),
        source: text(at('source')),
      }),
    );
  }
  plan.objectives = objectives;
  return plan;
}

export type ReadPlanResult =
  ParsePlanResult | { readonly ok: false; readonly problems: readonly PlanProblem[] };

const NO_SHEET = {
  fr: "Aucune feuille d'objectifs KPI Kit dans ce classeur : construisez d'abord le tableau de bord depuis l'assistant.",
  en: 'No KPI Kit Objectives sheet in this spreadsheet: build the scorecard from the wizard first.',
};

/** Reads the plan back from the Objectives sheet KPI Kit built in this spreadsheet. */
export function readPlanFromWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: 'fr' | 'en' = 'en',
): ReadPlanResult {
  const sheet = inspectSpreadsheet(spreadsheet).find((e) => e.role === 'objectives')?.sheet;
  if (!sheet) return { ok: false, problems: [{ path: '', message: NO_SHEET[lang] }] };
  const range = sheet.getDataRange();
  return parsePlan(planFromObjectivesGrid(range.getValues(), range.getDisplayValues()), { lang });
}
