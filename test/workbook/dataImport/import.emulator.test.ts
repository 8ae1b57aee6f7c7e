// The data import end to end, without the page: dist/Code.js on the emulator, previewDataImport's
// suggestion handed to applyDataImport unchanged, Tracking and the Scorecard read as a user sees them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KpiPlanInput } from '../../../src/core/plan/schema';
import { openSession, writeCalls } from '../helpers/emulatorBuild';

type Scope = Record<string, (...args: unknown[]) => unknown>;
interface Preview {
  ok: boolean;
  mapping: { kpis: { kpiId: string; rule: string }[]; overwrite: boolean; mode: string };
  kpis: {
    kpiId: string;
    rule: string;
    cells: { key: string; value: number | null; state: string; willWrite: boolean }[];
  }[];
  problems?: { line?: number; message: string }[];
  kept: number;
  dataSheet: string;
}
interface Result {
  ok: boolean;
  added: number;
  replaced: number;
  removed: number;
  written: number;
  kept: number;
  message: string;
  skipped: { line: number; message: string }[];
  problems?: { line?: number; message: string }[];
}

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/imports', name), 'utf8');

const kpi = (id: string, libraryId: string, unit: 'number' | 'percent', aggregation: 'sum' | 'last') => ({
  id,
  name: id,
  libraryId,
  unit,
  direction: 'higher' as const,
  aggregation,
  target: unit === 'percent' ? 0.7 : 300,
});

const PLAN: KpiPlanInput = {
  version: 1,
  name: 'Acquisition 2027',
  language: 'fr',
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  objectives: [
    {
      id: 'so-1',
      title: 'Plus de trafic engagé',
      operational: [
        {
          id: 'oo-1',
          title: 'Sessions et engagement',
          kpis: [
            kpi('sessions', 'sessions', 'number', 'sum'),
            kpi('engagement', 'engagement_rate', 'percent', 'last'),
            kpi('key-events', 'key_events', 'number', 'sum'),
          ],
        },
      ],
    },
  ],
};

function built() {
  const session = openSession();
  expect(session.scope.buildWorkbook(PLAN)).toMatchObject({ ok: true });
  return { ...session, call: session.scope as unknown as Scope };
}

/** Tracking's cells for a KPI row (4 = first KPI), January and February (E, F). */
const shown = (em: ReturnType<typeof openSession>['em'], row: number) => {
  const view = em.view('Suivi');
  return [view.cell(`E${row}`).value, view.cell(`F${row}`).value, view.cell(`G${row}`).value];
};

