import type { Draft, OperationalDraft } from '../../src/core/rpc/draft';
import { emptyDraft } from '../../sidebar/draft/newDraft';
import { smartOf } from '../../sidebar/draft/smart';
import { draftToPlan } from '../../sidebar/draft/toPlan';
import { codeJsOnEmulator } from '../helpers/emulatorCodeJs';

// The score the wizard shows beside an objective is the score the Objectives sheet will show: an
// operational objective takes its numbers from its first KPI in both places.

function draftWith(operational: OperationalDraft): Draft {
  const d = emptyDraft('fr', new Date(2026, 10, 23));
  d.context.name = 'Parité';
  d.objectives = [{ id: 'so-1', title: 'Améliorer notre image', operational: [operational] }];
  return d;
}

const kpi = {
  id: 'conversion-rate',
  libraryId: 'conversion_rate',
  name: 'Taux de conversion',
  unit: 'percent' as const,
  direction: 'higher' as const,
  aggregation: 'last' as const,
  baseline: '1,8',
  target: '2,4',
  deadline: '2027-06-30',
  band: '',
  weight: '',
  owner: '',
  source: '',
};

test.each([
  ['numbers only in the KPI', 'Augmenter le taux de conversion'],
  ['numbers in the text too', 'Porter le taux de conversion de 1,8 % à 2,4 % d’ici le 30 juin 2027'],
  ['a vague objective', 'Faire mieux'],
])('%s: the wizard and the Objectives sheet agree', (_label, title) => {
  const operational: OperationalDraft = { id: 'oo-1', title, kpis: [kpi] };
  const draft = draftWith(operational);
  const { emulator, scope } = codeJsOnEmulator({ locale: 'fr_FR', userLocale: 'fr_FR', authMode: 'FULL' });
  const built = (scope.buildWorkbook as (p: unknown) => { ok: boolean })(
    JSON.parse(JSON.stringify(draftToPlan(draft).plan)),
  );
  expect(built.ok).toBe(true);
  const sheet = emulator.view('Objectifs').text;
  const header = sheet.findIndex((row) => row.includes('SMART (opérationnel)'));
  const column = sheet[header]?.indexOf('SMART (opérationnel)') ?? -1;
  // The sheet shows "3/5".
  expect(`${smartOf(title, 'fr', operational).score}/5`).toBe(sheet[header + 1]?.[column]);
  const strategicColumn = sheet[header]?.indexOf('SMART (stratégique)') ?? -1;
  expect(`${smartOf('Améliorer notre image', 'fr').score}/5`).toBe(sheet[header + 1]?.[strategicColumn]);
});

test('the KPI numbers matter: without them an objective with no figures scores lower', () => {
  const operational: OperationalDraft = { id: 'oo-1', title: 'Augmenter le taux de conversion', kpis: [kpi] };
  expect(smartOf(operational.title, 'fr', operational).score).toBeGreaterThan(
    smartOf(operational.title, 'fr').score,
  );
});
