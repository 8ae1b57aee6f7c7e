/**
 * Row banding (alternating colours): Range.applyRowBanding, Sheet/Range.getBandings and the Banding
 * object's row colours. Every theme uses LIGHT_GREY's colours (an assumption: the other themes'
 * colours are not verified); set*RowColor overrides them.
 */
import type { EmulatorContext } from './context';
import { errors } from './errors';
import type { BandingData, GridArea, SheetModel } from './model/sheetModel';
import { normalizeColorInput } from './colorInput';

const LIGHT_GREY = { header: '#bdbdbd', first: '#ffffff', second: '#f3f3f3', footer: '#dedede' };

function overlaps(a: GridArea, b: GridArea): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function applyRowBanding(
  ctx: EmulatorContext,
  sheet: SheetModel,
  area: GridArea,
  theme: unknown,
  showHeader = true,
  showFooter = false,
): GoogleAppsScript.Spreadsheet.Banding {
  if (sheet.bandings.some((b) => overlaps(b.range, area))) {
    throw errors.invalidArgument('range (it already has alternating colours; remove its banding first)');
  }
  const data: BandingData = {
    range: { ...area },
    theme: theme === undefined ? 'LIGHT_GREY' : String(theme),
    header: showHeader ? LIGHT_GREY.header : null,
    first: LIGHT_GREY.first,
    second: LIGHT_GREY.second,
    footer: showFooter ? LIGHT_GREY.footer : null,
  };
  sheet.bandings.push(data);
  return bandingObject(ctx, sheet, data);
}

export function bandingObject(
  ctx: EmulatorContext,
  sheet: SheetModel,
  data: BandingData,
): GoogleAppsScript.Spreadsheet.Banding {
  const color = (key: 'header' | 'first' | 'second' | 'footer') => (c: string | null) => {
    const value = normalizeColorInput(c, key) ?? null;
    if (key === 'first' || key === 'second') data[key] = value ?? LIGHT_GREY[key];
    else data[key] = value;
    return self;
  };
  const self: GoogleAppsScript.Spreadsheet.Banding = ctx.wrap(
    {
      getRange: () =>
        ctx.range(sheet, data.range.row, data.range.column, data.range.numRows, data.range.numColumns),
      remove: () => {
        const i = sheet.bandings.indexOf(data);
        if (i >= 0) sheet.bandings.splice(i, 1);
      },
      getHeaderRowColor: () => data.header,
      getFirstRowColor: () => data.first,
      getSecondRowColor: () => data.second,
      getFooterRowColor: () => data.footer,
      setHeaderRowColor: color('header'),
      setFirstRowColor: color('first'),
      setSecondRowColor: color('second'),
      setFooterRowColor: color('footer'),
    },
    'Banding',
  );
  return self;
}

/** The banding colour a cell shows when it has no background of its own, or undefined. */
export function bandingColor(sheet: SheetModel, row: number, col: number): string | undefined {
  for (const b of sheet.bandings) {
    const r = b.range;
    if (row < r.row || row >= r.row + r.numRows || col < r.column || col >= r.column + r.numColumns) continue;
    if (b.header !== null && row === r.row) return b.header;
    if (b.footer !== null && row === r.row + r.numRows - 1) return b.footer;
    const index = row - r.row - (b.header !== null ? 1 : 0);
    return index % 2 === 0 ? b.first : b.second;
  }
  return undefined;
}
