// The rows and columns a build hides (ids at the right of Objectives, the period keys of Tracking, the
// Scorecard's helper columns). The emulator does not record hidden rows and columns, so they are read
// from the same pure layouts the build used, for the plan the Objectives sheet states, and matched to
// the sheets by the role KPI Kit marks them with (`kpikit.role`), whatever their names.
import type { WorkbookSnapshot } from '../emulator/snapshot';
import { parsePlan } from '../../src/core/plan';
import { renderWorkbook } from '../../src/workbook/build';
import { scorecardLayout } from '../../src/workbook/scorecard';
import type { SheetHints } from '../xlsx/writeXlsx';

/** By sheet name; {} when the workbook holds no readable plan. */
export function layoutHints(snapshot: WorkbookSnapshot, plan: unknown): Record<string, SheetHints> {
  const parsed = parsePlan(plan);
  if (!parsed.ok) return {};
  const { workbook } = renderWorkbook(parsed.plan, [], undefined, (ctx) => scorecardLayout(ctx.plan, ctx));
  const byRole = new Map(workbook.sheets.map((s) => [s.role as string, s]));
  const hints: Record<string, SheetHints> = {};
  for (const sheet of snapshot.sheets) {
    const role = sheet.developerMetadata
      .map((d) => d as { key?: string; value?: string })
      .find((d) => d.key === 'kpikit.role')?.value;
    const spec = role ? byRole.get(role) : undefined;
    if (spec)
      hints[sheet.name] = { hiddenColumns: spec.hiddenColumns ?? [], hiddenRows: spec.hiddenRows ?? [] };
  }
  return hints;
}
