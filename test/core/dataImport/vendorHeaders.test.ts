// Header variants seen in real exports (see README, "Column names: what was checked"): Meta's French
// « Clics sur le lien » and « Portée », Mailchimp's report words « Opened », « Clicked »,
// « Recipients ». Each is mapped by the suggestion, as the column of its KPI or a rate's component.
import { type PlanKpi, suggestMapping } from '../../../src/core/dataImport/suggest';
import { readImportTable } from '../../../src/core/dataImport/table';
import { getKpi } from '../../../src/core/kpiLibrary';
import { parseCsv } from '../../../src/server/dataImport/csv';

const words = (id: string) => {
  const k = getKpi(id);
  return k ? [k.name.fr, k.name.en, ...k.aliases.fr, ...k.aliases.en] : [];
};
const plan = (ids: string[]): PlanKpi[] =>
  ids.map((id) => ({
    id,
    name: id,
    libraryId: id,
    unit: getKpi(id)!.unit,
    aggregation: getKpi(id)!.aggregation,
  }));

function suggested(text: string, ids: string[]) {
  const table = readImportTable(text, parseCsv);
  if (!table.ok) throw new Error(JSON.stringify(table.problems));
  return suggestMapping(table, plan(ids), words).kpis;
}

test('Meta Ads in French: « Clics sur le lien » feeds the clicks and the CTR', () => {
  const text =
    'Début des rapports;Fin des rapports;Nom de la campagne;Portée;Impressions;Montant dépensé (EUR);Clics sur le lien\n' +
    '30/01/2027;30/01/2027;Printemps;1000;1500;12,34;20\n';
  expect(suggested(text, ['ad_clicks', 'paid_ctr', 'ad_spend'])).toEqual([
    { kpiId: 'ad_clicks', rule: 'sum', column: 'Clics sur le lien' },
    { kpiId: 'paid_ctr', rule: 'ratio', numerator: 'Clics sur le lien', denominator: 'Impressions' },
    { kpiId: 'ad_spend', rule: 'sum', column: 'Montant dépensé (EUR)' },
  ]);
});

test('Mailchimp’s report words: opened ÷ successful deliveries, clicked, unsubscribed', () => {
  const text =
    'Send Date,Recipients,Successful Deliveries,Opened,Clicked,Unsubscribed\n' +
    '"Jan 30, 2027 10:00 am",1000,980,490,98,5\n';
  expect(suggested(text, ['email_open_rate', 'email_click_rate', 'email_unsubscribe_rate'])).toEqual([
    { kpiId: 'email_open_rate', rule: 'ratio', numerator: 'Opened', denominator: 'Successful Deliveries' },
    { kpiId: 'email_click_rate', rule: 'ratio', numerator: 'Clicked', denominator: 'Successful Deliveries' },
    {
      kpiId: 'email_unsubscribe_rate',
      rule: 'ratio',
      numerator: 'Unsubscribed',
      denominator: 'Successful Deliveries',
    },
  ]);
});
