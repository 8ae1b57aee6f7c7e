import { parsePlan } from '../../src/core/plan/parse';
import { formatProblem } from '../../src/core/plan/problems';
import { composeGrid } from '../../src/workbook/apply/cellBatches';
import { quoteSheetName as emulatorQuote } from '../../dev/emulator/a1';
import { cell, sheetNameForDisplay } from '../../src/workbook/a1';
import { OBJECTIVES_COLUMNS, type ObjectivesColumn, layoutContext } from '../../src/workbook/layoutContext';
import { objectivesLayout } from '../../src/workbook/layouts/objectives';
import { parseObjectivesGrid, readObjectivesGrid } from '../../src/workbook/read/readPlan';
import { generatedPlan } from '../core/plan/fixtures';

// A plan read back from the Objectives sheet is fixed in the sheet: every problem names its cell.

const names = {
  objectives: 'Objectifs',
  tracking: 'Suivi',
  scorecard: 'Tableau de bord',
  dashboard: 'Graphiques',
  library: 'Bibliothèque KPI',
  archive: 'Archive KPI Kit',
};
const FIRST_KPI_ROW = 9;
const col = (key: ObjectivesColumn) => OBJECTIVES_COLUMNS.indexOf(key) + 1;

/** The Objectives grid of a 3-KPI plan as getValues() returns it (no leading apostrophes). */
function builtGrid(): unknown[][] {
  const parsed = parsePlan(generatedPlan(3));
  if (!parsed.ok) throw new Error('fixture invalid');
  const values = composeGrid(objectivesLayout(layoutContext(parsed.plan, names))).values;
  return values.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}

function set(grid: unknown[][], row: number, column: number, value: unknown): void {
  (grid[row - 1] as unknown[])[column - 1] = value;
}

test('every field read from the sheet knows its cell', () => {
  const { cells } = readObjectivesGrid(builtGrid(), builtGrid());
  expect(cells.get('name')).toBe('B1');
  expect(cells.get('period.end')).toBe('C4');
  expect(cells.get('branding.accentColor')).toBe('F7');
  expect(cells.get('objectives[0].title')).toBe(cell(col('strategicTitle'), FIRST_KPI_ROW, 'relative'));
  expect(cells.get('objectives[0].operational[0].kpis[2].target')).toBe(
    cell(col('target'), FIRST_KPI_ROW + 2, 'relative'),
  );
  expect(cells.get('objectives[0].operational[0].kpis[1].id')).toBe(
    cell(col('kpiId'), FIRST_KPI_ROW + 1, 'relative'),
  );
});

test('problems name the cell, quoting a renamed sheet, and the nearest enclosing cell for a whole KPI', () => {
  const grid = builtGrid();
  set(grid, FIRST_KPI_ROW + 1, col('target'), 'beaucoup');
  set(grid, FIRST_KPI_ROW + 2, col('kpiId'), grid[FIRST_KPI_ROW - 1]?.[col('kpiId') - 1]); // duplicate id
  set(grid, 4, 3, '2026-01-01'); // period ends before it starts
  const read = parseObjectivesGrid(grid, grid, 'fr', 'Objectifs (2)');
  expect(read.ok).toBe(false);
  const problems = read.ok ? [] : read.problems;
  const cellFor = (path: RegExp) => problems.find((p) => path.test(p.path))?.cell;
  expect(cellFor(/kpis\[1\]\.target$/)).toBe(
    `'Objectifs (2)'!${cell(col('target'), FIRST_KPI_ROW + 1, 'relative')}`,
  );
  expect(cellFor(/^period/)).toMatch(/^'Objectifs \(2\)'!(B|C)4$/);
  expect(cellFor(/kpis\[2\]/)).toBe(`'Objectifs (2)'!${cell(col('kpiId'), FIRST_KPI_ROW + 2, 'relative')}`);
  for (const problem of problems) {
    expect(problem.cell).toBeDefined();
    expect(formatProblem(problem).startsWith(`${problem.cell}: `)).toBe(true);
  }
});

test('a plan read from a sheet with no problem is unchanged, and a plain sheet name is not quoted', () => {
  expect(parseObjectivesGrid(builtGrid(), builtGrid(), 'fr').ok).toBe(true);
  const grid = builtGrid();
  set(grid, FIRST_KPI_ROW, col('weight'), -1);
  const read = parseObjectivesGrid(grid, grid, 'en', 'Objectives');
  expect(read.ok ? [] : read.problems.map((p) => p.cell)).toEqual([
    `Objectives!${cell(col('weight'), FIRST_KPI_ROW, 'relative')}`,
  ]);
});

test.each([
  'Objectifs',
  'Données_2027',
  'Objectifs (2)',
  "Plan d'action",
  '2027',
  'KPI1',
  'ab12',
  'R1C1',
  'C3',
  'TRUE',
])(
  'a sheet named %j is written in a problem as Sheets writes it in a reference (the emulator’s rule)',
  (name) => {
    const grid = builtGrid();
    set(grid, FIRST_KPI_ROW, col('weight'), -1);
    const read = parseObjectivesGrid(grid, grid, 'en', name);
    const expected = `${emulatorQuote(name)}!${cell(col('weight'), FIRST_KPI_ROW, 'relative')}`;
    expect(read.ok ? [] : read.problems.map((p) => p.cell)).toEqual([expected]);
    expect(sheetNameForDisplay(name)).toBe(emulatorQuote(name));
  },
);
