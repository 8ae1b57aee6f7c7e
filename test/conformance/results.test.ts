import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../../dev/conformance/checks';

// Results of runs in real Sheets (docs/VERIFY-IN-SHEETS.md), committed as evidence. Each must be a
// report as the suite writes it, about checks that exist, so a renamed check cannot orphan a result.
const dir = join(__dirname, '..', '..', 'dev', 'conformance', 'results');
const ids = new Set(CHECKS.map((c) => c.id));

/** What is wrong with a committed results file, one line each. */
function reportProblems(name: string, text: string): string[] {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return [`${name}: not JSON (${(error as Error).message})`];
  }
  const problems: string[] = [];
  if (report.suite !== 'kpi-kit-conformance') problems.push(`${name}: "suite" is not "kpi-kit-conformance"`);
  for (const key of ['ranAt', 'locale', 'timeZone', 'scriptTimeZone'])
    if (typeof report[key] !== 'string') problems.push(`${name}: "${key}" is missing`);
  if (!/^\d{4}-\d{2}-\d{2}-[a-z]{2}(_[A-Z]{2})?(-[\w-]+)?\.json$/.test(name))
    problems.push(`${name}: name it <date>-<locale>.json (or <date>-<locale>-<zone>.json)`);
  else if (!name.startsWith(`${String(report.ranAt).slice(0, 10)}-${String(report.locale)}`))
    problems.push(`${name}: the name does not match the run's date and locale`);
  const results = Array.isArray(report.results) ? (report.results as Array<Record<string, unknown>>) : [];
  if (results.length === 0) problems.push(`${name}: no results`);
  for (const r of results) {
    if (!ids.has(String(r.id))) problems.push(`${name}: no check has the id "${String(r.id)}"`);
    if (![true, false, null].includes(r.ok as boolean | null))
      problems.push(`${name}: ${String(r.id)}: "ok" is not true, false or null`);
  }
  return problems;
}

const sample = {
  suite: 'kpi-kit-conformance',
  version: '0.1.0',
  ranAt: '2027-01-15T10:00:00.000Z',
  locale: 'fr_FR',
  timeZone: 'Europe/Paris',
  scriptTimeZone: 'Europe/Paris',
  results: [{ id: 'formula.error-text', ok: true, expected: [], actual: [], note: '' }],
};

test('a report as the suite writes it passes; a renamed check or a misnamed file does not', () => {
  expect(reportProblems('2027-01-15-fr_FR.json', JSON.stringify(sample))).toEqual([]);
  const renamed = { ...sample, results: [{ ...sample.results[0], id: 'formula.old-name' }] };
  expect(reportProblems('2027-01-15-fr_FR.json', JSON.stringify(renamed))).toEqual([
    '2027-01-15-fr_FR.json: no check has the id "formula.old-name"',
  ]);
  expect(reportProblems('2027-01-16-en_US.json', JSON.stringify(sample))).toEqual([
    "2027-01-16-en_US.json: the name does not match the run's date and locale",
  ]);
});

test('every committed results file is a report about existing checks', () => {
  const names = readdirSync(dir);
  expect(names.filter((name) => !name.endsWith('.json'))).toEqual(['README.md']);
  const problems = names
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => reportProblems(name, readFileSync(join(dir, name), 'utf8')));
  expect(problems).toEqual([]);
});
