// A big import applied in parts (stageDataImport × n, then commitDataImport) through dist/Code.js on
// the emulator: the same report and the same sheets as applyDataImport in one call, on every vendor
// fixture; a part or a commit that fails midway leaves nothing the user sees changed, and running it
// again finishes the import as if nothing had failed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../../../dev/emulator';
import { getKpi } from '../../../src/core/kpiLibrary';
import type { KpiPlanInput } from '../../../src/core/plan/schema';
import { decodeExport } from '../../../sidebar/dataImport/decode';
import { openSession } from '../helpers/emulatorBuild';

type Scope = Record<string, (...args: unknown[]) => Answer>;
interface Answer {
  ok: boolean;
  mapping?: Mapping;
  parts?: number;
  done?: number[];
  message?: string;
  problems?: { message: string }[];
  kpis?: { kpiId: string; rule: string; cells: { key: string; value: number | null }[] }[];
  sheets?: { name: string }[];
}
interface Mapping {
  source: string;
  kpis: { kpiId: string; rule: string; column?: string; numerator?: string; denominator?: string }[];
}

const fixture = (name: string) =>
  decodeExport(new Uint8Array(readFileSync(join(__dirname, '../../fixtures/imports', name))));

/** The library KPIs each fixture feeds (as in test/core/dataImport/fixtures.test.ts). */
const FIXTURES: Record<string, string[]> = {
  'ga4-en.csv': ['sessions', 'engagement_rate', 'key_events'],
  'ga4-fr.csv': ['sessions', 'engagement_rate', 'key_events'],
  'search-console-en.csv': ['organic_clicks', 'organic_ctr', 'average_position'],
  'search-console-fr.csv': ['organic_clicks', 'organic_ctr', 'average_position'],
  'google-ads-en.csv': ['ad_clicks', 'ad_spend', 'cpc', 'paid_ctr'],
  'google-ads-fr.tsv': ['ad_clicks', 'ad_spend', 'cpc', 'paid_ctr'],
  'meta-ads-en.csv': ['ad_spend', 'ad_impressions', 'cpm'],
  'meta-ads-fr.csv': ['ad_spend', 'ad_impressions', 'cpm'],
  'mailchimp-en.csv': ['email_open_rate', 'email_click_rate', 'email_unsubscribe_rate'],
  'brevo-fr.csv': ['email_open_rate', 'email_click_rate', 'email_unsubscribe_rate'],
  'shopify-en.csv': ['orders', 'revenue', 'average_order_value'],
  'shopify-fr.csv': ['orders', 'revenue', 'average_order_value'],
};

function planFor(libraryIds: readonly string[]): KpiPlanInput {
  return {
    version: 1,
    name: 'Import 2027',
    language: 'fr',
    period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
    objectives: [
      {
        id: 'so-1',
        title: 'Les chiffres des exports',
        operational: [
          {
            id: 'oo-1',
            title: 'Chaque KPI du fichier',
            kpis: libraryIds.map((id) => {
              const k = getKpi(id)!;
              return {
                id: id.replace(/_/g, '-'),
                name: k.name.fr,
                libraryId: id,
                unit: k.unit,
                direction: 'higher' as const,
                aggregation: k.aggregation,
                target: 1,
              };
            }),
          },
        ],
      },
    ],
  };
}

function session(libraryIds: readonly string[]) {
  const s = openSession();
  expect(s.scope.buildWorkbook(planFor(libraryIds))).toMatchObject({ ok: true });
  return { ...s, call: s.scope as unknown as Scope };
}

/** Every sheet as a user sees it: name, hidden or not, each cell's value and formula. */
const everything = (em: Emulator) =>
  em.SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((sheet) => ({
      name: sheet.getName(),
      hidden: sheet.isSheetHidden(),
      cells: em.view(sheet.getName()).rows.map((row) => row.map((c) => [c.value, c.formula ?? ''])),
    }));

/** Stages every part (`cells` per part), then commits; returns the commit's answer and the parts. */
function inParts(call: Scope, input: unknown, mapping: Mapping, cells: number) {
  const first = call.stageDataImport!(input, mapping, 0, cells);
  expect(first).toMatchObject({ ok: true, part: 0 });
  for (let part = 1; part < first.parts!; part += 1)
    expect(call.stageDataImport!(input, mapping, part, cells)).toMatchObject({ ok: true, part });
  return { parts: first.parts!, result: call.commitDataImport!(input, mapping) };
}

