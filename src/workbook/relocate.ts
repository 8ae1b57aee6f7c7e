import { shiftReferences } from '../core/formula/shiftReferences';
import type { CellBlock, CellSpec, ConditionalFormatSpec, SheetSpec, WorkbookPlan } from './spec';

// Moves one sheet's rendering down and right, and every reference to it with it, as Sheets moves cells
// and references when a user inserts rows above them. A rebuild uses it to keep a grid where the user
// pushed it: a title row typed above Tracking stays above it. Layouts keep computing from A1; this is
// applied once to the finished WorkbookPlan. Formulas a user typed (`typed: true`) are left alone: the
// layout already placed them where they belong.

/** An A1 range on the moved sheet (E4:P9, A:A, 2:2), moved. */
function moveA1(a1: string, dRows: number, dCols: number): string {
  return shiftReferences(`=${a1}`, dRows, dCols, { absolute: true }).slice(1);
}

function moveCell(cell: CellSpec, onSheet: string, target: string, dRows: number, dCols: number): CellSpec {
  let next = cell;
  const v = cell.value;
  if (typeof v === 'object' && v !== null && 'formula' in v && !v.typed) {
    const formula = shiftReferences(v.formula, dRows, dCols, {
      absolute: true,
      sheet: { current: onSheet, target },
    });
    if (formula !== v.formula) next = { ...next, value: { formula } };
  }
  const validation = cell.validation;
  if (validation?.kind === 'rangeList' && validation.sheet.toLowerCase() === target.toLowerCase())
    next = { ...next, validation: { ...validation, a1: moveA1(validation.a1, dRows, dCols) } };
  return next;
}

function moveRule(rule: ConditionalFormatSpec, sheet: string, dRows: number, dCols: number) {
  const ranges = rule.ranges.map((r) => moveA1(r, dRows, dCols));
  if (rule.kind !== 'formula') return { ...rule, ranges };
  // A custom-formula rule is written for the top-left cell of its first range, on its own sheet.
  const formula = shiftReferences(rule.formula, dRows, dCols, {
    absolute: true,
    sheet: { current: sheet, target: sheet },
  });
  return { ...rule, ranges, formula };
}

/** `plan` with the sheet named `target` moved by (dRows, dCols) and every reference to it following. */
export function relocateSheet(
  plan: WorkbookPlan,
  target: string,
  dRows: number,
  dCols: number,
): WorkbookPlan {
  if (dRows === 0 && dCols === 0) return plan;
  const sheets = plan.sheets.map((spec): SheetSpec => {
    const moveBlocks = (blocks: readonly CellBlock[]) =>
      blocks.map((b) => ({
        ...b,
        cells: b.cells.map((line) => line.map((c) => moveCell(c, spec.name, target, dRows, dCols))),
      }));
    if (spec.name !== target) return { ...spec, blocks: moveBlocks(spec.blocks) };
    return {
      ...spec,
      origin: { row: (spec.origin?.row ?? 1) + dRows, column: (spec.origin?.column ?? 1) + dCols },
      blocks: moveBlocks(spec.blocks).map((b) => ({ ...b, row: b.row + dRows, column: b.column + dCols })),
      ...(spec.hiddenRows ? { hiddenRows: spec.hiddenRows.map((r) => r + dRows) } : {}),
      ...(spec.hiddenColumns ? { hiddenColumns: spec.hiddenColumns.map((c) => c + dCols) } : {}),
      ...(spec.columnWidths
        ? { columnWidths: spec.columnWidths.map((w) => ({ ...w, column: w.column + dCols })) }
        : {}),
      ...(spec.frozenRows ? { frozenRows: spec.frozenRows + dRows } : {}),
      ...(spec.frozenColumns ? { frozenColumns: spec.frozenColumns + dCols } : {}),
      ...(spec.conditionalFormats
        ? { conditionalFormats: spec.conditionalFormats.map((r) => moveRule(r, spec.name, dRows, dCols)) }
        : {}),
      ...(spec.protection
        ? {
            protection: {
              ...spec.protection,
              ...(spec.protection.unprotected
                ? { unprotected: spec.protection.unprotected.map((a) => moveA1(a, dRows, dCols)) }
                : {}),
            },
          }
        : {}),
      ...(spec.namedRanges
        ? { namedRanges: spec.namedRanges.map((n) => ({ ...n, a1: moveA1(n.a1, dRows, dCols) })) }
        : {}),
      ...(spec.userChoices
        ? {
            userChoices: spec.userChoices.map((c) => ({
              ...c,
              row: c.row + dRows,
              column: c.column + dCols,
            })),
          }
        : {}),
    };
  });
  return { ...plan, sheets };
}
