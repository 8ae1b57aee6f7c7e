// `npm start`: for now it builds the add-on and says what it produced. The offline playground (a
// spreadsheet window with the real sidebar, running against the emulator) is tracked as its own issue.
import { build } from './lib/build';

build()
  .then(({ files, entryPoints }) => {
    console.log('KPI Kit built the add-on into dist/:');
    for (const [name, bytes] of Object.entries(files))
      console.log(`  dist/${name.padEnd(16)} ${bytes} bytes`);
    console.log(`  entry points: ${entryPoints.join(', ')}`);
    console.log('');
    console.log('Try it in Google Sheets: `npm run deploy` (see README, "Deploy with clasp").');
    console.log('Coming next: an offline playground served on 127.0.0.1 by this same command.');
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
