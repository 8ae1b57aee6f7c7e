import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check, Services } from '../../dev/conformance/check';
import { CHECKS, PENDING_EMULATOR } from '../../dev/conformance/checks';
import { runChecks } from '../../dev/conformance/runner';
import { createEmulator } from '../../dev/emulator';

const root = join(__dirname, '..', '..');
const devReadme = readFileSync(join(root, 'dev', 'README.md'), 'utf8');

/** The rows of dev/README.md's conformance table: id, file linked, assumption, guess, emulator. */
function tableRows(): Array<{
  id: string;
  file: string;
  assumption: number;
  guess: string;
  emulator: string;
}> {
  return [
    ...devReadme.matchAll(/^\| \[`([^`]+)`\]\(([^)]+)\)\s*\|\s*(\d+)\s*\|\s*(\w+)\s*\|\s*([^|]+?)\s*\|$/gm),
  ].map((m) => ({
    id: m[1] ?? '',
    file: m[2] ?? '',
    assumption: Number(m[3]),
    guess: m[4] ?? '',
    emulator: m[5] ?? '',
  }));
}

/** The numbers of dev/README.md's list of assumptions. */
function assumptionNumbers(): number[] {
  const section = devReadme.slice(
    devReadme.indexOf('## Assumptions where the real behaviour is uncertain'),
    devReadme.indexOf('## Conformance checks'),
  );
  return [...section.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
}

describe('the conformance checks and their table in dev/README.md', () => {
  test('ids are unique and stable-looking (family.words)', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  });

  test('every check is one step (run) or two (write then read), never both', () => {
    for (const c of CHECKS) expect([Boolean(c.run), Boolean(c.write && c.read)]).toContain(true);
    for (const c of CHECKS) expect(Boolean(c.run) && Boolean(c.write || c.read)).toBe(false);
  });

  test('the table lists every check once, with its assumption, its file, its guess and its emulator state', () => {
    const rows = tableRows();
    expect(rows.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id));
    for (const check of CHECKS) {
      const row = rows.find((r) => r.id === check.id);
      expect(row?.assumption).toBe(check.assumption);
      expect(row?.guess).toBe(check.guess ? 'yes' : 'no');
      expect(row?.emulator).toBe(
        PENDING_EMULATOR[check.id] ? `pending: ${PENDING_EMULATOR[check.id]}` : 'passes',
      );
      expect(existsSync(join(root, 'dev', row?.file ?? 'missing'))).toBe(true);
      expect(readFileSync(join(root, 'dev', row?.file ?? ''), 'utf8')).toContain(`'${check.id}'`);
    }
  });

  test('every assumption a check names is in the list', () => {
    const numbers = assumptionNumbers();
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    for (const c of CHECKS) expect(numbers).toContain(c.assumption);
  });

  test('every pending entry names a check', () => {
    for (const id of Object.keys(PENDING_EMULATOR)) expect(CHECKS.map((c) => c.id)).toContain(id);
  });
});

describe('the runner', () => {
  const emulator = createEmulator();
  const services = emulator.globals as unknown as Services;

  test('a check whose answer differs fails and shows both; a throw fails with its message', () => {
    const wrong: Check = {
      id: 'test.wrong',
      assumption: 1,
      title: 'wrong',
      run: () => ({ expected: 1, actual: 2 }),
    };
    const throws: Check = {
      id: 'test.throws',
      assumption: 1,
      title: 'throws',
      guess: 'a reason',
      run: () => {
        throw new Error('boom');
      },
    };
    expect(runChecks(services, [wrong, throws])).toEqual([
      { id: 'test.wrong', ok: false, expected: 1, actual: 2, note: '' },
      { id: 'test.throws', ok: false, expected: null, actual: 'threw: boom', note: 'a reason' },
    ]);
    // Both scratch sheets are gone, even the one whose check threw.
    expect(
      emulator.SpreadsheetApp.getActive()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Sheet1']);
  });
});
