import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Figure } from './figure';

// The custom functions timed through dist/Code.js, as Sheets runs them: the bundle loaded as a classic
// script in a fresh global scope, one call over a whole range. Each figure is a single cold run (Apps
// Script loads the script anew for every call), not a best of many.

const codeFile = join(__dirname, '..', '..', 'dist', 'Code.js');

type CustomFunction = (...args: unknown[]) => unknown;

function load(code: string): Record<string, CustomFunction> {
  // No service globals: the happy path must not need one (a call would throw a ReferenceError here).
  const context = vm.createContext({});
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  return context as Record<string, CustomFunction>;
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
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

function assertShape(result: unknown, rows: number, what: string): void {
  if (!Array.isArray(result) || result.length !== rows) throw new Error(`${what}: expected ${rows} rows`);
}

export function customFunctionFigures(): Figure[] {
  const code = readFileSync(codeFile, 'utf8');

  // First: V8 caches compiled scripts within a process, so only the first load is a cold one.
  const cold = time(() => load(code).KPI_VARIANCE?.(90, 100, 'baisse', 'statut'));
  if (cold.result !== 'on track') throw new Error(`KPI_VARIANCE answered ${String(cold.result)}`);

  // What Sheets passes for a column of numbers; then the same column pasted as French numeric text.
  const numbers = Array.from({ length: 1_000_000 }, (_, i) => [(i % 997) + 0.5]);
  const variance = time(() => load(code).KPI_VARIANCE?.(numbers, 500, 'lower', 'status'));
  assertShape(variance.result, 1_000_000, 'KPI_VARIANCE');
  const texts = numbers.map(([n]) => [String(n).replace('.', ',')]);
  const varianceText = time(() => load(code).KPI_VARIANCE?.(texts, 500, 'lower', 'status'));
  assertShape(varianceText.result, 1_000_000, 'KPI_VARIANCE');

  const smartInput = objectives(10_000);
  const smart = time(() => load(code).SMART_CHECK?.(smartInput));
  assertShape(smart.result, 10_000, 'SMART_CHECK');

  return [
    { name: 'KPI_VARIANCE over 1,000,000 × 1 (one call)', value: variance.ms, unit: 'ms', budget: 1000 },
    { name: 'KPI_VARIANCE, same, cells as text "12,5"', value: varianceText.ms, unit: 'ms', budget: 1000 },
    { name: 'SMART_CHECK over 10,000 objectives (one call)', value: smart.ms, unit: 'ms', budget: 1000 },
    { name: 'load dist/Code.js + one KPI_VARIANCE (fresh vm)', value: cold.ms, unit: 'ms', budget: 50 },
  ];
}
