// The playground page: draws the grid the server computed (texts, colours after conditional formats),
// the add-on menu onOpen recorded, the sheet tabs and the sidebar frame. Cell text only ever goes
// through textContent, never innerHTML, so a cell holding markup shows it as text.
import type { Grid, GridCell, PlaygroundState } from '../session';
import { drawCharts, sparkline } from './charts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const grid = $<HTMLTableElement>('grid');
const gridWrap = $<HTMLDivElement>('grid-wrap');
const formula = $<HTMLInputElement>('formula');
const cellName = $<HTMLLabelElement>('cell-name');
const messageBox = $<HTMLDivElement>('message');
const tabs = $<HTMLElement>('tabs');
const menuButton = $<HTMLButtonElement>('extensions');
const menu = $<HTMLDivElement>('addon-menu');
const sidebar = $<HTMLElement>('sidebar');
const frame = $<HTMLIFrameElement>('sidebar-frame');
const chartLayer = $<HTMLDivElement>('chart-layer');

let state: PlaygroundState | null = null;
let current: Grid | null = null;
let sheet: string | null = null;
let selected = 'A1';
let sidebarShown = 0;
let alertsShown = 0;
let toastsShown = 0;

async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const value = (await res.json()) as T & { ok?: boolean; error?: string };
  if (!res.ok || value.ok === false) throw new Error(value.error ?? `HTTP ${res.status}`);
  return value;
}

function say(text: string, error = false): void {
  messageBox.textContent = text;
  messageBox.className = error ? 'error' : '';
  messageBox.hidden = text === '';
}

const columnLetters = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

function cellAt(a1: string): GridCell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m || !current) return undefined;
  const col = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return current.rows[Number(m[2]) - 1]?.[col - 1];
}

function select(a1: string): void {
  grid.querySelector('td.selected')?.classList.remove('selected');
  selected = a1;
  grid.querySelector(`td[data-a1="${a1}"]`)?.classList.add('selected');
  cellName.textContent = a1;
  // A redraw (the sidebar's server calls cause one each) must not wipe what is being typed.
  if (document.activeElement !== formula || formula.dataset.cell !== a1) {
    formula.value = cellAt(a1)?.input ?? '';
    formula.dataset.cell = a1;
  }
}

function drawGrid(g: Grid): void {
  current = g;
  const hiddenCols = new Set(g.hiddenColumns);
  const hiddenRows = new Set(g.hiddenRows);
  // A few empty rows and columns past the used area, so there is room to type.
  const columns = Math.max(g.widths.length, 8) + 2;
  const rows = Math.max(g.rows.length, 20) + 3;
  grid.replaceChildren();
  const colgroup = document.createElement('colgroup');
  const head = document.createElement('col');
  head.style.width = '46px';
  colgroup.append(head);
  const header = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'corner';
  header.append(corner);
  for (let c = 1; c <= columns; c++) {
    if (hiddenCols.has(c)) continue;
    const col = document.createElement('col');
    col.style.width = `${g.widths[c - 1] ?? 100}px`;
    colgroup.append(col);
    const th = document.createElement('th');
    th.textContent = columnLetters(c);
    th.scope = 'col';
    th.dataset.col = String(c);
    if (c <= g.frozenColumns) th.dataset.frozenCol = '';
    header.append(th);
  }
  grid.append(colgroup, header);
  // A fixed-layout table shrinks its columns to the window unless it is given its full width.
  let total = 46;
  for (let c = 1; c <= columns; c++) if (!hiddenCols.has(c)) total += g.widths[c - 1] ?? 100;
  grid.style.width = `${total}px`;
  for (let r = 1; r <= rows; r++) {
    if (hiddenRows.has(r)) continue;
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.className = 'rowhead';
    th.scope = 'row';
    th.textContent = String(r);
    if (r <= g.frozenRows) th.dataset.frozenRow = '';
    tr.append(th);
    for (let c = 1; c <= columns; c++) {
      if (hiddenCols.has(c)) continue;
      const a1 = `${columnLetters(c)}${r}`;
      const cell = g.rows[r - 1]?.[c - 1];
      const td = document.createElement('td');
      td.dataset.a1 = a1;
      td.dataset.col = String(c);
      td.dataset.row = String(r);
      if (cell) {
        td.textContent = cell.display;
        // The colour only: the `background` shorthand would also clear the note and invalid corners.
        if (cell.background && cell.background !== '#ffffff') td.style.backgroundColor = cell.background;
        if (cell.fontColor && cell.fontColor !== '#000000') td.style.color = cell.fontColor;
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.italic) td.style.fontStyle = 'italic';
        const numeric = /^[-+]?[\d\s ,.]+[%€$]?(pt)?$|^[-+]?[\d\s ,.]*\s?€$/.test(cell.display.trim());
        if (cell.align) td.classList.add(cell.align.toLowerCase());
        else if (numeric && cell.display !== '') td.classList.add('num');
        if (cell.note) {
          td.classList.add('note');
          td.title = cell.note;
        }
        if (cell.invalid) td.classList.add('invalid');
        // Sheets lets text run over the empty cells on its right, up to the next cell with content.
        if (!numeric && cell.display !== '' && !cell.align) {
          let room = g.widths[c - 1] ?? 100;
          for (let k = c + 1; k <= columns && !(g.rows[r - 1]?.[k - 1]?.display ?? ''); k++)
            if (!hiddenCols.has(k)) room += g.widths[k - 1] ?? 100;
          if (room > (g.widths[c - 1] ?? 100)) {
            const span = document.createElement('span');
            span.className = 'spill';
            span.style.width = `${room - 6}px`;
            span.textContent = cell.display;
            td.replaceChildren(span);
            td.classList.add('spills');
          }
        }
        if (cell.error) td.title = cell.error;
        if (cell.sparkline) {
          const numbers = cell.sparkline.filter((v) => v !== null);
          td.replaceChildren(
            sparkline(
              cell.sparkline,
              (g.widths[c - 1] ?? 100) - 8,
              numbers.length === 0
                ? 'Sparkline: no data / pas de données'
                : `Sparkline: ${numbers.join(' · ')}`,
            ),
          );
          td.classList.add('has-sparkline');
        }
      }
      if (r === g.frozenRows) td.classList.add('frozen-row');
      if (c === g.frozenColumns) td.classList.add('frozen-col');
      if (r <= g.frozenRows) td.dataset.frozenRow = '';
      if (c <= g.frozenColumns) td.dataset.frozenCol = '';
      tr.append(td);
    }
    grid.append(tr);
  }
  freezePanes(g);
  drawCharts(chartLayer, grid, g.charts);
  select(selected);
}

