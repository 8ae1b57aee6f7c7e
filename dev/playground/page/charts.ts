// Draws a sheet's embedded charts over the grid with Chart.js, from the spec and the live cell values
// the server sends (../charts.ts), and SPARKLINE cells as small inline lines. Each chart is a figure
// with role="img" and the chart's text alternative; the canvas itself is hidden from assistive tech.
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import type { ChartView } from '../charts';

Chart.register(...registerables);

let drawn: Chart[] = [];

const percent = (v: number | string) => `${Math.round(Number(v) * 100)} %`;

function config(view: ChartView): ChartConfiguration {
  const legend = {
    display: view.legend !== 'none',
    position: view.legend === 'none' ? 'bottom' : view.legend,
  } as const;
  const title = { display: view.title !== '', text: view.title, font: { size: 14, weight: 'bold' as const } };
  const plugins = { legend, title };
  if (view.type === 'PIE') {
    const serie = view.series[0];
    return {
      type: view.pieHole > 0 ? 'doughnut' : 'pie',
      data: {
        labels: [...view.labels],
        datasets: [
          { label: serie?.label ?? '', data: [...(serie?.values ?? [])], backgroundColor: [...view.colors] },
        ],
      },
      options: {
        responsive: false,
        animation: false,
        plugins,
        ...(view.pieHole > 0 ? { cutout: `${view.pieHole * 100}%` } : {}),
      },
    } as ChartConfiguration;
  }
  const datasets = view.series.map((s) => ({
    label: s.label,
    data: [...s.values],
    borderColor: s.color,
    backgroundColor: s.color,
    borderWidth: s.lineWidth ?? 2,
    borderDash: s.dash ? [...s.dash] : [],
    pointRadius: view.type === 'LINE' ? 3 : 0,
    spanGaps: false,
  }));
  const valueAxis = view.percentAxis
    ? { beginAtZero: true, ticks: { callback: percent } }
    : { beginAtZero: false };
  return {
    type: view.type === 'LINE' ? 'line' : 'bar',
    data: { labels: [...view.labels], datasets },
    options: {
      responsive: false,
      animation: false,
      plugins,
      ...(view.type === 'BAR'
        ? { indexAxis: 'y' as const, scales: { x: valueAxis } }
        : { scales: { y: valueAxis } }),
    },
  } as ChartConfiguration;
}

/** Puts each chart over its anchor cell (the grid's `td[data-a1]`), in a layer above the table. */
export function drawCharts(layer: HTMLElement, grid: HTMLTableElement, views: readonly ChartView[]): void {
  for (const chart of drawn) chart.destroy();
  drawn = [];
  layer.replaceChildren();
  for (const view of views) {
    const anchor = grid.querySelector<HTMLElement>(`td[data-row="${view.row}"][data-col="${view.column}"]`);
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.setAttribute('role', 'img');
    figure.setAttribute('aria-label', view.alt);
    figure.dataset.chartId = String(view.id);
    figure.dataset.chartType = view.type;
    // What is plotted, for tests and for anyone inspecting the page: the first series' numbers.
    figure.dataset.values = JSON.stringify(view.series[0]?.values ?? []);
    figure.style.left = `${(anchor?.offsetLeft ?? 46) + view.offsetX}px`;
    figure.style.top = `${(anchor?.offsetTop ?? 21) + view.offsetY}px`;
    figure.style.width = `${view.width}px`;
    figure.style.height = `${view.height}px`;
    const canvas = document.createElement('canvas');
    canvas.width = view.width;
    canvas.height = view.height;
    canvas.setAttribute('aria-hidden', 'true');
    figure.append(canvas);
    layer.append(figure);
    drawn.push(new Chart(canvas, config(view)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** A SPARKLINE cell as Sheets draws it with no options: a line across the cell, gaps for blanks. */
export function sparkline(values: readonly (number | null)[], width: number, label: string): SVGSVGElement {
  const height = 17;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.classList.add('sparkline');
  const numbers = values.filter((v): v is number => v !== null);
  if (numbers.length === 0) return svg;
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2);
  const y = (v: number) => (max === min ? height / 2 : height - 2 - ((v - min) / (max - min)) * (height - 4));
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', '#1a73e8');
  path.setAttribute('stroke-width', '1.5');
  svg.append(path);
  return svg;
}
