import type { Page } from 'playwright-core';
import type { SheetView } from '../../dev/emulator/view/sheetView';

// The playground's grid is drawn after two round trips (activate, then the sheet's cells), and every
// redraw puts the selected cell's content back in the formula bar. A test that clicks a cell or types
// before the new sheet is drawn can click the previous sheet's grid or lose what it typed, so it waits
// for the new grid first, by a cell only the new sheet shows.

/** The cell texts the grid on screen shows, by A1. */
function shownTexts(page: Page): Promise<Record<string, string>> {
  return page.$$eval('#grid td[data-a1]', (tds) =>
    Object.fromEntries(tds.map((td) => [(td as HTMLElement).dataset.a1 ?? '', td.textContent ?? ''])),
  );
}

/**
 * A visible cell of `view` with text that the grid on screen does not show at that place; for an empty
 * sheet, any cell: the grid is then drawn when it shows no text at all.
 */
function telltale(view: SheetView, shown: Record<string, string>): { a1: string; text: string } | 'empty' {
  const hiddenRows = new Set(view.hiddenRows);
  const hiddenColumns = new Set(view.hiddenColumns);
  for (const row of view.rows)
    for (const cell of row) {
      const [, letters = '', digits = ''] = /^([A-Z]+)(\d+)$/.exec(cell.a1) ?? [];
      const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      if (hiddenRows.has(Number(digits)) || hiddenColumns.has(column)) continue;
      if (cell.display !== '' && shown[cell.a1] !== cell.display) return { a1: cell.a1, text: cell.display };
    }
  const empty = view.rows.every((row) => row.every((cell) => cell.display === ''));
  if (empty && Object.values(shown).some((text) => text !== '')) return 'empty';
  throw new Error(`Sheet "${view.name}" shows nothing that tells it apart from the grid on screen.`);
}

/**
 * Clicks the tab of `view`'s sheet and waits until the grid shows that sheet (its tab selected and a
 * cell only that sheet shows drawn). `view` is the emulator's view of the sheet, read by the caller.
 */
export async function openSheet(page: Page, view: SheetView): Promise<void> {
  const mark = telltale(view, await shownTexts(page));
  await page.getByRole('tab', { name: view.name, exact: true }).click();
  await page.getByRole('tab', { name: view.name, exact: true, selected: true }).waitFor();
  if (mark === 'empty')
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('#grid td[data-a1]')).every((td) => td.textContent === ''),
    );
  else
    await page.waitForFunction(
      ([a1, text]) => document.querySelector(`#grid td[data-a1="${a1}"]`)?.textContent === text,
      [mark.a1, mark.text] as const,
    );
}