describe('importing a GA4 export', () => {
  test('the suggestion, applied unchanged, writes live formulas that give the hand-computed values', () => {
    const { em, call, ss } = built();
    const text = fixture('ga4-en.csv');
    const preview = call.previewDataImport!(text) as Preview;
    expect(preview.ok).toBe(true);
    expect(preview.mapping.kpis.map((k) => [k.kpiId, k.rule])).toEqual([
      ['sessions', 'sum'],
      ['engagement', 'ratio'],
      ['key-events', 'sum'],
    ]);
    expect(preview.kpis[0]?.cells.slice(0, 2)).toEqual([
      { key: '2027-01', label: 'janv. 2027', value: 220, state: 'empty', willWrite: true },
      { key: '2027-02', label: 'févr. 2027', value: 280, state: 'empty', willWrite: true },
    ]);
    const result = call.applyDataImport!(text, preview.mapping) as Result;
    expect(result).toMatchObject({ ok: true, added: 4, replaced: 0, removed: 0, kept: 0 });
    expect(result.message).toMatch(/^4 lignes importées dans « Données KPI Kit – GA4 »/);
    expect(shown(em, 4)).toEqual([220, 280, '']);
    const [jan, feb] = shown(em, 5) as number[];
    expect(jan).toBeCloseTo(130 / 220, 9);
    expect(feb).toBeCloseTo(190 / 280, 9);
    expect(shown(em, 6)).toEqual([6, 11, '']);
    const tracking = ss.getSheetByName('Suivi')!;
    expect(tracking.getRange('E4').getFormula()).toMatch(/^=IF\(COUNTIFS\('Données KPI Kit – GA4'!\$A:\$A/);
    // The data sheet is a plain sheet: a newer row pasted into it updates Tracking with no add-on.
    const data = ss.getSheetByName('Données KPI Kit – GA4')!;
    data.getRange('A6:E6').setValues([[46420, 100, 10, 0.1, 1]]); // 2027-02-03
    expect(shown(em, 4)).toEqual([220, 380, '']);
  });

  test('a re-import of an overlapping export replaces its dates, never counts them twice', () => {
    const { em, call } = built();
    const first = call.previewDataImport!(fixture('ga4-en.csv')) as Preview;
    call.applyDataImport!(fixture('ga4-en.csv'), first.mapping);
    // The same days 2027-02-01 and 02-02, corrected, and a new day.
    const second =
      'Date,Sessions,Engaged sessions,Engagement rate,Key events\n20270201,210,150,0.71,10\n20270202,90,40,0.44,1\n20270203,50,25,0.5,0\n';
    const preview = call.previewDataImport!(second) as Preview;
    expect(preview.kpis[0]?.cells.find((c) => c.key === '2027-02')).toMatchObject({
      value: 350,
      state: 'ours',
    });
    const result = call.applyDataImport!(second, preview.mapping) as Result;
    expect(result).toMatchObject({ ok: true, added: 1, replaced: 2, removed: 2 });
    expect(shown(em, 4)).toEqual([220, 350, '']);
  });

  test('a value typed in Tracking is kept without consent, replaced with it', () => {
    const { em, call, ss } = built();
    ss.getSheetByName('Suivi')!.getRange('F4').setValue(999);
    const preview = call.previewDataImport!(fixture('ga4-en.csv')) as Preview;
    expect(preview.kept).toBe(1);
    expect(preview.kpis[0]?.cells[1]).toMatchObject({ key: '2027-02', state: 'typed', willWrite: false });
    const kept = call.applyDataImport!(fixture('ga4-en.csv'), preview.mapping) as Result;
    expect(kept).toMatchObject({ ok: true, kept: 1 });
    expect(shown(em, 4)).toEqual([220, 999, '']);
    const replaced = call.applyDataImport!(fixture('ga4-en.csv'), {
      ...preview.mapping,
      overwrite: true,
    }) as Result;
    expect(replaced).toMatchObject({ ok: true, kept: 0 });
    expect(shown(em, 4)).toEqual([220, 280, '']);
  });

  test('values instead of formulas: the numbers, only where the file has rows', () => {
    const { em, call, ss } = built();
    const preview = call.previewDataImport!(fixture('ga4-en.csv')) as Preview;
    call.applyDataImport!(fixture('ga4-en.csv'), { ...preview.mapping, mode: 'values' });
    expect(shown(em, 4)).toEqual([220, 280, '']);
    expect(ss.getSheetByName('Suivi')!.getRange('E4').getFormula()).toBe('');
  });

  test('the imported formulas survive a rebuild, still reading the data sheet', () => {
    const { em, call, scope } = built();
    const preview = call.previewDataImport!(fixture('ga4-en.csv')) as Preview;
    call.applyDataImport!(fixture('ga4-en.csv'), preview.mapping);
    expect(scope.buildWorkbook(PLAN)).toMatchObject({ ok: true });
    expect(shown(em, 4)).toEqual([220, 280, '']);
    expect(em.view('Suivi').cell('E4').formula).toMatch(/Données KPI Kit – GA4/);
  });

  test('a file sent in chunks imports as the whole text does; a missing chunk is refused', () => {
    const { em, call } = built();
    const text = fixture('ga4-en.csv');
    const third = Math.ceil(text.length / 3);
    for (let i = 0; i < 3; i += 1)
      expect(
        call.appendDataImportChunk!('upload-test-1', i, text.slice(i * third, (i + 1) * third)),
      ).toMatchObject({
        ok: true,
      });
    const whole = call.previewDataImport!(text) as Preview;
    const chunked = call.previewDataImport!({ upload: 'upload-test-1', chunks: 3 }) as Preview;
    expect(chunked).toEqual(whole);
    expect(call.applyDataImport!({ upload: 'upload-test-1', chunks: 3 }, chunked.mapping)).toMatchObject({
      ok: true,
      added: 4,
    });
    expect(shown(em, 4)).toEqual([220, 280, '']);
    const missing = call.previewDataImport!({ upload: 'upload-test-1', chunks: 4 }) as Preview;
    expect(missing.ok).toBe(false);
    expect(missing.problems?.[0]?.message).toMatch(/incomplet|incomplete/);
    expect(call.appendDataImportChunk!('x', 0, 'a')).toMatchObject({ ok: false });
  });

  test('an existing sheet (a connector’s) maps the same way, through its displayed cells', () => {
    const { em, call, ss } = built();
    const sheet = ss.insertSheet('Connecteur GA4');
    sheet.getRange('A1:C5').setValues([
      ['Date', 'Sessions', 'Key events'],
      ['2027-01-30', 120, 4],
      ['2027-01-31', 100, 2],
      ['2027-02-01', 200, 10],
      ['Total', 420, 16],
    ]);
    const preview = call.previewSheetImport!('Connecteur GA4') as Preview & { mapping: { source: string } };
    expect(preview.ok).toBe(true);
    expect(preview.mapping.source).toBe('Connecteur GA4');
    expect(call.applySheetImport!('Connecteur GA4', preview.mapping)).toMatchObject({ ok: true, added: 3 });
    expect(shown(em, 4)).toEqual([220, 200, '']);
    expect(shown(em, 6)).toEqual([6, 10, '']);
    expect(call.previewSheetImport!('Nope')).toMatchObject({ ok: false, problems: [{ message: /Nope/ }] });
  });

  test('a refused mapping or file writes nothing and names the problem', () => {
    const { em, call } = built();
    const preview = call.previewDataImport!(fixture('ga4-en.csv')) as Preview;
    em.calls.reset();
    const bad = call.applyDataImport!(fixture('ga4-en.csv'), {
      ...preview.mapping,
      kpis: [{ kpiId: 'sessions', rule: 'sum', column: 'Visits' }],
    }) as Result;
    expect(bad.ok).toBe(false);
    expect(bad.problems?.[0]?.message).toMatch(/« Visits »/);
    const junk = call.applyDataImport!('\u0000\u0001PK\u0003\u0004', preview.mapping) as Result;
    expect(junk).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(writeCalls(em)).toEqual([]);
  });
});
