// The data import on 200,000 rows (a daily export by campaign over a year, ~6 MB of CSV) through the
// built dist/Code.js against the offline emulator: time and service calls of the preview and the apply.
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
  let mapping: unknown;
  for (const step of ['preview', 'apply'] as const) {
    em.calls.reset();
    const started = performance.now();
    const result =
      step === 'preview' ? scope.previewDataImport!(text) : scope.applyDataImport!(text, mapping);
    const ms = performance.now() - started;
    mapping ??= result.mapping;
    if (!result.ok) throw new Error(`bench import refused: ${JSON.stringify(result).slice(0, 500)}`);
    figures.push(
      {
        name: `data import 200,000 rows ${step}: service calls`,
        value: em.calls.total,
        unit: 'calls',
        // Every service call, builders included; the count does not grow with the rows.
        budget: 100,
      },
      // Apps Script stops an execution at 6 minutes. The emulator is not Sheets (HyperFormula recomputes
      // the SUMIFS over 200,000 rows on the spot), but the budget keeps the whole call well under that.
      { name: `data import 200,000 rows ${step}: time (emulator)`, value: ms, unit: 'ms', budget: 240_000 },
    );
  }
  return figures;
}
