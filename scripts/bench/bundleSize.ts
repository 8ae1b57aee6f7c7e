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
  ];
}
