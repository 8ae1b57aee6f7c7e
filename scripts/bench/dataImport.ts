// The data import on 200,000 rows (a daily export by campaign over a year, ~6 MB of CSV) through the
// built dist/Code.js against the offline emulator: time and service calls of the preview, then of the
// apply as the panel runs it, in parts (stageDataImport × n, then commitDataImport), each part one
// execution: its calls must not grow with the rows, its time must stay far from the 6-minute limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator } from '../../dev/emulator';
import type { Figure } from './figure';
import { runClassicScript } from '../../tools/codeJs/load';

const ROWS = 200_000;

function exportText(): string {
  const lines = ['Day,Campaign,Clicks,Impr.,Cost,Conversions'];
  const perDay = Math.ceil(ROWS / 365);
  for (let i = 0; i < ROWS; i += 1) {
    const day = new Date(Date.UTC(2027, 0, 1 + Math.floor(i / perDay))).toISOString().slice(0, 10);
    lines.push(
      `${day},Campaign ${i % perDay},${i % 50},${(i % 50) * 20},${((i % 50) * 0.37).toFixed(2)},${i % 3}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const kpi = (id: string, libraryId: string, unit: string, aggregation: string) => ({
  id,
  name: id,
  libraryId,
  unit,
  direction: 'higher',
  aggregation,
  target: 1,
});

/** Calls and time of one execution: calls constant in rows, time well under Apps Script's 6 minutes. */
const step = (name: string, calls: number, ms: number): Figure[] => [
  // Every service call, builders included; the count does not grow with the rows.
  { name: `data import 200,000 rows ${name}: service calls`, value: calls, unit: 'calls', budget: 100 },
  // The emulator is not Sheets (HyperFormula recomputes the SUMIFS over 200,000 rows on the spot, and
  // Apps Script's V8 is slower than node's): the budget keeps each execution far under 6 minutes.
  { name: `data import 200,000 rows ${name}: time (emulator)`, value: ms, unit: 'ms', budget: 120_000 },
];

export function dataImportFigures(): Figure[] {
  const em = createEmulator({ locale: 'fr_FR', userLocale: 'fr_FR' });
  const code = readFileSync(join(__dirname, '..', '..', 'dist', 'Code.js'), 'utf8');
  const scope = runClassicScript(code, em.globals) as Record<
    string,
    (...a: unknown[]) => { ok: boolean; mapping?: unknown }
  >;
  const plan = {
    version: 1,
    name: 'Bench import',
    language: 'fr',
    period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
    objectives: [
      {
        id: 'so-1',
        title: 'Acquisition payante',
        operational: [
          {
            id: 'oo-1',
            title: 'Clics et coût',
            kpis: [
              kpi('clicks', 'ad_clicks', 'number', 'sum'),
              kpi('cpc', 'cpc', 'currency', 'average'),
              kpi('ctr', 'paid_ctr', 'percent', 'last'),
            ],
          },
        ],
      },
    ],
  };
  if (!scope.buildWorkbook!(plan).ok) throw new Error('bench plan refused');
  const text = exportText();
  const figures: Figure[] = [
    { name: 'data import: 200,000-row export size', value: text.length, unit: 'bytes' },
  ];
  // As the panel sends it: 500,000-character chunks kept in the document cache, then named.
  const CHUNK = 500_000;
  const chunks = Math.ceil(text.length / CHUNK);
  for (let i = 0; i < chunks; i += 1)
    if (!scope.appendDataImportChunk!('bench-upload', i, text.slice(i * CHUNK, (i + 1) * CHUNK)).ok)
      throw new Error(`bench chunk ${i} refused`);
  figures.push({ name: 'data import 200,000 rows upload: chunks', value: chunks, unit: 'calls' });
  const input = { upload: 'bench-upload', chunks };
  em.calls.reset();
  let started = performance.now();
  const preview = scope.previewDataImport!(input);
  figures.push(...step('preview', em.calls.total, performance.now() - started));
  if (!preview.ok) throw new Error(`bench import refused: ${JSON.stringify(preview).slice(0, 500)}`);
  const mapping = preview.mapping;
  let parts = 1;
  let partCalls = 0;
  let partMs = 0;
  let total = 0;
  for (let part = 0; part < parts; part += 1) {
    em.calls.reset();
    started = performance.now();
    const staged = scope.stageDataImport!(input, mapping, part) as { ok: boolean; parts?: number };
    const ms = performance.now() - started;
    if (!staged.ok) throw new Error(`bench part ${part} refused: ${JSON.stringify(staged).slice(0, 500)}`);
    parts = staged.parts ?? 1;
    partCalls = Math.max(partCalls, em.calls.total);
    partMs = Math.max(partMs, ms);
    total += ms;
  }
  em.calls.reset();
  started = performance.now();
  const committed = scope.commitDataImport!(input, mapping);
  const commitMs = performance.now() - started;
  if (!committed.ok) throw new Error(`bench commit refused: ${JSON.stringify(committed).slice(0, 500)}`);
  figures.push(
    { name: 'data import 200,000 rows apply: parts', value: parts, unit: 'executions' },
    ...step('apply, slowest part', partCalls, partMs),
    ...step('apply, commit', em.calls.total, commitMs),
    { name: 'data import 200,000 rows apply: total time (emulator)', value: total + commitMs, unit: 'ms' },
  );
  return figures;
}
