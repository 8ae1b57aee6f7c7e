import { type DayPeriod, aggregateKpi } from '../../core/dataImport/aggregate';
import type { DataImportMapping, KpiMapping } from '../../core/dataImport/mapping';
import { type Merged, type StoredRows, mergeRows } from '../../core/dataImport/merge';
import { ruleText } from '../../core/dataImport/suggest';
import type { ImportTable } from '../../core/dataImport/types';
import type { Lang } from '../../core/i18n';
import { parseIsoDate, toDayNumber } from '../../core/plan/isoDate';
import type { TrackingPeriod } from '../../core/plan/periods';
import { quoteSheetName } from '../a1';
import { locate } from '../read/tracking';
import type { SheetCells } from '../read/sheetCells';
import { type FormulaColumns, importFormula } from './formulas';

// What an import will write, decided before anything is: the data sheet's rows after the merge, and
// for each mapped KPI and period the Tracking cell, what it holds now, and what it will hold. Pure: the
// preview shows this, the apply writes it. A cell holding a value the user typed (or a formula that is
// not this import's) is kept unless the mapping says `overwrite`.

export type CellState = 'empty' | 'ours' | 'typed';

export interface PlannedCell {
  readonly kpiId: string;
  readonly key: string;
  readonly row: number;
  readonly column: number;
  readonly state: CellState;
  /** The value the period gets from the data (the formula computes the same); undefined: no row. */
  readonly value?: number;
  /** What is written: a formula, a number; undefined when the cell is kept. */
  readonly write?: string | number;
}

export interface ImportPlanKpi {
  readonly kpiId: string;
  readonly name: string;
  readonly mapping: KpiMapping;
  readonly rule: string;
  readonly cells: readonly PlannedCell[];
}

export type ImportPlan =
  | {
      readonly ok: true;
      readonly merged: Merged;
      readonly kpis: readonly ImportPlanKpi[];
      readonly written: number;
      /** Cells holding a typed value, kept because the mapping did not say overwrite. */
      readonly kept: number;
    }
  | { readonly ok: false; readonly problems: readonly string[] };

const MESSAGES = {
  noTracking: {
    fr: 'La feuille de suivi est introuvable : construisez d’abord le tableau de bord depuis l’assistant.',
    en: 'The Tracking sheet cannot be found: build the scorecard from the wizard first.',
  },
  dateColumn: {
    fr: 'Colonne de dates « {value} » : ce n’est pas la colonne de dates du fichier ; choisissez « {fix} ».',
    en: 'Date column "{value}": it is not the file’s date column; choose "{fix}".',
  },
  unknownKpi: {
    fr: 'KPI « {value} » : il n’est pas dans le plan ; choisissez un KPI de la feuille Objectifs.',
    en: 'KPI "{value}": it is not in the plan; choose a KPI of the Objectives sheet.',
  },
  column: {
    fr: 'KPI « {kpi} », colonne « {value} » : le fichier n’a pas de colonne de nombres de ce nom ; choisissez-en une parmi {fix}.',
    en: 'KPI "{kpi}", column "{value}": the file has no number column of that name; choose one of {fix}.',
  },
  noTrackingRow: {
    fr: 'KPI « {value} » : sa ligne est introuvable dans la feuille de suivi ; reconstruisez le tableau de bord.',
    en: 'KPI "{value}": its row cannot be found in Tracking; rebuild the scorecard.',
  },
} as const;

const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

export interface ImportPlanInput {
  readonly table: ImportTable;
  readonly mapping: DataImportMapping;
  readonly kpis: readonly { readonly id: string; readonly name: string }[];
  readonly periods: readonly TrackingPeriod[];
  readonly tracking: SheetCells | undefined;
  readonly dataSheet: string;
  readonly stored: StoredRows | undefined;
  readonly lang: Lang;
}

const dayOfIso = (iso: string) => {
  const d = parseIsoDate(iso);
  return d ? toDayNumber(d) : Number.NaN;
};

