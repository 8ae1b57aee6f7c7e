import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderKpiLibraryFile } from '../../scripts/lib/build';
import { getKpi, listKpis } from '../../src/core/kpiLibrary';
import { SMART_CRITERIA } from '../../src/core/smart';
import { createEmulator } from '../../dev/emulator';
import { generatedPlan } from '../core/plan/fixtures';
import { column, openSheet, thrownBy } from '../functions/harness';
import { createStubs } from '../helpers/appsScriptStubs';
import { loadCodeJs, readDist } from '../helpers/codeJs';
import { openSession, roundTrips } from '../workbook/helpers/emulatorBuild';

// The KPI library lives in dist/KpiLibrary.html, not in dist/Code.js: Sheets loads the whole script on
// every custom function call, and only SMART_CHECK and the builder need the library.

describe('dist/KpiLibrary.html', () => {
  test('holds the library text that dist/Code.js no longer carries', () => {
    const code = readDist('Code.js');
    const html = readDist('KpiLibrary.html');
    for (const kpi of listKpis()) {
      expect(code).not.toContain(kpi.definition.fr);
      expect(code).not.toContain(kpi.formula.en);
    }
    expect(JSON.parse(html)).toEqual(listKpis());
  });

  test('is inert HTML: no tag, no scriptlet, even when the data holds "<"', () => {
    expect(readDist('KpiLibrary.html')).not.toContain('<');
    const entry = { ...listKpis()[0]!, formula: { fr: 'a <? b ?> </script>', en: 'a < b' } };
    const text = renderKpiLibraryFile([entry]);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual([entry]);
  });

  test('the build refuses an entry that breaks the schema, naming it', () => {
    const bad = { ...listKpis()[0]!, id: 'Bad Id', unit: 'furlongs' };
    expect(() => renderKpiLibraryFile([listKpis()[1]!, bad])).toThrow(
      /entry 1 \(Bad Id\) id: .*\n- entry 1 \(Bad Id\) unit: /,
    );
  });
});

describe('reading the library through dist/Code.js', () => {
  test("SMART_CHECK's Relevant criterion still finds library KPIs", () => {
    const sheet = openSheet({ spreadsheetLocale: 'fr_FR' });
    const scores = sheet.SMART_CHECK(
      column('Augmenter le taux de conversion', 'Augmenter les choses'),
      '',
      '',
      '',
      'détail',
    ) as unknown[][];
    // One row per objective: [score, S, M, A, R, T, hint].
    expect(scores.map((row) => row[1 + SMART_CRITERIA.indexOf('relevant')])).toEqual([true, false]);
    expect(sheet.stubs.calls).toEqual(['HtmlService.createTemplateFromFile']);
  });

  test('KPI_VARIANCE, KPI_PACE and KPI_FORECAST never read it', () => {
    const sheet = openSheet();
    sheet.KPI_VARIANCE(column(1, 2), 2, 'hausse', 'statut');
    sheet.KPI_PACE(50, 0, 100, sheet.date(2027, 1, 1), sheet.date(2027, 12, 31), sheet.date(2027, 7, 1));
    sheet.KPI_FORECAST(column(1, 2, 3), undefined, 12);
    // (The date cells cost a time-zone lookup, nothing else.)
    expect(sheet.stubs.calls.filter((c) => c.startsWith('HtmlService'))).toEqual([]);
  });

  test('the Objectives sheet shows library definitions and formulas, reading each file once', () => {
    const { em, scope } = openSession();
    const plan = generatedPlan(3);
    const ids = ['organic_sessions', listKpis()[20]!.id, listKpis()[60]!.id];
    plan.objectives[0]!.operational[0]!.kpis.forEach((kpi, i) => Object.assign(kpi, { libraryId: ids[i] }));
    em.calls.reset();
    expect(scope.buildWorkbook(plan)).toMatchObject({ ok: true });
    const cells = em.view('Objectifs').rows.flatMap((row) => row.map((c) => c.value));
    for (const id of ids) {
      expect(cells).toContain(getKpi(id)!.definition.fr);
      expect(cells).toContain(getKpi(id)!.formula.fr);
    }
    const byMethod = em.calls.byMethod();
    // The builder's own module (dist/Workbook.html) and the library, each read once.
    expect(byMethod['HtmlService.createTemplateFromFile']).toBe(2);
    // The build's budget (the dashboard's charts included: test/workbook/build.emulator.test.ts).
    expect(roundTrips(em)).toBeLessThanOrEqual(140);
  });

  test('a missing data file is a clear error naming it, from the stubs and from the emulator', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kpi-kit-no-library-'));
    const stubs = createStubs({ authMode: 'CUSTOM_FUNCTION', htmlDir: empty });
    const smartCheck = loadCodeJs(stubs.globals).SMART_CHECK as (objective: string) => unknown;
    expect(thrownBy(() => smartCheck('Augmenter le trafic organique de 10 %')).message).toMatch(
      /^The data file KpiLibrary\.html could not be read \(.*No HTML file named KpiLibrary was found\.\): push every file of dist\/ with `npm run deploy`/,
    );

    const em = createEmulator({ htmlDir: empty });
    const scope = loadCodeJs(em.globals) as unknown as { insertKpiLibrarySheet(): void };
    // The builder is itself loaded from dist/Workbook.html: that is the first file it misses.
    expect(thrownBy(() => scope.insertKpiLibrarySheet()).message).toMatch(
      /^The data file Workbook\.html could not be read .*push every file of dist\//,
    );
  });
});
