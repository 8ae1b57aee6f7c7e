import type { Lang } from '../core/i18n';
import { SHEET_NAMES } from './labels';
import type { SheetNames } from './layoutContext';
import type { SheetRole } from './spec';

/** What the name picker needs to know about a sheet already in the spreadsheet. */
export interface SheetSeen {
  readonly name: string;
  readonly role?: SheetRole;
}

export interface NameChoice {
  readonly name: string;
  /** True when the default name was taken by a sheet KPI Kit did not create. */
  readonly besideForeign: boolean;
}

const lower = (s: string) => s.toLocaleLowerCase();

/**
 * The name for a role: the sheet KPI Kit already made for it (whatever the user renamed it to), else the
 * default name in the plan's language, else "Name (2)", "Name (3)"... beside a sheet that is not ours.
 * Sheets compares names without case, so do we.
 */
export function chooseSheetName(
  role: SheetRole,
  lang: Lang,
  seen: readonly SheetSeen[],
  taken: Set<string>,
): NameChoice {
  const ours = seen.find((s) => s.role === role && !taken.has(lower(s.name)));
  if (ours) {
    taken.add(lower(ours.name));
    return { name: ours.name, besideForeign: false };
  }
  const base = SHEET_NAMES[role][lang];
  const used = new Set([...seen.map((s) => lower(s.name)), ...taken]);
  let name = base;
  for (let n = 2; used.has(lower(name)); n += 1) name = `${base} (${n})`;
  taken.add(lower(name));
  return { name, besideForeign: name !== base };
}

export function chooseSheetNames(
  roles: readonly SheetRole[],
  lang: Lang,
  seen: readonly SheetSeen[],
): { names: SheetNames; beside: (keyof SheetNames)[] } {
  const taken = new Set<string>();
  const names: Partial<Record<keyof SheetNames, string>> = {};
  const beside: (keyof SheetNames)[] = [];
  // Data sheets are named by the import, one per source (src/workbook/dataImport/dataSheet.ts).
  for (const role of ['objectives', 'tracking', 'scorecard', 'dashboard', 'library', 'archive'] as const) {
    const choice = roles.includes(role)
      ? chooseSheetName(role, lang, seen, taken)
      : { name: SHEET_NAMES[role][lang], besideForeign: false };
    names[role] = choice.name;
    if (choice.besideForeign) beside.push(role);
  }
  return { names: names as SheetNames, beside };
}