export function planImport(input: ImportPlanInput): ImportPlan {
  const { table, mapping, lang } = input;
  const problems: string[] = [];
  const names = table.columns.map((c) => c.name);
  const dateName = names[table.dateColumn] ?? '';
  if (mapping.dateColumn !== dateName)
    problems.push(fill(MESSAGES.dateColumn[lang], { value: mapping.dateColumn, fix: dateName }));
  const numeric = table.columns.filter((c) => c.type === 'number' || c.type === 'percent').map((c) => c.name);
  const planIds = new Map(input.kpis.map((k) => [k.id, k.name]));
  for (const m of mapping.kpis) {
    if (!planIds.has(m.kpiId)) problems.push(fill(MESSAGES.unknownKpi[lang], { value: m.kpiId }));
    const needed = m.rule === 'ratio' ? [m.numerator, m.denominator] : [m.column];
    for (const c of needed)
      if (c === undefined || !numeric.includes(c))
        problems.push(fill(MESSAGES.column[lang], { kpi: m.kpiId, value: c ?? '', fix: numeric.join(', ') }));
  }
  const skeleton = input.tracking ? locate(input.tracking) : undefined;
  if (!input.tracking || !skeleton) problems.push(MESSAGES.noTracking[lang]);
  if (problems.length > 0 || !input.tracking || !skeleton) return { ok: false, problems };

  const merged = mergeRows(input.stored, {
    headers: names,
    dateColumn: table.dateColumn,
    records: table.records,
  });
  const index = (name: string | undefined) => {
    const lower = (name ?? '').toLowerCase();
    return merged.headers.findIndex((h) => h.toLowerCase() === lower);
  };
  const records = merged.rows.map((r, i) => ({ line: i + 2, day: r.day, values: r.values }));
  const dayPeriods: DayPeriod[] = input.periods.map((p) => ({
    key: p.key,
    first: dayOfIso(p.start),
    last: dayOfIso(p.end),
  }));
  const firstDay = records.reduce((m, r) => (r.day < m ? r.day : m), Infinity);
  const columnOfKey = new Map([...skeleton.keys].map(([c, k]) => [k, c]));
  const rowOfId = new Map<string, number>();
  for (let r = skeleton.headerRow + 1; r <= input.tracking.values.length; r += 1) {
    const id = input.tracking.values[r - 1]?.[skeleton.idColumn - 1];
    if (typeof id === 'string' && id !== '' && !rowOfId.has(id)) rowOfId.set(id, r);
  }
  const refs = [`${quoteSheetName(input.dataSheet)}!`, `${input.dataSheet}!`];
  const stateOf = (row: number, column: number): CellState => {
    const formula = input.tracking?.formulas[row - 1]?.[column - 1] ?? '';
    const value = input.tracking?.values[row - 1]?.[column - 1];
    if (formula !== '') return refs.some((r) => formula.includes(r)) ? 'ours' : 'typed';
    return value === '' || value === null || value === undefined ? 'empty' : 'typed';
  };

  let written = 0;
  let kept = 0;
  const kpis: ImportPlanKpi[] = [];
  for (const m of mapping.kpis) {
    const row = rowOfId.get(m.kpiId);
    if (row === undefined)
      return { ok: false, problems: [fill(MESSAGES.noTrackingRow[lang], { value: m.kpiId })] };
    const columns: FormulaColumns = {
      date: merged.dateColumn + 1,
      column: index(m.column) + 1,
      numerator: index(m.numerator) + 1,
      denominator: index(m.denominator) + 1,
    };
    const values = aggregateKpi(
      records,
      m,
      {
        column: columns.column! - 1,
        numerator: columns.numerator! - 1,
        denominator: columns.denominator! - 1,
      },
      dayPeriods,
    );
    const cells: PlannedCell[] = [];
    input.periods.forEach((p, i) => {
      const column = columnOfKey.get(p.key);
      const period = dayPeriods[i];
      if (column === undefined || !period) return;
      const value = values.get(p.key);
      // Formulas from the first period with data to the plan's end (a newer export fills the next ones);
      // values only where there is one.
      const due = mapping.mode === 'formulas' ? period.last >= firstDay : value !== undefined;
      if (!due) return;
      const state = stateOf(row, column);
      const allowed = state !== 'typed' || mapping.overwrite;
      const write = !allowed
        ? undefined
        : mapping.mode === 'formulas'
          ? importFormula(m, input.dataSheet, columns, p)
          : value;
      if (write === undefined && !allowed) kept += 1;
      if (write !== undefined) written += 1;
      cells.push({
        kpiId: m.kpiId,
        key: p.key,
        row,
        column,
        state,
        ...(value !== undefined ? { value } : {}),
        ...(write !== undefined ? { write } : {}),
      });
    });
    kpis.push({
      kpiId: m.kpiId,
      name: planIds.get(m.kpiId) ?? m.kpiId,
      mapping: m,
      rule: ruleText(m, lang),
      cells,
    });
  }
  return { ok: true, merged, kpis, written, kept };
}
