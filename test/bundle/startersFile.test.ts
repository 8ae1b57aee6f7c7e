import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '../../src/core/plan';
import { getStarterPlan, starterPreviews, starters } from '../../src/core/templates';
import { column, openSheet, thrownBy } from '../functions/harness';
import { createStubs } from '../helpers/appsScriptStubs';
import { loadCodeJs, readDist } from '../helpers/codeJs';

// The starter plans live in dist/Starters.html, not in dist/Code.js (scripts/lib/dataFiles.ts): only the
// wizard's Start step needs them, while Sheets loads the whole script on every custom function call.

type Fn = (...args: unknown[]) => unknown;

function server(htmlDir?: string) {
  const stubs = createStubs({ authMode: 'FULL', locale: 'fr_FR', ...(htmlDir ? { htmlDir } : {}) });
  const scope = loadCodeJs(stubs.globals);
  const call = (name: string, ...args: unknown[]) => (scope[name] as Fn)(...args);
  return { stubs, call };
}

describe('dist/Starters.html', () => {
  test('holds the starters that dist/Code.js no longer carries', () => {
    const code = readDist('Code.js');
    const html = readDist('Starters.html');
    for (const starter of starters()) {
      // Sentences only a starter holds (a short name such as « E-mailing » is also a channel word).
      expect(code).not.toContain(starter.description.fr);
      expect(code).not.toContain(starter.goal.fr);
      expect(html).toContain(starter.goal.fr.replace(/</g, '\\u003c'));
    }
    expect(html).not.toContain('<');
    expect(JSON.parse(html)).toEqual(starters());
  });
});

describe('starters through dist/Code.js', () => {
  test.each(['fr', 'en'] as const)(
    'listStarters and getStarterPlan (%s) give the core plans, reading the file once',
    (lang) => {
      const { stubs, call } = server();
      expect(call('listStarters', lang)).toEqual(starterPreviews(lang));
      for (const { id } of starters()) {
        const parsed = parsePlan(getStarterPlan(id, lang), { lang });
        expect(parsed.ok).toBe(true);
        expect(call('getStarterPlan', id, lang)).toEqual(parsed.ok ? parsed.plan : undefined);
      }
      expect(call('getStarterPlan', 'no-such-starter', lang)).toBeNull();
      expect(stubs.calls.filter((c) => c === 'HtmlService.createTemplateFromFile')).toHaveLength(1);
    },
  );

  test('the custom functions never read it', () => {
    const sheet = openSheet();
    sheet.KPI_VARIANCE(column(1, 2), 2, 'hausse', 'statut');
    sheet.KPI_PACE(50, 0, 100, sheet.date(2027, 1, 1), sheet.date(2027, 12, 31), sheet.date(2027, 7, 1));
    sheet.KPI_FORECAST(column(1, 2, 3), undefined, 12);
    // (The date cells cost a time-zone lookup, nothing else.)
    expect(sheet.stubs.calls.filter((c) => c.startsWith('HtmlService'))).toEqual([]);
  });

  test('a missing Starters.html is a clear error naming the file and the fix', () => {
    const { call } = server(mkdtempSync(join(tmpdir(), 'kpi-kit-no-starters-')));
    expect(thrownBy(() => call('listStarters', 'fr')).message).toMatch(
      /^The data file Starters\.html could not be read \(.*No HTML file named Starters was found\.\): push every file of dist\/ with `npm run deploy`/,
    );
  });
});
