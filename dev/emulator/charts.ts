/**
 * Embedded charts: Sheet.newChart() → EmbeddedChartBuilder → build() → insertChart / updateChart, and
 * the EmbeddedChart getters. A chart is data (its type, ranges, options, position); nothing is drawn
 * here (the playground draws it from the snapshot). Ranges and anchors follow inserted and deleted rows
 * and columns, as Sheets moves a chart's source ranges with its cells (dev/README.md, assumption 32).
 */
import { unwrap } from './calls';
import type { EmulatorContext } from './context';
import { errors } from './errors';
import {
  type ChartData,
  type ChartRange,
  type ChartTypeName,
  type SheetModel,
  shiftArea,
} from './model/sheetModel';

export type { ChartData, ChartRange, ChartTypeName };
import { unwrapRange } from './range';

type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

const clone = (d: ChartData): ChartData => ({
  ...d,
  ranges: d.ranges.map((r) => ({ ...r })),
  options: structuredCloneOptions(d.options),
  position: { ...d.position },
});

/** Options hold JSON-like values (strings, numbers, arrays, objects): a deep copy keeps builders apart. */
function structuredCloneOptions(options: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(options)) as Record<string, unknown>;
}

/** The data behind an EmbeddedChart this emulator built (not a builder), or undefined. */
export function chartDataOf(chart: unknown): ChartData | undefined {
  const impl = unwrap(chart) as { _chart?: ChartData; _built?: boolean } | null;
  return impl && typeof impl === 'object' && impl._built && impl._chart ? impl._chart : undefined;
}

