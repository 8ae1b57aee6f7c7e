import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parsePlan } from '../../src/core/plan';
import type { KpiPlanInput } from '../../src/core/plan/schema';
import { reviewPlan } from '../../src/core/review';
import type { Figure } from './figure';

// The plan review on a plan of 500 KPIs (the format's maximum), cold: first the core alone in this
// process (the KPI library's matcher compiled by this very call), then the sidebar's reviewPlan through
// dist/Code.js in a fresh scope, as Apps Script runs it (Workbook.html read and evaluated on the way,
// the plan validated). Each is one run, timed in CPU milliseconds.

const dist = join(__dirname, '..', '..', 'dist');
const LIBRARY_IDS = ['organic_sessions', 'leads', 'email_open_rate', 'cpc', 'followers', 'nps'];

/** 500 KPIs over 10 objectives, with words and gaps that make every family of findings work. */
function bigPlan(): KpiPlanInput {
  return {
    version: 1,
    name: 'Bench review',
    language: 'fr',
    period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
    strategy: 'Miser sur le SEO, LinkedIn, la newsletter et Google Ads',
    goal: 'Doubler les leads et fidéliser nos clients',
    objectives: Array.from({ length: 10 }, (_, i) => ({
      id: `so-${i}`,
      title: `Porter le trafic organique de 1 000 à 1 500 sessions d’ici fin 2027 (${i})`,
      operational: Array.from({ length: 5 }, (_, j) => ({
        id: `oo-${i}-${j}`,
        title: `Porter le taux d’ouverture de 20 % à 25 % d’ici le 30/06/2027 (${i}.${j})`,
        kpis: Array.from({ length: 10 }, (_, k) => {
          const n = (i * 5 + j) * 10 + k;
          return {
            id: `kpi-${n}`,
            name: n % 3 === 0 ? `Trafic organique ${n % 7 === 0 ? '' : n}`.trim() : `KPI ${n}`,
            ...(n % 2 === 0 ? { libraryId: LIBRARY_IDS[n % LIBRARY_IDS.length] } : {}),
            unit: 'number' as const,
            direction: 'higher' as const,
            target: 150 + n,
            ...(n % 3 === 0 ? { baseline: 100 } : {}),
            ...(n % 4 === 0 ? { benchmark: 90 } : {}),
            ...(n % 5 === 0 ? { owner: 'Camille', source: 'GA4' } : {}),
          };
        }),
      })),
    })),
  };
}

/**
 * CPU milliseconds (this process, every thread) of one run: the review's own work, whatever else the
 * machine runs meanwhile (wall time on a shared machine measures the neighbours).
 */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

export function planReviewFigures(): Figure[] {
  const input = bigPlan();
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(`bench plan refused: ${JSON.stringify(parsed.problems[0])}`);
  let findings: unknown[] = [];
  const core = cpuMs(() => {
    findings = reviewPlan(parsed.plan);
  });
  if (findings.length === 0) throw new Error('the bench plan should have findings');

  const HtmlService = {
    createTemplateFromFile: (name: string) => {
      const raw = readFileSync(join(dist, `${name}.html`), 'utf8');
      return { getRawContent: () => raw };
    },
  };
  const Session = { getActiveUserLocale: () => 'fr' };
  const scope = vm.createContext({ HtmlService, Session }) as Record<
    string,
    (plan: unknown) => { ok: boolean }
  >;
  new vm.Script(readFileSync(join(dist, 'Code.js'), 'utf8'), { filename: 'Code.js' }).runInContext(scope);
  let answer = { ok: false };
  const server = cpuMs(() => {
    answer = scope.reviewPlan!(input);
  });
  if (!answer.ok) throw new Error('reviewPlan refused the bench plan');
  return [
    { name: 'plan review: 500 KPIs, findings', value: findings.length, unit: 'findings' },
    { name: 'plan review: 500 KPIs, core, cold (CPU)', value: core, unit: 'ms', budget: 50 },
    { name: 'reviewPlan: 500 KPIs via dist/Code.js, cold (CPU)', value: server, unit: 'ms', budget: 300 },
  ];
}