/** Makes the `nth` call of `method` (from now) throw, as an execution stopped midway would. */
function failOn(em: Emulator, method: string, nth = 1) {
  const record = em.calls.record.bind(em.calls);
  let seen = 0;
  em.calls.record = (key: string) => {
    if (key === method && ++seen === nth) {
      em.calls.record = record;
      throw new Error(`Exceeded maximum execution time (injected at ${method})`);
    }
    record(key);
  };
}

describe.each(Object.entries(FIXTURES))('%s in parts', (file, libraryIds) => {
  test('the same report and the same sheets as one applyDataImport call', () => {
    const text = fixture(file);
    const one = session(libraryIds);
    const preview = one.call.previewDataImport!(text);
    expect(preview.ok).toBe(true);
    const whole = one.call.applyDataImport!(text, preview.mapping);
    expect(whole.ok).toBe(true);

    const staged = session(libraryIds);
    // 12 cells per part: one or two rows, so every fixture takes several parts.
    const { parts, result } = inParts(staged.call, text, preview.mapping!, 12);
    expect(parts).toBeGreaterThan(1);
    expect(result).toEqual(whole);
    expect(everything(staged.em)).toEqual(everything(one.em));
  });
});

describe('an import in parts that fails midway', () => {
  const libraryIds = FIXTURES['ga4-fr.csv']!;
  const text = fixture('ga4-fr.csv');

  test('a failed part changes nothing a user sees; running it again finishes the same import', () => {
    const reference = session(libraryIds);
    const preview = reference.call.previewDataImport!(text);
    const whole = reference.call.applyDataImport!(text, preview.mapping);

    const { em, call } = session(libraryIds);
    const before = everything(em).filter((s) => !s.hidden);
    expect(call.stageDataImport!(text, preview.mapping, 0, 6)).toMatchObject({
      ok: true,
      parts: 4,
      done: [0],
    });
    failOn(em, 'Range.setValues');
    expect(() => call.stageDataImport!(text, preview.mapping, 1, 6)).toThrow(/Exceeded maximum/);
    expect(call.stageDataImport!(text, preview.mapping, 2, 6)).toMatchObject({ ok: true, done: [0, 2] });
    // The staging sheet is hidden and not offered to the sheet picker; the visible sheets are untouched.
    expect(everything(em).filter((s) => !s.hidden)).toEqual(before);
    expect(call.listImportSheets!().sheets).toEqual([]);
    const early = call.commitDataImport!(text, preview.mapping);
    expect(early.ok).toBe(false);
    expect(early.problems?.[0]?.message).toMatch(
      /2 parties écrites sur 4 ; envoyez les parties manquantes \(1, 3\)/,
    );
    expect(everything(em).filter((s) => !s.hidden)).toEqual(before);
    // Resume: the failed part, the one not sent, a part sent twice; then the commit.
    for (const part of [1, 3, 2])
      expect(call.stageDataImport!(text, preview.mapping, part, 6)).toMatchObject({ ok: true });
    expect(call.commitDataImport!(text, preview.mapping)).toEqual(whole);
    expect(everything(em)).toEqual(everything(reference.em));
  });

  test('a commit that fails midway is run again to the same end; the staging sheet goes last', () => {
    const reference = session(libraryIds);
    const preview = reference.call.previewDataImport!(text);
    const whole = reference.call.applyDataImport!(text, preview.mapping);

    const { em, call } = session(libraryIds);
    for (let part = 0; part < 2; part += 1) call.stageDataImport!(text, preview.mapping, part, 12);
    // Stopped after the data sheet was filled, before Tracking was written.
    failOn(em, 'Range.setFormulas');
    expect(() => call.commitDataImport!(text, preview.mapping)).toThrow(/Exceeded maximum/);
    expect(everything(em).some((s) => s.hidden)).toBe(true);
    expect(call.commitDataImport!(text, preview.mapping)).toEqual(whole);
    expect(everything(em)).toEqual(everything(reference.em));
    // Done: nothing waits any more.
    expect(call.commitDataImport!(text, preview.mapping)).toMatchObject({
      ok: false,
      problems: [{ message: /Aucun import en plusieurs parties n’attend pour « GA4 »/ }],
    });
  });

  test('a re-import whose commit stopped after clearing the data sheet ends from the staged rows', () => {
    const first = fixture('ga4-en.csv');
    // The same days 2027-02-01 and 02-02, corrected, and a new day.
    const second =
      'Date,Sessions,Engaged sessions,Engagement rate,Key events\n20270201,210,150,0.71,10\n20270202,90,40,0.44,1\n20270203,50,25,0.5,0\n';
    const reference = session(libraryIds);
    const mapping = reference.call.previewDataImport!(second).mapping;
    reference.call.applyDataImport!(first, reference.call.previewDataImport!(first).mapping);
    const whole = reference.call.applyDataImport!(second, mapping);
    expect(whole).toMatchObject({ ok: true, added: 1, replaced: 2, removed: 2 });

    const { em, call } = session(libraryIds);
    call.applyDataImport!(first, call.previewDataImport!(first).mapping);
    expect(inParts(call, second, mapping!, 10).parts).toBe(3);
    // That commit went through: undo nothing, run the scenario again on a fresh spreadsheet.
    const again = session(libraryIds);
    again.call.applyDataImport!(first, again.call.previewDataImport!(first).mapping);
    for (let part = 0; part < 3; part += 1) again.call.stageDataImport!(second, mapping, part, 10);
    // Stopped between clearing the data sheet and copying the staged rows into it.
    failOn(again.em, 'Range.copyTo');
    expect(() => again.call.commitDataImport!(second, mapping)).toThrow(/Exceeded maximum/);
    expect(again.call.commitDataImport!(second, mapping)).toEqual(whole);
    expect(everything(again.em)).toEqual(everything(reference.em));
    expect(everything(em)).toEqual(everything(reference.em));
  });

  test('a part of another file or mapping is refused: start again from part 0', () => {
    const { em, call } = session(libraryIds);
    const preview = call.previewDataImport!(text);
    call.stageDataImport!(text, preview.mapping, 0, 6);
    const other = text.replace('20270131,100', '20270131,101');
    expect(call.stageDataImport!(other, preview.mapping, 1, 6)).toMatchObject({
      ok: false,
      problems: [{ message: /reprenez l’import à la partie 0/ }],
    });
    expect(call.stageDataImport!(text, preview.mapping, 1, 12)).toMatchObject({ ok: false });
    expect(call.stageDataImport!(text, preview.mapping, 9, 6)).toMatchObject({
      ok: false,
      problems: [{ message: /part : 9 .* de 0 à 3/ }],
    });
    expect(call.stageDataImport!(text, preview.mapping, 0, 0)).toMatchObject({
      ok: false,
      problems: [{ message: /partCells : 0/ }],
    });
    expect(call.commitDataImport!(other, preview.mapping)).toMatchObject({ ok: false });
    expect(everything(em).filter((s) => !s.hidden && /Données KPI Kit/.test(s.name))).toEqual([]);
  });
});