function checkWhole(value: unknown, name: string, min: number, method: string, args: unknown[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw errors.signatureMismatch(args, method);
  if (!Number.isInteger(value) || value < min)
    throw errors.invalidArgument(`${name} (${value}; must be a whole number of at least ${min})`);
  return value;
}

const BUILDER = 'SpreadsheetApp.EmbeddedChartBuilder';

export function makeChartBuilder(
  ctx: EmulatorContext,
  home: SheetModel,
  data: ChartData,
): EmbeddedChartBuilder {
  const as = (type: ChartTypeName) => () => ((data.type = type), self);
  const impl = {
    _chart: data,
    addRange: (...args: unknown[]) => {
      const range = unwrapRange(args[0]);
      if (!range || args.length !== 1) throw errors.signatureMismatch(args, `${BUILDER}.addRange`);
      data.ranges.push({ sheet: range._sheet, ...range._area });
      return self;
    },
    removeRange: (...args: unknown[]) => {
      const range = unwrapRange(args[0]);
      if (!range) throw errors.signatureMismatch(args, `${BUILDER}.removeRange`);
      const a = range._area;
      data.ranges = data.ranges.filter(
        (r) =>
          !(
            r.sheet === range._sheet &&
            r.row === a.row &&
            r.column === a.column &&
            r.numRows === a.numRows &&
            r.numColumns === a.numColumns
          ),
      );
      return self;
    },
    clearRanges: () => ((data.ranges = []), self),
    getRanges: () => data.ranges.map((r) => ctx.range(r.sheet, r.row, r.column, r.numRows, r.numColumns)),
    getChartType: () => data.type,
    setChartType: (...args: unknown[]) => {
      const type = String(args[0] ?? '');
      if (!['LINE', 'COLUMN', 'BAR', 'PIE', 'AREA', 'COMBO', 'SCATTER', 'TABLE'].includes(type))
        throw errors.signatureMismatch(args, `${BUILDER}.setChartType`);
      data.type = type as ChartTypeName;
      return self;
    },
    asLineChart: as('LINE'),
    asColumnChart: as('COLUMN'),
    asBarChart: as('BAR'),
    asPieChart: as('PIE'),
    setOption: (...args: unknown[]) => {
      const [key, value] = args;
      if (typeof key !== 'string' || args.length !== 2)
        throw errors.signatureMismatch(args, `${BUILDER}.setOption`);
      data.options[key] = value === undefined ? null : JSON.parse(JSON.stringify(value));
      return self;
    },
    setPosition: (...args: unknown[]) => {
      const method = `${BUILDER}.setPosition`;
      const row = checkWhole(args[0], 'anchorRowPos', 1, method, args);
      const column = checkWhole(args[1], 'anchorColPos', 1, method, args);
      const offsetX = checkWhole(args[2], 'offsetX', 0, method, args);
      const offsetY = checkWhole(args[3], 'offsetY', 0, method, args);
      if (row > home.maxRows) throw errors.rowsOutOfBounds();
      if (column > home.maxColumns) throw errors.columnsOutOfBounds();
      data.position = { row, column, offsetX, offsetY };
      return self;
    },
    setNumHeaders: (...args: unknown[]) => {
      data.numHeaders = checkWhole(args[0], 'headers', 0, `${BUILDER}.setNumHeaders`, args);
      return self;
    },
    setTransposeRowsAndColumns: (transpose: boolean) => ((data.transpose = Boolean(transpose)), self),
    getContainer: () => containerInfo(ctx, data),
    build: () => makeChart(ctx, home, clone(data)),
  };
  const self = ctx.wrap<EmbeddedChartBuilder>(impl, 'EmbeddedChartBuilder');
  return self;
}

function containerInfo(ctx: EmulatorContext, data: ChartData): GoogleAppsScript.Spreadsheet.ContainerInfo {
  const p = data.position;
  return ctx.wrap(
    {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    },
    'ContainerInfo',
  );
}

function chartOptions(ctx: EmulatorContext, options: Record<string, unknown>) {
  const read = (key: string) => (key in options ? structuredCloneOptions({ v: options[key] }).v : null);
  return ctx.wrap<GoogleAppsScript.Charts.ChartOptions>(
    { get: (key: string) => read(key), getOrDefault: (key: string) => read(key) },
    'ChartOptions',
  );
}

/** An EmbeddedChart: a frozen copy of the builder's data (a later builder change needs updateChart). */
export function makeChart(ctx: EmulatorContext, home: SheetModel, data: ChartData): EmbeddedChart {
  return ctx.wrap<EmbeddedChart>(
    {
      _chart: data,
      _built: true,
      getChartId: () => data.id,
      getRanges: () => data.ranges.map((r) => ctx.range(r.sheet, r.row, r.column, r.numRows, r.numColumns)),
      getOptions: () => chartOptions(ctx, data.options),
      getContainerInfo: () => containerInfo(ctx, data),
      getNumHeaders: () => data.numHeaders,
      getTransposeRowsAndColumns: () => data.transpose,
      modify: () => makeChartBuilder(ctx, home, clone(data)),
    },
    'EmbeddedChart',
    () => `EmbeddedChart ${data.id ?? '(not inserted)'}`,
  );
}

/** Sheet.insertChart: the chart gets an id and a copy of its data joins the sheet. */
export function insertChart(ctx: EmulatorContext, home: SheetModel, chart: unknown): void {
  const data = chartDataOf(chart);
  if (!data) throw errors.signatureMismatch([chart], 'SpreadsheetApp.Sheet.insertChart');
  if (data.ranges.length === 0) throw errors.chartWithoutData();
  const stored = clone(data);
  stored.id = ctx.workbook.newObjectId();
  home.charts.push(stored);
}

/** The stored chart `chart` stands for (same id), or an error when it is not on this sheet. */
function storedIndex(home: SheetModel, chart: unknown, method: string): number {
  const data = chartDataOf(chart);
  if (!data) throw errors.signatureMismatch([chart], `SpreadsheetApp.Sheet.${method}`);
  const index = data.id === null ? -1 : home.charts.findIndex((c) => c.id === data.id);
  if (index < 0) throw errors.chartNotFound();
  return index;
}

export function updateChart(home: SheetModel, chart: unknown): void {
  const index = storedIndex(home, chart, 'updateChart');
  const data = chartDataOf(chart) as ChartData;
  if (data.ranges.length === 0) throw errors.chartWithoutData();
  home.charts[index] = clone(data);
}

export function removeChart(home: SheetModel, chart: unknown): void {
  home.charts.splice(storedIndex(home, chart, 'removeChart'), 1);
}

/**
 * Rows or columns of `sheet` were inserted (delta > 0) or deleted at `at`: every chart's ranges on that
 * sheet move or stretch, and the charts anchored on it move with their anchor cell.
 */
export function shiftCharts(
  book: readonly SheetModel[],
  sheet: SheetModel,
  axis: 'row' | 'column',
  at: number,
  delta: number,
): void {
  for (const home of book)
    for (const chart of home.charts) {
      for (const range of chart.ranges) if (range.sheet === sheet) shiftArea(range, axis, at, delta);
      if (home !== sheet) continue;
      const anchor = { row: chart.position.row, column: chart.position.column, numRows: 1, numColumns: 1 };
      shiftArea(anchor, axis, at, delta);
      chart.position.row = anchor.row;
      chart.position.column = anchor.column;
    }
}
