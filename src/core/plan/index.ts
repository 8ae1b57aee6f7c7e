export { parsePlan, type ParsePlanResult } from './parse';
export { formatProblem, type PlanProblem } from './problems';
export { trackingPeriods, type TrackingPeriod } from './periods';
export * from './schema';
