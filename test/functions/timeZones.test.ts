import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Date cells read in the spreadsheet's time zone, whatever the script's. Sheets hands a date cell to a
// custom function as the instant of its midnight in the spreadsheet's zone; Apps Script runs the script
// on the clock of appsscript.json's zone (Europe/Paris). zoneRunner.ts runs dist/Code.js on the emulator
// in a process whose clock is Paris, for spreadsheets on both sides of it, and reports what each shows.

const ROOT = join(__dirname, '..', '..');
const ZONES = [
  'Asia/Tokyo',
  'Pacific/Auckland',
  'Europe/Paris',
  'UTC',
  'America/Los_Angeles',
  'Pacific/Honolulu',
];
// 22:30 UTC on 2 July: already 3 July in Paris, Tokyo and Auckland, still 2 July west of Paris.
const NOW = '2027-07-02T22:30:00Z';

interface Seen {
  dates: string[];
  today: string;
  results: unknown[];
  errors: (string | null)[];
  timeOfLocalMidnight: string;
}

let seen: Record<string, Seen>;

beforeAll(() => {
  const out = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['test/functions/zoneRunner.ts', JSON.stringify(ZONES), NOW],
    { cwd: ROOT, env: { ...process.env, TZ: 'Europe/Paris' }, encoding: 'utf8', timeout: 60_000 },
  );
  seen = JSON.parse(out) as Record<string, Seen>;
});

test('the script ran on the Paris clock, and the spreadsheets disagree on what day it is', () => {
  for (const zone of ZONES) expect(seen[zone]?.timeOfLocalMidnight).toMatch(/GMT\+0100/);
  expect(ZONES.map((z) => seen[z]?.today)).toEqual([
    '2027-07-03',
    '2027-07-03',
    '2027-07-03',
    '2027-07-02',
    '2027-07-02',
    '2027-07-02',
  ]);
});

describe.each(ZONES)('a spreadsheet in %s', (zone) => {
  test('a date cell is the day it shows: as_of = start is "no time elapsed", not a pace', () => {
    const s = seen[zone];
    expect(s?.dates).toEqual(['1/1/2027', '12/31/2027', '7/2/2027']);
    expect(s?.results[0]).toBe('#ERROR!');
    expect(s?.errors[0]).toBe(
      'as_of is the start day (2027-01-01): no time has elapsed, so there is no pace yet',
    );
  });

  test('dates as cells and as text agree: 2 July is exactly halfway through 2027', () => {
    expect(seen[zone]?.results[1]).toBeCloseTo(1, 12);
  });

  test('as_of left blank is the day TODAY() shows in the spreadsheet', () => {
    const s = seen[zone] as Seen;
    const elapsed = (Date.parse(`${s.today}T00:00:00Z`) - Date.parse('2027-01-01T00:00:00Z')) / 86_400_000;
    expect(s.results[2]).toBeCloseTo(0.5 / (elapsed / 364), 12);
    expect(s.results[3]).toBe(s.results[2]);
  });

  test('SMART_CHECK and KPI_FORECAST take date cells without an error', () => {
    const s = seen[zone] as Seen;
    expect(s.errors.slice(4)).toEqual([null, null]);
    // The trend through (1 Jan, 10), (2 Jul, 191), (31 Dec, 375) read at 31 Dec, on calendar days.
    expect(s.results[5]).toBeCloseTo(374.5, 9);
  });
});
