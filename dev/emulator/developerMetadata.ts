/**
 * Developer metadata on the spreadsheet, on sheets (the builder marks the sheets it created) and on
 * whole rows or columns (which move with them: ./model/sheetModel.ts), and a small
 * DeveloperMetadataFinder (withKey, withValue, withLocationType, withVisibility, withId).
 */
import type { EmulatorContext } from './context';
import type { DeveloperMetadataData, SheetModel } from './model/sheetModel';

type Owner = { sheet: SheetModel | null; list: DeveloperMetadataData[] };

export function addMetadata(
  ctx: EmulatorContext,
  owner: Owner,
  args: unknown[],
  place?: DeveloperMetadataData['place'],
): void {
  const [key, second, third] = args;
  const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';
  let value: string | null = null;
  let visibility = 'DOCUMENT';
  if (args.length === 2 && isVisibility(second)) visibility = String(second);
  else if (args.length >= 2) value = second === null || second === undefined ? null : String(second);
  if (args.length === 3) visibility = String(third);
  if (typeof key !== 'string' || key === '')
    throw new Error('addDeveloperMetadata(key): the key must be a non-empty string.');
  owner.list.push({ id: ctx.workbook.newObjectId(), key, value, visibility, ...(place ? { place } : {}) });
}

export function metadataObject(
  ctx: EmulatorContext,
  owner: Owner,
  data: DeveloperMetadataData,
): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
  const location = ctx.wrap(
    {
      getLocationType: () => locationType(owner, data),
      getSheet: () => (owner.sheet && !data.place ? ctx.sheet(owner.sheet) : null),
      getSpreadsheet: () => (owner.sheet ? null : ctx.spreadsheet()),
      getRow: () => {
        const { sheet } = owner;
        if (!sheet || data.place?.dimension !== 'ROW') return null;
        return ctx.range(sheet, data.place.start, 1, data.place.count, sheet.maxColumns);
      },
      getColumn: () => {
        const { sheet } = owner;
        if (!sheet || data.place?.dimension !== 'COLUMN') return null;
        return ctx.range(sheet, 1, data.place.start, sheet.maxRows, data.place.count);
      },
    },
    'DeveloperMetadataLocation',
  );
  const self: GoogleAppsScript.Spreadsheet.DeveloperMetadata = ctx.wrap(
    {
      getId: () => data.id,
      getKey: () => data.key,
      getValue: () => data.value,
      getVisibility: () => data.visibility,
      getLocation: () => location,
      setKey: (k: string) => ((data.key = k), self),
      setValue: (v: string) => ((data.value = v), self),
      setVisibility: (v: unknown) => ((data.visibility = String(v)), self),
      remove: () => {
        const i = owner.list.indexOf(data);
        if (i >= 0) owner.list.splice(i, 1);
      },
    },
    'DeveloperMetadata',
  );
  return self;
}

function locationType(owner: Owner, data: DeveloperMetadataData): string {
  return data.place?.dimension ?? (owner.sheet ? 'SHEET' : 'SPREADSHEET');
}

export function allMetadata(ctx: EmulatorContext): Array<{ owner: Owner; data: DeveloperMetadataData }> {
  const out: Array<{ owner: Owner; data: DeveloperMetadataData }> = [];
  const book: Owner = { sheet: null, list: ctx.workbook.developerMetadata };
  for (const data of book.list) out.push({ owner: book, data });
  for (const sheet of ctx.workbook.sheets) {
    const owner: Owner = { sheet, list: sheet.developerMetadata };
    for (const data of sheet.developerMetadata) out.push({ owner, data });
  }
  return out;
}

export function makeFinder(
  ctx: EmulatorContext,
  scope: SheetModel | null,
): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
  const filters: Array<(e: { owner: Owner; data: DeveloperMetadataData }) => boolean> = [];
  const add = (f: (e: { owner: Owner; data: DeveloperMetadataData }) => boolean) => (filters.push(f), self);
  const self: GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder = ctx.wrap(
    {
      withKey: (k: string) => add((e) => e.data.key === k),
      withValue: (v: string) => add((e) => e.data.value === v),
      withId: (id: number) => add((e) => e.data.id === id),
      withVisibility: (v: unknown) => add((e) => e.data.visibility === String(v)),
      withLocationType: (t: unknown) => add((e) => locationType(e.owner, e.data) === String(t)),
      find: () =>
        allMetadata(ctx)
          .filter((e) => scope === null || e.owner.sheet === scope)
          .filter((e) => filters.every((f) => f(e)))
          .map((e) => metadataObject(ctx, e.owner, e.data)),
    },
    'DeveloperMetadataFinder',
  );
  return self;
}
