import { buildConformance } from './lib/buildConformance';

buildConformance()
  .then(({ files, entryPoints }) => {
    for (const [name, bytes] of Object.entries(files))
      console.log(`dist-conformance/${name.padEnd(22)} ${bytes} bytes`);
    console.log(`entry points: ${entryPoints.join(', ')}`);
    console.log('Next: docs/VERIFY-IN-SHEETS.md');
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
