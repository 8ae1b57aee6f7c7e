import { LANGUAGES, type Lang, t } from '../../core/i18n';
import { getKpi } from '../../core/kpiLibrary';
import { parseIsoDate } from '../../core/calendarDate';
import { formatMilestones } from '../../core/plan/milestonesText';
import { type KpiInContext, kpisOf, PLAN_VERSION } from '../../core/plan/schema';
import { SMART_CRITERIA, type SmartResult, smartCheck } from '../../core/smart';
import { brandingLine, headerColours, readableTextOn, tabColor } from '../branding';
import { label, userText, value } from '../cells';
import { enumWord, enumWords } from '../enumWords';
import { DATE_FORMAT, FRACTION_FORMAT, unitFormat } from '../formats';
import {
  BRANDING_LABELS,
  HISTORY_HEADER,
  INPUT_BACKGROUND,
  MUTED_COLOR,
  OBJECTIVES_HEADERS,
  PLAN_HEADER,
} from '../labels';
import { type LayoutContext, OBJECTIVES_COLUMNS, type ObjectivesColumn } from '../layoutContext';
import type { CellSpec, ColumnWidthSpec, SheetSpec, ValidationSpec } from '../spec';
import { REVIEW_COLUMN, reviewBlockCells } from './reviewBlock';

// The Objectives sheet: the plan's header block on top, then the KPI register, one row per KPI. It is
// the editable source of the plan: ../read/readPlan.ts reads it back, cell for cell, so every position
// written here is part of that contract (rows 1–6 and the columns of OBJECTIVES_COLUMNS).

/** Row of each header field; column B holds the value (C and D for the period's end and frequency). */
export const PLAN_HEADER_ROWS = {
  name: 1,
  strategy: 2,
  goal: 3,
  period: 4,
  currency: 5,
  language: 6,
  version: 7,
} as const;

/**
 * The branding fields, beside the short header values (currency, language, version) so that the long
 * ones on rows 1–3 keep room to overflow: label in column E, value in column F. Like the rest of the
 * header block they are read back (../read/readPlan.ts), so a copy of a client's workbook re-opened in
 * the wizard keeps its branding; the labels are written even without branding, so it can be typed here.
 */
export const BRANDING_ROWS = { agency: 5, client: 6, accentColor: 7 } as const;
export const BRANDING_LABEL_COLUMN = 5;
export const BRANDING_VALUE_COLUMN = 6;
/** Where row 1 shows « Préparé par … pour … » (after the plan's name, which may overflow C and D). */
export const BRANDING_LINE_COLUMN = 5;

// Widths chosen so that equal widths sit side by side: each run of equal widths is one service call.
const WIDTHS: Partial<Record<ObjectivesColumn, number>> = {
  strategicTitle: 220,
  strategicSmartScore: 70,
  strategicSmartMissing: 220,
  operationalTitle: 220,
  operationalSmartScore: 70,
  operationalSmartMissing: 220,
  kpiId: 140,
  name: 220,
  definition: 220,
  formula: 220,
  unit: 100,
  direction: 100,
  aggregation: 100,
  baseline: 100,
  target: 100,
  deadline: 100,
  band: 100,
  weight: 100,
  benchmark: 100,
  owner: 100,
  source: 100,
  milestones: 180,
};

const HIDDEN: readonly ObjectivesColumn[] = ['strategicId', 'operationalId', 'libraryId'];

function dateCell(iso: string): CellSpec {
  return value(parseIsoDate(iso) ? { date: iso } : iso, { numberFormat: DATE_FORMAT });
}

// No horizontal alignment in this sheet: Sheets' defaults read well and it saves a service call.
// Each distinct validation costs a few service calls to build (then it is reused for every row), so the
// sheet uses few: the enumerations as dropdowns, one "a number" rule, one "a date" rule. Finer ranges
// (band in (0, 1], weight > 0) are checked when the plan is read back, with the cell's path.
function listValidation(values: readonly string[]): ValidationSpec {
  return { kind: 'list', values, strict: true };
}
const NUMBER: ValidationSpec = { kind: 'number', strict: true };
const DATE: ValidationSpec = { kind: 'date', strict: true };

