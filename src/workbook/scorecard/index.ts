export { scorecardLayout, ATTAINMENT_CAP } from './layout';
export { scorecardGrid, type ScorecardGrid, type RollupRow, KPI_COLUMNS, HELPER_COLUMNS } from './grid';
export { STATUS_LABELS } from './labels';
