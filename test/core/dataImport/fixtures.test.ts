// Each vendor's export, French and English, read with the suggested mapping: the values per month a
// hand computation gives (the numbers are in the fixture files under test/fixtures/imports/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregateKpi } from '../../../src/core/dataImport/aggregate';
import { type PlanKpi, suggestMapping } from '../../../src/core/dataImport/suggest';
import { readImportTable } from '../../../src/core/dataImport/table';
import { getKpi } from '../../../src/core/kpiLibrary';
import { parseCsv } from '../../../src/server/dataImport/csv';
import { decodeExport } from '../../../sidebar/dataImport/decode';

const JAN = { key: '2027-01', first: Date.UTC(2027, 0, 1) / 864e5, last: Date.UTC(2027, 0, 31) / 864e5 };
const FEB = { key: '2027-02', first: Date.UTC(2027, 1, 1) / 864e5, last: Date.UTC(2027, 1, 28) / 864e5 };

const words = (id: string) => {
  const k = getKpi(id);
  return k ? [k.name.fr, k.name.en, ...k.aliases.fr, ...k.aliases.en] : [];
};

/** A plan KPI as the wizard makes it from the library entry, as the server reads it for an import. */
function fromLibrary(libraryId: string): PlanKpi {
  const k = getKpi(libraryId)!;
  return {
    id: libraryId.replace(/_/g, '-'),
    name: k.name.fr,
    libraryId,
    unit: k.unit,
    aggregation: k.aggregation,
    // Sessions are a monthly level (last) but still the total of the month's days.
    ...(k.flow ? { flow: true } : {}),
  };
}

export function read(file: string) {
  const text = decodeExport(new Uint8Array(readFileSync(join(__dirname, '../../fixtures/imports', file))));
  const table = readImportTable(text, parseCsv);
  if (!table.ok) throw new Error(JSON.stringify(table.problems));
  return table;
}

function imported(file: string, libraryIds: string[]) {
  const table = read(file);
  const mapping = suggestMapping(table, libraryIds.map(fromLibrary), words);
  const out: Record<string, { rule: string; jan?: number; feb?: number }> = {};
  for (const m of mapping.kpis) {
    const index = (name?: string) => table.columns.findIndex((c) => c.name === name);
    const v = aggregateKpi(
      table.records,
      m,
      { column: index(m.column), numerator: index(m.numerator), denominator: index(m.denominator) },
      [JAN, FEB],
    );
    out[m.kpiId] = { rule: m.rule, jan: v.get('2027-01'), feb: v.get('2027-02') };
  }
  return { table, mapping, out };
}

const close = (v: number) => expect.closeTo(v, 6);

describe.each(['ga4-en.csv', 'ga4-fr.csv'])('GA4 (%s)', (file) => {
  test('sessions summed, engagement rate recomputed from engaged sessions ÷ sessions', () => {
    const { table, mapping, out } = imported(file, ['sessions', 'engagement_rate', 'key_events']);
    expect(table.vendor).toBe('GA4');
    expect(mapping.dateColumn).toBe('Date');
    expect(out).toEqual({
      sessions: { rule: 'sum', jan: 220, feb: 280 },
      'engagement-rate': { rule: 'ratio', jan: close(130 / 220), feb: close(190 / 280) },
      'key-events': { rule: 'sum', jan: 6, feb: 11 },
    });
  });
});

test('GA4 in French: the BOM and the « Total général » row are dropped, and said so', () => {
  const table = read('ga4-fr.csv');
  expect(table.records).toHaveLength(4);
  expect(table.totals).toEqual([14]);
  expect(table.skipped.find((s) => s.line === 14)?.why.fr).toMatch(/total/);
  expect(table.skipped.filter((s) => s.why.en.startsWith('comment'))).toHaveLength(8);
});

