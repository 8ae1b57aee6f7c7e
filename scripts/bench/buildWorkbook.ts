// The workbook builder's service calls and time, for a small and a large plan, through the built
// dist/Code.js against the offline emulator. The call count must be the same for both sizes and the
// round trips to Sheets at most 140 (builder objects such as newDataValidation() are counted apart:
// they are made inside the script and do not reach the spreadsheet).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator } from '../../dev/emulator';
import type { Figure } from './figure';
import { runClassicScript } from '../../tools/codeJs/load';

const LOCAL_CALL =
  /^(DataValidationBuilder|ConditionalFormatRuleBuilder|ConditionalFormatRule|BooleanCondition|GradientCondition|DataValidation|EmbeddedChartBuilder)\.|^SpreadsheetApp\.new|^Sheet\.newChart$/;

function plan(kpis: number, frequency: 'monthly' | 'weekly', start: string, end: string): unknown {
  const units = ['number', 'percent', 'currency', 'duration'];
  const directions = ['higher', 'lower', 'target'];
  const operational = [];
  for (let first = 0; first < kpis; first += 50) {
    operational.push({
      id: `oo-${first / 50 + 1}`,
      title: `Réduire le coût par lead de 20 % d'ici fin 2027 (${first / 50 + 1})`,
      kpis: Array.from({ length: Math.min(50, kpis - first) }, (_, k) => ({
        id: `kpi-${first + k + 1}`,
        name: `KPI ${first + k + 1}`,
        unit: units[(first + k) % 4],
        direction: directions[(first + k) % 3],
        baseline: 100,
        target: 120,
        source: 'GA4',
      })),
    });
  }
  return {
    version: 1,
    name: `Bench ${kpis}`,
    language: 'fr',
    period: { start, end, frequency },
    objectives: [{ id: 'so-1', title: 'Augmenter les ventes de 20 % en 2027', operational }],
  };
}

function measure(label: string, input: unknown): Figure[] {
  const em = createEmulator({ locale: 'fr_FR', userLocale: 'fr_FR' });
  const code = readFileSync(join(__dirname, '..', '..', 'dist', 'Code.js'), 'utf8');
  // As Apps Script runs it: a classic script in a fresh global scope holding only the services.
  const scope = runClassicScript(code, em.globals) as { buildWorkbook(plan: unknown): { ok: boolean } };
  const figures: Figure[] = [];
  for (const pass of ['build', 'rebuild']) {
    em.calls.reset();
    const started = performance.now();
    const result = scope.buildWorkbook(input);
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`bench plan refused: ${JSON.stringify(result)}`);
    const byMethod = Object.entries(em.calls.byMethod());
    const local = byMethod.filter(([k]) => LOCAL_CALL.test(k)).reduce((s, [, n]) => s + n, 0);
    figures.push(
      {
        name: `buildWorkbook ${label} ${pass}: round trips`,
        value: em.calls.total - local,
        unit: 'calls',
        // 100 until the dashboard: a fourth sheet with three native charts costs 29 round trips on a
        // first build and 40 on a rebuild (its cells as any built sheet's, getCharts, the ids it
        // recorded, one updateChart per chart), the same for 5 KPIs as for 500 (measured 127 and 139).
        budget: 140,
      },
      { name: `buildWorkbook ${label} ${pass}: all service calls`, value: em.calls.total, unit: 'calls' },
      { name: `buildWorkbook ${label} ${pass}: time (emulator)`, value: ms, unit: 'ms' },
    );
  }
  return figures;
}

export function buildWorkbookFigures(): Figure[] {
  return [
    ...measure('5 KPIs x 12 months', plan(5, 'monthly', '2027-01-01', '2027-12-31')),
    ...measure('500 KPIs x 52 weeks', plan(500, 'weekly', '2027-01-04', '2028-01-02')),
  ];
}
