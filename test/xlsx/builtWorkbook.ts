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
