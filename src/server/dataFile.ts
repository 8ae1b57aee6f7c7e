// dist/Code.js's reader for the data files the build writes beside it (scripts/lib/dataFiles.ts): data that
// Sheets would otherwise load with the script on every custom function call lives in HTML files Apps
// Script never executes. The build swaps each data module for a stand-in that calls readDataFile.

const cache = new Map<string, unknown>();

/**
 * The JSON held by the project file `<name>.html`, read on first use and kept for the execution (one
 * service call however many cells ask). getRawContent() returns the file unprocessed; the build wrote it
 * from the data module, so it is trusted.
 */
export function readDataFile(name: string): unknown {
  if (cache.has(name)) return cache.get(name);
  let raw: string;
  try {
    raw = HtmlService.createTemplateFromFile(name).getRawContent();
  } catch (error) {
    throw new Error(
      `The data file ${name}.html could not be read (${String(error instanceof Error ? error.message : error)}): ` +
        'push every file of dist/ with `npm run deploy` (build, then clasp push), not Code.js alone.',
      { cause: error },
    );
  }
  const data: unknown = JSON.parse(raw);
  cache.set(name, data);
  return data;
}