describe('a rate from the two columns the user chose', () => {
  test('the preview and the apply recompute it from them', () => {
    const libraryIds = ['sessions', 'engagement_rate', 'key_events'];
    const { em, call } = session(libraryIds);
    const text = fixture('ga4-en.csv');
    const preview = call.previewDataImport!(text);
    // The user's rate: key events ÷ engaged sessions (a conversion rate of engaged visits).
    const mapping = {
      ...preview.mapping!,
      kpis: preview.mapping!.kpis.map((k) =>
        k.kpiId === 'engagement-rate'
          ? { kpiId: k.kpiId, rule: 'ratio', numerator: 'Key events', denominator: 'Engaged sessions' }
          : k,
      ),
    };
    const chosen = call.previewDataImport!(text, mapping);
    expect(chosen.mapping).toEqual(mapping);
    const rate = chosen.kpis!.find((k) => k.kpiId === 'engagement-rate')!;
    expect(rate.rule).toBe('recalculé : somme de Key events ÷ somme de Engaged sessions');
    expect(rate.cells[0]!.value).toBeCloseTo(6 / 130, 12);
    expect(rate.cells[1]!.value).toBeCloseTo(11 / 190, 12);
    expect(call.applyDataImport!(text, mapping)).toMatchObject({ ok: true });
    const row = em.view('Suivi').rows.find((r) => r.some((c) => c.value === 'engagement-rate'))!;
    const values = row.map((c) => c.value).filter((v) => typeof v === 'number');
    expect(values[0]).toBeCloseTo(6 / 130, 12);
    expect(values[1]).toBeCloseTo(11 / 190, 12);
    // A component that is not a number column is refused, naming it.
    const bad = call.previewDataImport!(text, {
      ...mapping,
      kpis: [{ kpiId: 'engagement-rate', rule: 'ratio', numerator: 'Date', denominator: 'Sessions' }],
    });
    expect(bad).toMatchObject({ ok: false, problems: [{ message: /« Date »/ }] });
  });
});
