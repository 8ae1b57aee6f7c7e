// What the product promises to Sheets. Adding an entry point means adding it here on purpose; losing one
// (or its JSDoc) fails the bundle tests.

/** Triggers, menu targets and sidebar functions: global, with these exact parameters. */
export const EXPECTED_FUNCTIONS: Record<string, readonly string[]> = {
  onOpen: ['e'],
  onInstall: ['e'],
  showSidebar: [],
  getSidebarContext: [],
  loadDraft: [],
  saveDraft: ['draft'],
  clearDraft: [],
  showSheet: ['name'],
  checkPlan: ['plan'],
  getKpiLibrary: [],
  listStarters: ['lang'],
  getStarterPlan: ['id', 'lang'],
  importTemplateFile: ['text', 'lang'],
  exportTemplateFile: ['plan', 'meta', 'lang'],
  buildWorkbook: ['plan'],
  rebuildFromWorkbook: [],
  insertKpiLibrarySheet: [],
  loadPlanFromWorkbook: [],
  previewDataImport: ['text'],
  applyDataImport: ['text', 'mapping'],
  getDataImportPanel: [],
  appendDataImportChunk: ['uploadId', 'index', 'chunk'],
  previewSheetImport: ['sheetName'],
  applySheetImport: ['sheetName', 'mapping'],
};

/** Custom functions: global, with these exact parameters, each with a full @customfunction JSDoc. */
export const EXPECTED_CUSTOM_FUNCTIONS: Record<string, readonly string[]> = {
  KPI_VARIANCE: ['actual', 'target', 'direction', 'output', 'band'],
  SMART_CHECK: ['objective', 'deadline', 'baseline', 'target', 'format'],
  KPI_PACE: ['actual', 'baseline', 'target', 'start', 'deadline', 'as_of', 'aggregation', 'milestones'],
  KPI_FORECAST: ['values', 'dates', 'deadline'],
  KPI_TRAJECTORY: ['baseline', 'target', 'start', 'deadline', 'as_of', 'aggregation', 'milestones'],
  KPI_NEEDED: ['actual', 'target', 'periods_left', 'direction', 'aggregation'],
};