/** Frozen rows and columns (cells and their headers) stay in view when the grid scrolls, as in Sheets. */
function freezePanes(g: Grid): void {
  const hidden = new Set(g.hiddenColumns);
  const lefts = new Map<number, number>();
  let left = 46;
  for (let c = 1; c <= g.frozenColumns; c++) {
    lefts.set(c, left);
    if (!hidden.has(c)) left += g.widths[c - 1] ?? 100;
  }
  const cells = Array.from(
    grid.querySelectorAll<HTMLTableCellElement>('[data-frozen-row], [data-frozen-col]'),
  );
  // A row is never positioned, so its offset is relative to the table, at the top of the scrolling area.
  const tops = cells.map((cell) => (cell.parentElement as HTMLTableRowElement).offsetTop);
  cells.forEach((cell, i) => {
    const row = 'frozenRow' in cell.dataset;
    const col = 'frozenCol' in cell.dataset;
    cell.style.position = 'sticky';
    if (row) cell.style.top = `${tops[i] ?? 0}px`;
    if (col) cell.style.left = `${lefts.get(Number(cell.dataset.col)) ?? 0}px`;
    if (cell.tagName === 'TH') {
      cell.style.zIndex = '4';
      return;
    }
    if (!cell.style.background) cell.style.background = '#fff';
    // Above the text that runs over from scrolled cells (z-index 1), below the headers.
    cell.style.zIndex = row && col ? '3' : '2';
  });
}

function drawTabs(s: PlaygroundState): void {
  tabs.replaceChildren(
    ...s.sheets.map((name) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.role = 'tab';
      b.textContent = name;
      b.setAttribute('aria-selected', String(name === sheet));
      b.addEventListener('click', () => {
        sheet = name;
        void api('/api/activate', { sheet: name }).then(refresh, showError);
      });
      return b;
    }),
  );
}

