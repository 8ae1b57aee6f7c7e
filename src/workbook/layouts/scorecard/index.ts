import type { LayoutContext } from '../../layoutContext';
import type { SheetSpec } from '../../spec';
import { scorecardLayout } from './layout';

export { scorecardLayout, ATTAINMENT_CAP, STATUS_TOLERANCE } from './layout';
export { scorecardGrid, type ScorecardGrid, type RollupRow, KPI_COLUMNS, HELPER_COLUMNS } from './positions';
export { STATUS_LABELS } from './labels';

/** The Scorecard in the shape build.ts takes for `BuildOptions.scorecard`. */
export function scorecardSheet(context: LayoutContext): SheetSpec {
  return scorecardLayout(context.plan, context);
}
