import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './figure';

const dist = join(__dirname, '..', '..', 'dist');

export function bundleSizeFigures(): Figure[] {
  return [
    {
      name: 'dist/Code.js size',
      value: statSync(join(dist, 'Code.js')).size,
      unit: 'bytes',
      budget: 200_000,
    },
    {
      name: 'dist/Sidebar.html size',
      value: statSync(join(dist, 'Sidebar.html')).size,
      unit: 'bytes',
      budget: 150_000,
    },
    {
      // Read only when a feature needs the library (SMART_CHECK's Relevant criterion, the builder), once
      // per execution; the budget leaves room for the library to grow by half.
      name: 'dist/KpiLibrary.html size',
      value: statSync(join(dist, 'KpiLibrary.html')).size,
      unit: 'bytes',
      budget: 120_000,
    },
    {
      // Read only by the wizard's Start step (listStarters, getStarterPlan), once per execution.
      name: 'dist/Starters.html size',
      value: statSync(join(dist, 'Starters.html')).size,
      unit: 'bytes',
      budget: 60_000,
    },
    {
      // Read and evaluated only by the data import's entry points, once per execution.
      name: 'dist/DataImport.html size',
      value: statSync(join(dist, 'DataImport.html')).size,
      unit: 'bytes',
      budget: 150_000,
    },
    {
      // Read and evaluated only by the builder's entry points (build, rebuild, library sheet, load
      // plan), once per execution.
      name: 'dist/Workbook.html size',
      value: statSync(join(dist, 'Workbook.html')).size,
      unit: 'bytes',
      budget: 200_000,
    },
    {
      // Fetched by the sidebar only when the user opens the import panel.
      name: 'dist/DataImportPanel.html size',
      value: statSync(join(dist, 'DataImportPanel.html')).size,
      unit: 'bytes',
      budget: 40_000,
    },
  ];
}