function drawMenu(s: PlaygroundState): void {
  menu.replaceChildren();
  const title = document.createElement('div');
  title.className = 'submenu-title';
  title.textContent = s.menu ? s.menu.caption : 'KPI Kit: onOpen added no menu';
  menu.append(title);
  for (const item of s.menu?.items ?? []) {
    if (item === 'separator') {
      menu.append(document.createElement('hr'));
      continue;
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.role = 'menuitem';
    b.textContent = item.caption;
    b.addEventListener('click', () => {
      closeMenu();
      say('…');
      api('/api/menu', { functionName: item.functionName })
        .then(() => say(''))
        .then(refresh, showError);
    });
    menu.append(b);
  }
}

function closeMenu(): void {
  menu.hidden = true;
  menuButton.setAttribute('aria-expanded', 'false');
}

function showError(error: unknown): void {
  say(error instanceof Error ? error.message : String(error), true);
}

/** Bumped by each refresh; an older refresh whose answers arrive late draws nothing. */
let refreshes = 0;

async function refresh(): Promise<void> {
  const mine = ++refreshes;
  const s = await api<PlaygroundState>('/api/state');
  if (mine !== refreshes) return;
  state = s;
  if (s.activeSheet && (sheet === null || !s.sheets.includes(sheet) || s.activeSheet !== sheet))
    sheet = s.activeSheet;
  drawTabs(s);
  drawMenu(s);
  if (s.sidebarCount > sidebarShown) {
    sidebarShown = s.sidebarCount;
    $('sidebar-title').textContent = s.sidebarTitle || 'KPI Kit';
    sidebar.hidden = false;
    frame.src = `/sidebar?n=${s.sidebarCount}`;
  }
  const news = [
    ...s.alerts.slice(alertsShown).map((a) => [a.title, a.prompt].filter(Boolean).join(': ')),
    ...s.toasts.slice(toastsShown),
  ];
  alertsShown = s.alerts.length;
  toastsShown = s.toasts.length;
  if (news.length > 0) say(news.join('\n'));
  if (!sheet) return;
  const g = await api<Grid>(`/api/sheet?name=${encodeURIComponent(sheet)}`);
  if (mine === refreshes) drawGrid(g);
}

function commit(): void {
  if (!sheet) return;
  const input = formula.value;
  api('/api/edit', { sheet, a1: selected, input }).then(refresh, showError);
}

grid.addEventListener('click', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (td?.dataset.a1) select(td.dataset.a1);
  gridWrap.focus();
});
grid.addEventListener('dblclick', () => formula.focus());
formula.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    commit();
    gridWrap.focus();
  } else if (event.key === 'Escape') {
    gridWrap.focus();
    select(selected);
  }
});
const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Tab: [0, 1],
};

/** The visible cell next to the selection in a direction (hidden rows and columns are skipped). */
function neighbour(a1: string, [dr, dc]: [number, number]): string | null {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return null;
  const col = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  let r = Number(m[2]);
  let c = col;
  for (let step = 0; step < 200; step++) {
    r += dr;
    c += dc;
    if (r < 1 || c < 1) return null;
    const next = `${columnLetters(c)}${r}`;
    if (grid.querySelector(`td[data-a1="${next}"]`)) return next;
  }
  return null;
}

// Keyboard use as in Sheets: arrows move the selection, Enter or typing edits in the formula bar.
gridWrap.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const move = MOVES[event.key];
  if (move && !(event.key === 'Tab' && event.shiftKey)) {
    const next = neighbour(selected, move);
    if (next) {
      event.preventDefault();
      select(next);
      grid.querySelector(`td[data-a1="${next}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    formula.focus();
  } else if (event.key.length === 1) {
    formula.value = '';
    formula.focus();
  }
});
menuButton.addEventListener('click', () => {
  const open = menu.hidden;
  menu.hidden = !open;
  menuButton.setAttribute('aria-expanded', String(open));
  if (open) menu.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
});
document.addEventListener('click', (event) => {
  if (!(event.target as HTMLElement).closest('.menu')) closeMenu();
});
$('sample').addEventListener('click', () => {
  say('…');
  api<{ summary: { ok: boolean; problems?: { path: string; message: string }[] } }>('/api/sample', {})
    .then((r) => {
      if (!r.summary.ok)
        say((r.summary.problems ?? []).map((p) => `${p.path}: ${p.message}`).join('\n'), true);
      else say('');
      sheet = null;
    })
    .then(refresh, showError);
});
// The .xlsx download: fetched here so that what Excel cannot hold (the export's warnings, sent in a
// response header) is shown on the page, then saved as the link would have.
const download = $<HTMLAnchorElement>('download');
const exportWarnings = $<HTMLElement>('export-warnings');
download.addEventListener('click', (event) => {
  event.preventDefault();
  say('…');
  fetch(download.href)
    .then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const header = res.headers.get('x-kpikit-warnings');
      const warnings = header ? (JSON.parse(decodeURIComponent(header)) as string[]) : [];
      const name =
        /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'kpi-kit.xlsx';
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const list = $<HTMLUListElement>('export-warning-list');
      list.replaceChildren(
        ...warnings.map((w) => {
          const li = document.createElement('li');
          li.textContent = w;
          return li;
        }),
      );
      exportWarnings.hidden = warnings.length === 0;
      say('');
    })
    .catch(showError);
});
$('close-export-warnings').addEventListener('click', () => {
  exportWarnings.hidden = true;
});
$('close-sidebar').addEventListener('click', () => {
  sidebar.hidden = true;
  frame.removeAttribute('src');
});
// The sidebar's bridge says when a server call finished: the workbook may have changed.
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  const data = event.data as { kpikitPlayground?: string } | null;
  if (data?.kpikitPlayground === 'changed') void refresh().catch(showError);
  if (data?.kpikitPlayground === 'closeSidebar') $('close-sidebar').click();
});

void state;
refresh().catch(showError);