describe.each(['search-console-en.csv', 'search-console-fr.csv'])('Search Console (%s)', (file) => {
  test('CTR recomputed from clicks ÷ impressions, position averaged', () => {
    const { table, out } = imported(file, ['organic_clicks', 'organic_ctr', 'average_position']);
    expect(table.vendor).toBe('Search Console');
    expect(out).toEqual({
      'organic-clicks': { rule: 'sum', jan: 40, feb: 25 },
      'organic-ctr': { rule: 'ratio', jan: close(40 / 2000), feb: close(25 / 1000) },
      'average-position': { rule: 'average', jan: close(11.5), feb: close(8.5) },
    });
  });
});

describe.each(['google-ads-en.csv', 'google-ads-fr.tsv'])('Google Ads (%s)', (file) => {
  test('per-campaign rows added up, CPC and CTR recomputed, the title and totals lines skipped', () => {
    const { table, out } = imported(file, ['ad_clicks', 'ad_spend', 'cpc', 'paid_ctr']);
    expect(table.vendor).toBe('Google Ads');
    expect(table.totals).toEqual([9]);
    expect(table.skipped.filter((s) => s.line < 3).map((s) => s.line)).toEqual([1, 2]);
    expect(out).toEqual({
      'ad-clicks': { rule: 'sum', jan: 120, feb: 80 },
      'ad-spend': { rule: 'sum', jan: close(90.5), feb: close(1034.25) },
      cpc: { rule: 'ratio', jan: close(90.5 / 120), feb: close(1034.25 / 80) },
      'paid-ctr': { rule: 'ratio', jan: close(120 / 4200), feb: close(80 / 2500) },
    });
  });
});

describe.each(['meta-ads-en.csv', 'meta-ads-fr.csv'])('Meta Ads (%s)', (file) => {
  test('dated by « Reporting starts », spend summed, CPM recomputed', () => {
    const { table, mapping, out } = imported(file, ['ad_spend', 'ad_impressions', 'cpm']);
    expect(table.vendor).toBe('Meta Ads');
    expect(mapping.dateColumn).toMatch(/^(Reporting starts|Début des rapports)$/);
    expect(out).toEqual({
      'ad-spend': { rule: 'sum', jan: close(22.34), feb: close(16.66) },
      'ad-impressions': { rule: 'sum', jan: 2600, feb: 1900 },
      cpm: { rule: 'ratio', jan: close((22.34 / 2600) * 1000), feb: close((16.66 / 1900) * 1000) },
    });
  });
});

describe.each(['mailchimp-en.csv', 'brevo-fr.csv'])('E-mail campaigns (%s)', (file) => {
  test('open and click rates recomputed from unique opens and clicks ÷ delivered, not averaged', () => {
    const { out } = imported(file, ['email_open_rate', 'email_click_rate', 'email_unsubscribe_rate']);
    expect(out).toEqual({
      'email-open-rate': { rule: 'ratio', jan: close(1078 / 2940), feb: close(0.3) },
      'email-click-rate': { rule: 'ratio', jan: close(294 / 2940), feb: close(0.05) },
      'email-unsubscribe-rate': { rule: 'ratio', jan: close(9 / 2940), feb: close(0.01) },
    });
  });
});

test('Mailchimp: a quoted title with a line break inside is one row, dated by its send date', () => {
  const table = read('mailchimp-en.csv');
  expect(table.records.map((r) => r.line)).toEqual([2, 3, 5]);
  expect(table.records[1]?.values[0]).toBe('Last call\nbefore February');
});

describe.each(['shopify-en.csv', 'shopify-fr.csv'])('Shopify (%s)', (file) => {
  test('orders and net sales summed, average order value recomputed', () => {
    const { table, out } = imported(file, ['orders', 'revenue', 'average_order_value']);
    expect(table.vendor).toBe('Shopify');
    expect(out).toEqual({
      orders: { rule: 'sum', jan: 15, feb: 8 },
      revenue: { rule: 'sum', jan: close(1350), feb: close(800) },
      'average-order-value': { rule: 'ratio', jan: close(1350 / 15), feb: close(100) },
    });
  });
});
