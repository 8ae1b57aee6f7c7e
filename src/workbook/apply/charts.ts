import type { ExistingSheet } from '../read/existingSheets';
import type { ChartSpec, SheetSpec } from '../spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/**
 * Developer-metadata key on a sheet whose charts KPI Kit made:
 * `{ "<chart key>": { "id": <chart id>, "alt": "<text alternative>" } }`. Charts
 * carry no metadata of their own, and a chart's title or position is the user's to change; its id is
 * stable for the chart's life (Sheets assigns it, EmbeddedChart.getChartId) and a copy a user makes
 * gets a new one. So a rebuild replaces exactly the charts whose ids it recorded, and a chart a user
 * added (or copied from ours) is never touched. A chart of ours the user deleted is made anew.
 */
export const CHARTS_METADATA_KEY = 'kpikit.charts';

/** What the record says of one chart: its id, and its text alternative (for readers of the record). */
export interface OwnedChart {
  readonly id: number;
  readonly alt: string;
}

/** The chart ids the record holds, by key; anything unreadable counts as no record. */
function ownedCharts(found: ExistingSheet | undefined): Record<string, number> {
  const raw = found?.metadata.get(CHARTS_METADATA_KEY)?.value;
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: Record<string, number> = {};
    for (const [key, entry] of Object.entries(parsed as Record<string, unknown>)) {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id === 'number') out[key] = id;
    }
    return out;
  } catch {
    return {};
  }
}

/** The spec's type, options, ranges and position on a builder (a new chart's or modify()'s). */
function describe(
  builder: EmbeddedChartBuilder,
  spec: ChartSpec,
  rangeOf: (sheet: string, a1: string) => Range,
): EmbeddedChartBuilder {
  const typed =
    spec.type === 'line'
      ? builder.asLineChart()
      : spec.type === 'column'
        ? builder.asColumnChart()
        : spec.type === 'bar'
          ? builder.asBarChart()
          : builder.asPieChart();
  let b = typed.clearRanges();
  for (const r of spec.ranges) b = b.addRange(rangeOf(r.sheet, r.a1));
  b = b.setNumHeaders(spec.numHeaders).setPosition(spec.position.row, spec.position.column, 0, 0);
  for (const [key, option] of Object.entries(spec.options)) b = b.setOption(key, option);
  return b;
}

/**
 * Writes the sheet's charts: each chart KPI Kit made before (found by the id it recorded) is rebuilt in
 * place with modify() and updateChart, a missing one is inserted, one the spec no longer lists is
 * removed, and the record is updated. Calls: one getCharts on a rebuild, a fixed number per chart, one
 * more getCharts to learn new charts' ids: nothing grows with the plan.
 */
export function applyCharts(
  sheet: Sheet,
  spec: SheetSpec,
  found: ExistingSheet | undefined,
  rangeOf: (sheet: string, a1: string) => Range,
): void {
  const specs = spec.charts ?? [];
  const owned = ownedCharts(found);
  const record = found?.metadata.get(CHARTS_METADATA_KEY);
  if (specs.length === 0 && !record) return;
  const ids = new Set(Object.values(owned));
  // Read on every rebuild, even with nothing recorded: new charts' ids are told from a user's by it.
  const current = found ? sheet.getCharts() : [];
  const byId = new Map<number, EmbeddedChart>();
  for (const chart of current) {
    const id = chart.getChartId();
    if (id !== null && ids.has(id)) byId.set(id, chart);
  }
  // Every range on this sheet in one getRangeList, the others (another sheet's) one call each.
  const here = [
    ...new Set(specs.flatMap((c) => c.ranges.filter((r) => r.sheet === spec.name).map((r) => r.a1))),
  ];
  const hereRanges = here.length > 0 ? sheet.getRangeList(here).getRanges() : [];
  const rangeFor = (sheetName: string, a1: string): Range => {
    const i = sheetName === spec.name ? here.indexOf(a1) : -1;
    return i >= 0 ? (hereRanges[i] as Range) : rangeOf(sheetName, a1);
  };
  const next: Record<string, OwnedChart> = {};
  const inserted: ChartSpec[] = [];
  for (const chartSpec of specs) {
    const id = owned[chartSpec.key];
    const mine = id === undefined ? undefined : byId.get(id);
    if (mine && id !== undefined) {
      sheet.updateChart(describe(mine.modify(), chartSpec, rangeFor).build());
      next[chartSpec.key] = { id, alt: chartSpec.description };
      byId.delete(id);
    } else {
      sheet.insertChart(describe(sheet.newChart(), chartSpec, rangeFor).build());
      inserted.push(chartSpec);
    }
  }
  // Ours, no longer in the layout.
  for (const chart of byId.values()) sheet.removeChart(chart);
  if (inserted.length > 0) {
    // A chart learns its id once inserted: the new ones are those with ids not seen before, in the
    // order they were inserted.
    const known = new Set(current.map((c) => c.getChartId()));
    const fresh = sheet
      .getCharts()
      .map((c) => c.getChartId())
      .filter((id): id is number => id !== null && !known.has(id));
    inserted.forEach((chartSpec, i) => {
      const id = fresh[i];
      if (id !== undefined) next[chartSpec.key] = { id, alt: chartSpec.description };
    });
  }
  const value = JSON.stringify(next);
  if (record) {
    if (record.value !== value) record.item.setValue(value);
  } else sheet.addDeveloperMetadata(CHARTS_METADATA_KEY, value);
}
