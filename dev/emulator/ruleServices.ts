/** How rule builders turn Ranges into areas and back. */
import type { RuleServices } from './builders/conditionalFormatRule';
import type { RuleRange } from './model/sheetModel';
import type { EmulatorContext } from './context';
import { RangeImpl } from './range';

export function ruleServices(ctx: EmulatorContext): RuleServices {
  return {
    wrap: ctx.wrap,
    resolveRange: (range: unknown): RuleRange => {
      const impl = RangeImpl._raw(range);
      return { sheet: impl._sheet, ...impl._area };
    },
    makeRange: (area: RuleRange) =>
      ctx.range(area.sheet, area.row, area.column, area.numRows, area.numColumns),
  };
}
