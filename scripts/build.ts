import { build } from './lib/build';

build()
  .then(({ files, entryPoints }) => {
    for (const [name, bytes] of Object.entries(files)) console.log(`dist/${name.padEnd(16)} ${bytes} bytes`);
    console.log(`entry points: ${entryPoints.join(', ')}`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
