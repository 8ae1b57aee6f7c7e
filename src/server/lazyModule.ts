import { readDataFile } from './dataFile';

// Server code that custom functions never need (the workbook builder, the data import) stays out of
// dist/Code.js, which Sheets loads whole for every custom function call: the build bundles each such
// module on its own and writes it, as a JSON string, to dist/<file>.html (a project file Apps Script
// never executes). The first call that needs it reads it (one service call) and evaluates it in the
// script's global scope, where the services are.

/** A loader for the module the build wrote to dist/<file>.html as an IIFE assigned to `globalName`. */
export function lazyModule<T>(file: string, globalName: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const code = readDataFile(file) as string;
      // The text is this build's own bundle (scripts/lib/build.ts), never user input.
      loaded = new Function(`${code}\nreturn ${globalName};`)() as T;
    }
    return loaded;
  };
}
