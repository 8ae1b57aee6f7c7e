import { join } from 'node:path';
import type * as esbuild from 'esbuild';

/**
 * A data module that dist/Code.js reads from a project file instead of bundling: the module exports one
 * function returning its data (the lazy seam, e.g. kpiDefinitions()); the build writes the data to
 * dist/<name>.html and, in Code.js only, replaces the module with a stand-in exporting the same function,
 * which reads that file through src/server/dataFile.ts.
 */
export interface DataFile {
  /** The project file's name, without `.html`. */
  readonly name: string;
  /** The data module's absolute path (with its extension). */
  readonly module: string;
  /** The module's export that returns the data. */
  readonly exportName: string;
  /** The data, read from the module at build time. */
  readonly data: () => unknown;
  /** What is wrong with the data, one line per problem; any problem fails the build. */
  readonly problems?: (data: unknown) => string[];
}

/**
 * The file's text: the data as JSON with `<` written \u003c, so the file holds no tag and no `<?`
 * scriptlet, whatever the data says (JSON.parse reads it back unchanged).
 */
export function renderDataFile(file: Pick<DataFile, 'name' | 'problems'>, data: unknown): string {
  const problems = file.problems?.(data) ?? [];
  if (problems.length > 0)
    throw new Error(`The data for ${file.name}.html does not match its schema:\n- ${problems.join('\n- ')}`);
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const NAMESPACE = 'kpi-kit-data-file';

/** For dist/Code.js: every import of a data module resolves to a stand-in that reads its file. */
export function dataFilesPlugin(files: readonly DataFile[], reader: string): esbuild.Plugin {
  const byModule = new Map(files.map((f) => [f.module.replace(/\.tsx?$/, ''), f]));
  return {
    name: 'data-files',
    setup(on) {
      on.onResolve({ filter: /^\./ }, (args) => {
        const file = byModule.get(join(args.resolveDir, args.path).replace(/\.tsx?$/, ''));
        return file ? { path: file.name, namespace: NAMESPACE } : undefined;
      });
      on.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const file = files.find((f) => f.name === args.path);
        if (!file) return undefined;
        return {
          contents:
            `import { readDataFile } from ${JSON.stringify(reader)};\n` +
            `export function ${file.exportName}() { return readDataFile(${JSON.stringify(file.name)}); }\n`,
          loader: 'ts',
          resolveDir: join(reader, '..'),
        };
      });
    },
  };
}
