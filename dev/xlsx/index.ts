// What scripts/ may use of the .xlsx writer (`npm run export`; ESLint keeps scripts/ out of dev/'s
// other files).
export { describeSource, EXIT, type ExportOutcome, type ExportSource, exportPlan } from './exportPlan';
