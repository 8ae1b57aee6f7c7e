import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './figure';
import { runClassicScript } from '../../tools/codeJs/load';

// The custom functions timed through dist/Code.js, as Sheets runs them: the bundle loaded as a classic
// script in a fresh global scope, one call over a whole range. Each figure is a single cold run (Apps
// Script loads the script anew for every call), not a best of many.

const dist = join(__dirname, '..', '..', 'dist');
const codeFile = join(dist, 'Code.js');

type CustomFunction = (...args: unknown[]) => unknown;

/** Service calls made by the scripts loaded so far (only HtmlService exists; any other throws). */
let serviceCalls = 0;

function load(code: string): Record<string, CustomFunction> {
  // Only HtmlService, for the KPI library file: the happy path needs no other service (a call would
  // throw a ReferenceError here). Reading the file is counted, as the round trip it is in Sheets.
  const HtmlService = {
    createTemplateFromFile(name: string) {
      serviceCalls += 1;
      const raw = readFileSync(join(dist, `${name}.html`), 'utf8');
      return { getRawContent: () => raw };
    },
  };
  return runClassicScript(code, { HtmlService }) as Record<string, CustomFunction>;
}

/** Service calls made while `run` runs. */
function callsDuring(run: () => void): number {
  const before = serviceCalls;
  run();
  return serviceCalls - before;
}

/** Milliseconds of one run; the result is checked, then dropped so it does not weigh on the next run's GC. */
function time(run: () => unknown, check: (result: unknown) => void): number {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  check(result);
  return ms;
}

const OBJECTIVE_TEMPLATES: readonly ((n: number) => string)[] = [
  (n) => `Augmenter le taux de conversion de ${n % 5} % à ${(n % 5) + 1} % d'ici le 31/12/2027`,
  (n) => `Increase newsletter sign-ups from ${400 + n} to ${600 + n} per month by Q3 2027`,
  (n) => `Réduire le coût par lead de ${40 + (n % 10)} € à 32 € en 6 mois`,
  (n) => `Générer ${100 + n} leads qualifiés via LinkedIn avant fin 2027`,
  (n) => `Double organic traffic to the blog within ${n % 12} months`,
  () => 'Améliorer notre image de marque',
  () => 'Be better known',
  (n) => `Atteindre ${n} abonnés Instagram d'ici le 30 juin 2027`,
  (n) => `Reduce cart abandonment rate by ${n % 20} points before December 31, 2027`,
  (n) => `Fidéliser nos clients : taux de réachat de ${n % 30} % à ${(n % 30) + 5} % en 2027`,
];

function objectives(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    OBJECTIVE_TEMPLATES[i % OBJECTIVE_TEMPLATES.length]?.(i) ?? '',
  ]);
}

function rows(count: number, what: string): (result: unknown) => void {
  return (result) => {
    if (!Array.isArray(result) || result.length !== count) throw new Error(`${what}: expected ${count} rows`);
  };
}

export function customFunctionFigures(): Figure[] {
  const code = readFileSync(codeFile, 'utf8');

  // First: V8 caches compiled scripts within a process, so only the first load is a cold one.
  const coldMs = time(
    () => load(code).KPI_VARIANCE?.(90, 100, 'baisse', 'statut'),
    (result) => {
      if (result !== 'on track') throw new Error(`KPI_VARIANCE answered ${String(result)}`);
    },
  );

  // Each timed run loads the script afresh, as Sheets does for every call (a few ms of the total).
  // What Sheets passes for a column of numbers; then the same column pasted as French numeric text.
  const numbers = Array.from({ length: 1_000_000 }, (_, i) => [(i % 997) + 0.5]);
  const varianceMs = time(
    () => load(code).KPI_VARIANCE?.(numbers, 500, 'lower', 'status'),
    rows(1_000_000, 'KPI_VARIANCE'),
  );
  const texts = numbers.map(([n]) => [String(n).replace('.', ',')]);
  const varianceTextMs = time(
    () => load(code).KPI_VARIANCE?.(texts, 500, 'lower', 'status'),
    rows(1_000_000, 'KPI_VARIANCE'),
  );

  const smartInput = objectives(10_000);
  let smartMs = 0;
  const smartCalls = callsDuring(() => {
    smartMs = time(() => load(code).SMART_CHECK?.(smartInput), rows(10_000, 'SMART_CHECK'));
  });
  const varianceCalls = callsDuring(() => load(code).KPI_VARIANCE?.(numbers.slice(0, 1000), 500));

  return [
    { name: 'KPI_VARIANCE over 1,000,000 × 1 (one call)', value: varianceMs, unit: 'ms', budget: 1000 },
    { name: 'KPI_VARIANCE, same, cells as text "12,5"', value: varianceTextMs, unit: 'ms', budget: 1000 },
    { name: 'SMART_CHECK over 10,000 objectives (one call)', value: smartMs, unit: 'ms', budget: 1000 },
    // The library is read from KpiLibrary.html once per call, not per cell.
    {
      name: 'SMART_CHECK over 10,000 objectives: service calls',
      value: smartCalls,
      unit: 'calls',
      budget: 1,
    },
    { name: 'KPI_VARIANCE over 1,000 × 1: service calls', value: varianceCalls, unit: 'calls', budget: 0 },
    { name: 'load dist/Code.js + one KPI_VARIANCE (fresh vm)', value: coldMs, unit: 'ms', budget: 50 },
  ];
}
