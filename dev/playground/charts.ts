// What the page needs to draw a sheet's embedded charts: each chart's spec from the emulator's snapshot
// (type, options, anchor) with its data read from the live cells, so a value typed in Tracking moves
// the dashboard's lines on the next redraw. The page draws them with Chart.js (./page/charts.ts).
import type { Emulator } from '../emulator';
import type { ChartSnapshot, Json, SheetSnapshot } from '../emulator/snapshot';

export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly color?: string;
  /** Dash pattern in pixels (lineDashStyle), absent for a solid line. */
  readonly dash?: readonly number[];
  readonly lineWidth?: number;
}

export interface ChartView {
  readonly id: number;
  readonly type: string;
  readonly title: string;
  /** The text alternative: KPI Kit's own words for its charts, else the title and what is plotted. */
  readonly alt: string;
  /** Anchor cell, 1-based, and pixel offsets. */
  readonly row: number;
  readonly column: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  readonly height: number;
  /** Domain labels (the first column), as the cells display them. */
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Slice or bar colours for a one-series chart (pie), in domain order. */
  readonly colors: readonly string[];
  readonly legend: 'bottom' | 'right' | 'top' | 'left' | 'none';
  readonly percentAxis: boolean;
  readonly pieHole: number;
}

const A1 = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/;

const lettersToColumn = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The cells of one chart range as rows of { value, display }. */
export function readRange(em: Emulator, range: string): { value: unknown; display: string }[][] {
  const m = A1.exec(range);
  if (!m) return [];
  const sheet = (m[1] ?? '').replace(/''/g, "'") || (m[2] ?? '');
  const top = Number(m[4]);
  const left = lettersToColumn(m[3] ?? 'A');
  const bottom = Number(m[6] ?? m[4]);
  const right = lettersToColumn(m[5] ?? m[3] ?? 'A');
  const view = em.view(sheet);
  const out: { value: unknown; display: string }[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: { value: unknown; display: string }[] = [];
    for (let c = left; c <= right; c++) {
      const cell = view.rows[r - 1]?.[c - 1];
      line.push({ value: cell?.value ?? '', display: cell?.display ?? '' });
    }
    out.push(line);
  }
  return out;
}

const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: Json | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
const obj = (v: Json | undefined): Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};

/** KPI Kit's text alternatives for its own charts, by chart id (the sheet's `kpikit.charts` record). */
function altTexts(sheet: SheetSnapshot): Map<number, string> {
  const out = new Map<number, string>();
  for (const d of sheet.developerMetadata) {
    const entry = obj(d);
    if (entry.key !== 'kpikit.charts' || typeof entry.value !== 'string') continue;
    try {
      for (const owned of Object.values(
        JSON.parse(entry.value) as Record<string, { id?: number; alt?: string }>,
      ))
        if (typeof owned.id === 'number' && typeof owned.alt === 'string') out.set(owned.id, owned.alt);
    } catch {
      // Not ours to fix: the charts are still drawn, with a text alternative made from their data.
    }
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  LINE: 'Line chart',
  COLUMN: 'Column chart',
  BAR: 'Bar chart',
  PIE: 'Pie chart',
};

function chartView(em: Emulator, chart: ChartSnapshot, alts: Map<number, string>): ChartView {
  // Ranges side by side (Sheets' default merge of several ranges is by columns).
  const blocks = chart.ranges.map((r) => readRange(em, r));
  const height = Math.max(0, ...blocks.map((b) => b.length));
  let table = Array.from({ length: height }, (_, i) => blocks.flatMap((b) => b[i] ?? []));
  if (chart.transpose)
    table = (table[0] ?? []).map((_, c) => table.map((row) => row[c] ?? { value: '', display: '' }));
  const headers = chart.numHeaders >= 0 ? chart.numHeaders : typeof table[0]?.[1]?.value === 'string' ? 1 : 0;
  const head = table.slice(0, headers).at(-1) ?? [];
  const body = table.slice(headers);
  const options = chart.options;
  const colors = Array.isArray(options.colors)
    ? options.colors.filter((c): c is string => typeof c === 'string')
    : [];
  const seriesOptions = obj(options.series);
  const series: ChartSeries[] = (head.length > 0 ? head : (body[0] ?? [])).slice(1).map((h, i) => {
    const o = obj(seriesOptions[String(i)]);
    const dash = Array.isArray(o.lineDashStyle)
      ? o.lineDashStyle.filter((d): d is number => typeof d === 'number')
      : [];
    return {
      label: h.display || `Series ${i + 1}`,
      values: body.map((row) => {
        const v = row[i + 1]?.value;
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }),
      ...(colors[i] ? { color: colors[i] } : {}),
      ...(dash.length > 0 ? { dash } : {}),
      ...(num(o.lineWidth) !== undefined ? { lineWidth: num(o.lineWidth) as number } : {}),
    };
  });
  const title = str(options.title) ?? '';
  const legend = str(obj(options.legend).position);
  const labels = body.map((row) => row[0]?.display ?? '');
  return {
    id: chart.id,
    type: chart.type,
    title,
    alt:
      alts.get(chart.id) ??
      `${TYPE_WORDS[chart.type] ?? 'Chart'}${title ? ` "${title}"` : ''}: ${series.map((s) => s.label).join(', ')} over ${labels.length} ${labels.length === 1 ? 'row' : 'rows'}.`,
    row: Number(/\d+/.exec(chart.position.anchor)?.[0] ?? 1),
    column: lettersToColumn(/^[A-Z]+/.exec(chart.position.anchor)?.[0] ?? 'A'),
    offsetX: chart.position.offsetX,
    offsetY: chart.position.offsetY,
    width: num(options.width) ?? 600,
    height: num(options.height) ?? 371,
    labels,
    series,
    colors,
    legend:
      legend === 'bottom' || legend === 'right' || legend === 'top' || legend === 'left' || legend === 'none'
        ? legend
        : 'right',
    percentAxis: str(obj(options.hAxis).format) === 'percent' || str(obj(options.vAxis).format) === 'percent',
    pieHole: num(options.pieHole) ?? 0,
  };
}

/** Every chart anchored on `sheetName`, with its data as the cells show it now. */
export function chartViews(em: Emulator, sheetName: string): ChartView[] {
  const sheet = em.snapshot().sheets.find((s) => s.name === sheetName);
  if (!sheet) return [];
  const alts = altTexts(sheet);
  return sheet.charts.map((chart) => chartView(em, chart, alts));
}

/**
 * The numbers a `=SPARKLINE(range)` cell draws, or undefined for any other cell. The build writes
 * SPARKLINE with its data range only (Sheets' default: a line), so the page draws a line; blanks and
 * text are gaps.
 */
export function sparklineValues(
  em: Emulator,
  sheetName: string,
  formula: string,
): (number | null)[] | undefined {
  const m = /^=SPARKLINE\(\s*([^,)]+)/i.exec(formula);
  if (!m) return undefined;
  const ref = (m[1] ?? '').replace(/\$/g, '').trim();
  const range = ref.includes('!') ? ref : `'${sheetName.replace(/'/g, "''")}'!${ref}`;
  return readRange(em, range)
    .flat()
    .map((c) => (typeof c.value === 'number' && Number.isFinite(c.value) ? c.value : null));
}
