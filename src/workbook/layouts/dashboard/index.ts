export { dashboardLayout, DASHBOARD } from './layout';
export { trajectoryFormula, type TrajectoryRefs } from './trajectory';
