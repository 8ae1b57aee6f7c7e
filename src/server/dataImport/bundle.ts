// What dist/DataImport.html holds: the import in one call (./module.ts) and in parts (./staged.ts, which
// builds on module.ts). One entry beside both, so neither imports the other back.
export * from './module';
export { commitDataImport, listImportSheets, stageDataImport, type StageResult } from './staged';