/** "S: …; T: …" — what the objective still lacks, from smartCheck's hints, in SMART order. */
export function missingCriteria(result: SmartResult): string {
  return SMART_CRITERIA.flatMap((c) => {
    const hint = result.hints[c];
    return result.criteria[c] ? [] : [`${c[0]?.toUpperCase()}${hint ? `: ${hint}` : ''}`];
  }).join(' · ');
}

function smartOf(
  cache: Map<string, SmartResult>,
  key: string,
  objective: string,
  lang: Lang,
  kpi?: KpiInContext['kpi'],
): SmartResult {
  let result = cache.get(key);
  if (!result) {
    const deadline = kpi ? parseIsoDate(kpi.deadline) : undefined;
    result = smartCheck({
      objective,
      lang,
      ...(deadline ? { deadline } : {}),
      ...(kpi?.baseline !== undefined ? { baseline: kpi.baseline } : {}),
      ...(kpi ? { target: kpi.target } : {}),
    });
    cache.set(key, result);
  }
  return result;
}

function kpiRow(ctx: LayoutContext, item: KpiInContext, smart: Map<string, SmartResult>): CellSpec[] {
  const { kpi, strategic, operational } = item;
  const { lang, plan } = ctx;
  const library = kpi.libraryId ? getKpi(kpi.libraryId) : undefined;
  const format = unitFormat(kpi.unit, plan.currency, lang);
  const strategicSmart = smartOf(smart, `s:${strategic.id}`, strategic.title, lang);
  // An operational objective is measured by its KPIs: its first KPI supplies the numbers SMART asks for.
  const operationalSmart = smartOf(
    smart,
    `o:${operational.id}`,
    operational.title,
    lang,
    operational.kpis[0],
  );
  const number = (n: number | undefined, fmt: string, validation: ValidationSpec): CellSpec =>
    value(n ?? null, { numberFormat: fmt, validation, background: INPUT_BACKGROUND });

  const cells: Record<ObjectivesColumn, CellSpec> = {
    strategicId: userText(strategic.id, { fontColor: MUTED_COLOR }),
    strategicTitle: userText(strategic.title, { wrap: true }),
    strategicSmartScore: value(strategicSmart.score, { numberFormat: '0"/5"' }),
    strategicSmartMissing: label(missingCriteria(strategicSmart), { wrap: true, fontColor: MUTED_COLOR }),
    operationalId: userText(operational.id, { fontColor: MUTED_COLOR }),
    operationalTitle: userText(operational.title, { wrap: true }),
    operationalSmartScore: value(operationalSmart.score, { numberFormat: '0"/5"' }),
    operationalSmartMissing: label(missingCriteria(operationalSmart), { wrap: true, fontColor: MUTED_COLOR }),
    kpiId: userText(kpi.id, { fontColor: MUTED_COLOR }),
    name: userText(kpi.name, { bold: true }),
    libraryId: userText(kpi.libraryId),
    definition: label(library ? t(library.definition, lang) : '', { wrap: true }),
    formula: label(library ? t(library.formula, lang) : '', { wrap: true }),
    // The plan's words (« pourcentage », « hausse »), and dropdowns listing them: see ../enumWords.ts.
    unit: value(enumWord('unit', kpi.unit, lang), {
      validation: listValidation(enumWords('unit', lang)),
      background: INPUT_BACKGROUND,
    }),
    direction: value(enumWord('direction', kpi.direction, lang), {
      validation: listValidation(enumWords('direction', lang)),
      background: INPUT_BACKGROUND,
    }),
    aggregation: value(enumWord('aggregation', kpi.aggregation, lang), {
      validation: listValidation(enumWords('aggregation', lang)),
      background: INPUT_BACKGROUND,
    }),
    baseline: number(kpi.baseline, format, NUMBER),
    target: number(kpi.target, format, NUMBER),
    deadline: {
      ...dateCell(kpi.deadline),
      validation: DATE,
      background: INPUT_BACKGROUND,
    },
    band: number(kpi.band, FRACTION_FORMAT, NUMBER),
    weight: number(kpi.weight, FRACTION_FORMAT, NUMBER),
    benchmark: number(kpi.benchmark, format, NUMBER),
    owner: userText(kpi.owner, { background: INPUT_BACKGROUND }),
    source: userText(kpi.source, { background: INPUT_BACKGROUND }),
    // Plan data shown as text the user may edit; written literally, never as a formula.
    milestones: userText(kpi.milestones ? formatMilestones(kpi.milestones, kpi.unit, lang) : undefined, {
      background: INPUT_BACKGROUND,
      wrap: true,
    }),
  };
  return OBJECTIVES_COLUMNS.map((c) => cells[c]);
}

