// The custom functions, one file each; every function exported from these files becomes a global in
// dist/Code.js with its JSDoc (scripts/lib/entrypoints.ts), so those files export nothing else.
export * from './customFunctions/kpiVariance';
export * from './customFunctions/smartCheck';
export * from './customFunctions/kpiPace';
export * from './customFunctions/kpiForecast';
export * from './customFunctions/kpiTrajectory';
export * from './customFunctions/kpiNeeded';
