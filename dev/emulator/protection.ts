/** Sheet and range protections: recorded with their description and warning-only flag. */
import type { EmulatorContext } from './context';
import type { GridArea, ProtectionData, SheetModel } from './model/sheetModel';
import { rangeImpl } from './range/rangeBase';

export function makeProtection(
  ctx: EmulatorContext,
  sheet: SheetModel,
  type: 'SHEET' | 'RANGE',
  area?: GridArea,
  existing?: ProtectionData,
): GoogleAppsScript.Spreadsheet.Protection {
  const data: ProtectionData = existing ?? {
    id: ctx.workbook.newObjectId(),
    type,
    ...(area ? { range: { ...area } } : {}),
    description: '',
    warningOnly: false,
    editors: ['owner@example.com'],
  };
  if (!existing) sheet.protections.push(data);
  const impl = {
    _data: data,
    getProtectionType: () => data.type,
    getDescription: () => data.description,
    setDescription: (d: string) => ((data.description = String(d)), self),
    isWarningOnly: () => data.warningOnly,
    setWarningOnly: (w: boolean) => ((data.warningOnly = Boolean(w)), self),
    getRange: () =>
      data.range
        ? ctx.range(sheet, data.range.row, data.range.column, data.range.numRows, data.range.numColumns)
        : ctx.range(sheet, 1, 1, sheet.maxRows, sheet.maxColumns),
    getEditors: () => data.editors.map((email) => ctx.wrap({ getEmail: () => email }, 'User')),
    addEditor: (e: unknown) => (addEditors(data, [e]), self),
    addEditors: (es: unknown[]) => (addEditors(data, es), self),
    removeEditor: (e: unknown) => (removeEditors(data, [e]), self),
    removeEditors: (es: unknown[]) => (removeEditors(data, es), self),
    setUnprotectedRanges: (ranges: unknown[]) => {
      data.unprotected = ranges.map((r) => {
        const impl = rangeImpl(r);
        return { ...impl._area };
      });
      return self;
    },
    getUnprotectedRanges: () =>
      (data.unprotected ?? []).map((a) => ctx.range(sheet, a.row, a.column, a.numRows, a.numColumns)),
    canEdit: () => true,
    canDomainEdit: () => false,
    setDomainEdit: () => self,
    remove: () => {
      const i = sheet.protections.indexOf(data);
      if (i >= 0) sheet.protections.splice(i, 1);
    },
  };
  const self: GoogleAppsScript.Spreadsheet.Protection = ctx.wrap(impl, 'Protection');
  return self;
}

function email(user: unknown): string {
  if (typeof user === 'string') return user;
  return String((user as { getEmail(): string }).getEmail());
}

function addEditors(data: ProtectionData, users: unknown[]): void {
  for (const u of users) if (!data.editors.includes(email(u))) data.editors.push(email(u));
}

function removeEditors(data: ProtectionData, users: unknown[]): void {
  const out = new Set(users.map(email));
  data.editors = data.editors.filter((e) => !out.has(e));
}
