import { PlaygroundSession } from '../../dev/playground/session';
import { examplePlan } from '../core/plan/fixtures';
import { readDist } from '../helpers/codeJs';

/**
 * The format's example plan built through the real dist/Code.js on the emulator, with values typed in
 * Tracking for January to March (conversion rate 1.9 %, 2.1 %, 2.5 %) as a team would.
 */
export function builtSession(): PlaygroundSession {
  const session = new PlaygroundSession({ codeJs: readDist('Code.js'), today: '2027-04-10T10:00:00Z' });
  const summary = session.call('buildWorkbook', [examplePlan()]) as { ok: boolean };
  if (!summary.ok) throw new Error(`The example plan did not build: ${JSON.stringify(summary)}`);
  session.edit('Suivi', trackingCell(session, 'conversion-rate', '2027-01'), '0,019');
  session.edit('Suivi', trackingCell(session, 'conversion-rate', '2027-02'), '2,1 %');
  session.edit('Suivi', trackingCell(session, 'conversion-rate', '2027-03'), '0,025');
  return session;
}

/** The A1 of a KPI's cell for a period key in Tracking (KPI ids in column A, period keys in row 2). */
export function trackingCell(session: PlaygroundSession, kpiId: string, periodKey: string): string {
  const text = session.emulator.view('Suivi').text;
  const row = text.findIndex((r) => r[0] === kpiId);
  const column = (text[1] ?? []).indexOf(periodKey);
  if (row < 0 || column < 0) throw new Error(`No Tracking cell for ${kpiId} / ${periodKey}`);
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

/**
 * A phased plan: the example's conversion rate with a milestone, plus a sales total expected mostly in
 * the second quarter (a milestone) and a cost per lead to lower, averaged, with values typed for
 * January to April.
 */
export function phasedSession(): PlaygroundSession {
  const session = new PlaygroundSession({ codeJs: readDist('Code.js'), today: '2027-05-10T10:00:00Z' });
  const plan = examplePlan() as ReturnType<typeof examplePlan> & {
    objectives: { operational: { kpis: Record<string, unknown>[] }[] }[];
  };
  const kpis = plan.objectives[0]!.operational[0]!.kpis;
  kpis[0]!.milestones = [{ date: '2027-03-31', value: 0.019 }];
  kpis.push(
    {
      id: 'sales',
      name: 'Ventes',
      unit: 'currency',
      direction: 'higher',
      aggregation: 'sum',
      target: 120000,
      deadline: '2027-06-30',
      milestones: [{ date: '2027-03-31', value: 30000 }],
    },
    {
      id: 'cpl',
      name: 'Coût par lead',
      unit: 'currency',
      direction: 'lower',
      aggregation: 'average',
      baseline: 40,
      target: 32,
    },
  );
  const summary = session.call('buildWorkbook', [plan]) as { ok: boolean };
  if (!summary.ok) throw new Error(`The phased plan did not build: ${JSON.stringify(summary)}`);
  const typed: Record<string, string[]> = {
    'conversion-rate': ['0,018', '0,0185', '0,02', '0,021'],
    sales: ['9000', '10000', '12000', '25000'],
    cpl: ['39', '38', '36,5', '36'],
  };
  for (const [id, values] of Object.entries(typed))
    values.forEach((v, i) => session.edit('Suivi', trackingCell(session, id, `2027-0${i + 1}`), v));
  return session;
}
