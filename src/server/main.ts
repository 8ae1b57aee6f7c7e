// The one source of the add-on's entry points. Every function exported from the files below becomes a
// top-level `function NAME(...)` in dist/Code.js (see scripts/lib/entrypoints.ts): triggers and menu
// targets, custom functions (with their JSDoc, for autocomplete), and the functions the sidebar calls.
export * from './buildWorkbook';
export * from './customFunctions';
export * from './sidebarApi';
export * from './triggers';
export * from './dataImport/entryPoints';