function headerBlock(ctx: LayoutContext): CellSpec[][] {
  const { plan, lang } = ctx;
  const head = (text: { fr: string; en: string }) =>
    label(t(text, lang), { bold: true, fontColor: MUTED_COLOR });
  const branding = plan.branding ?? {};
  const accent = branding.accentColor;
  const line = brandingLine(plan.branding, lang);
  // Pads a header row to the branding columns (its own cells are in A–D).
  const beside = (row: CellSpec[], cells: CellSpec[]): CellSpec[] => {
    const padded = [...row];
    while (padded.length < BRANDING_LABEL_COLUMN - 1) padded.push({});
    return [...padded, ...cells];
  };
  // Only a plan with last year's columns says so (a plan without them keeps the header as it was).
  const withHistory = (row: CellSpec[]): CellSpec[] =>
    plan.period.history === true ? beside(row, [head(HISTORY_HEADER), value(true)]) : row;
  const brandingField = (key: keyof typeof BRANDING_ROWS, extra: Partial<CellSpec> = {}) => [
    head(BRANDING_LABELS[key]),
    userText(branding[key], extra),
  ];
  const nameRow = [head(PLAN_HEADER.name), userText(plan.name, { bold: true })];
  return [
    line === undefined ? nameRow : beside(nameRow, [userText(line, { bold: true, fontColor: MUTED_COLOR })]),
    [head(PLAN_HEADER.strategy), userText(plan.strategy, { wrap: false })],
    [head(PLAN_HEADER.goal), userText(plan.goal)],
    withHistory([
      head(PLAN_HEADER.period),
      { ...dateCell(plan.period.start), validation: DATE },
      { ...dateCell(plan.period.end), validation: DATE },
      value(enumWord('frequency', plan.period.frequency, lang), {
        note: enumWords('frequency', lang).join(', '),
      }),
    ]),
    beside([head(PLAN_HEADER.currency), userText(plan.currency)], brandingField('agency')),
    beside(
      [head(PLAN_HEADER.language), value(plan.language, { note: LANGUAGES.join(', ') })],
      brandingField('client'),
    ),
    beside(
      [head(PLAN_HEADER.version), value(PLAN_VERSION, { fontColor: MUTED_COLOR })],
      // The colour's own cell wears it, as a swatch.
      brandingField('accentColor', accent ? { background: accent, fontColor: readableTextOn(accent) } : {}),
    ),
  ];
}

export function objectivesLayout(ctx: LayoutContext): SheetSpec {
  const { lang, objectives: geo } = ctx;
  const smart = new Map<string, SmartResult>();
  const header = OBJECTIVES_COLUMNS.map((c) => {
    const spec = OBJECTIVES_HEADERS[c];
    return label(t(spec.title, lang), {
      bold: true,
      ...headerColours(ctx.plan),
      wrap: true,
      ...(spec.note ? { note: t(spec.note, lang) } : {}),
    });
  });
  const rows = kpisOf(ctx.plan).map((item) => kpiRow(ctx, item, smart));
  const columnWidths: ColumnWidthSpec[] = OBJECTIVES_COLUMNS.flatMap((c) => {
    const width = WIDTHS[c];
    return width === undefined ? [] : [{ column: geo.columns[c], width }];
  });

  return {
    name: geo.sheet,
    role: 'objectives',
    tabColor: tabColor(ctx.plan, 'objectives'),
    frozenRows: geo.headerRow,
    frozenColumns: 0,
    columnWidths: columnWidths.sort((a, b) => a.column - b.column),
    hiddenColumns: HIDDEN.map((c) => geo.columns[c]),
    blocks: [
      { row: 1, column: 1, cells: headerBlock(ctx) },
      // The plan review beside the header (the applier writes all blocks as one rectangle: no extra call).
      { row: 1, column: REVIEW_COLUMN, cells: reviewBlockCells(ctx.plan, lang).map((cell) => [cell]) },
      { row: geo.headerRow, column: 1, cells: [header, ...rows] },
    ],
  };
}
