import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { kpiDefinitions } from '../../src/core/kpiLibrary/data';
import { kpiDefinitionSchema } from '../../src/core/kpiLibrary/schema';
import { starterDefinitions } from '../../src/core/templates/starters/data';
import { classicScriptProblems } from './bundleChecks';
import { type DataFile, dataFilesPlugin, renderDataFile } from './dataFiles';
import { entryPointProblems, readEntryPoints, renderWrappers } from './entrypoints';

/** The IIFE's global. The trailing underscore keeps it out of Sheets' function lists. */
export const GLOBAL_NAME = 'KpiKit_';

export interface BuildResult {
  readonly files: Record<string, number>;
  readonly entryPoints: readonly string[];
}

export const root = join(__dirname, '..', '..');

export function version(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Problems of KPI library entries against the schema, one line each, naming the entry. */
function kpiLibraryProblems(definitions: unknown): string[] {
  return (definitions as readonly unknown[]).flatMap((entry, index) => {
    const result = kpiDefinitionSchema.safeParse(entry);
    const id = (entry as { id?: unknown } | null)?.id;
    return result.success
      ? []
      : result.error.issues.map(
          (issue) => `entry ${index} (${String(id)}) ${issue.path.join('.') || '(root)'}: ${issue.message}`,
        );
  });
}

/**
 * The data dist/Code.js reads from project files instead of bundling (scripts/lib/dataFiles.ts): the KPI
 * library (~75 KB, needed by SMART_CHECK's Relevant criterion and the builder) and the starter plans
 * (~33 KB, needed by the wizard's Start step). The sidebar bundles what it imports of them itself.
 */
export const DATA_FILES: readonly DataFile[] = [
  {
    name: 'KpiLibrary',
    module: join(root, 'src', 'core', 'kpiLibrary', 'data.ts'),
    exportName: 'kpiDefinitions',
    data: kpiDefinitions,
    problems: kpiLibraryProblems,
  },
  {
    name: 'Starters',
    module: join(root, 'src', 'core', 'templates', 'starters', 'data.ts'),
    exportName: 'starterDefinitions',
    data: starterDefinitions,
  },
];

/** dist/KpiLibrary.html: the library as JSON, checked against the schema (a bad entry fails the build). */
export function renderKpiLibraryFile(definitions: readonly unknown[] = kpiDefinitions()): string {
  return renderDataFile(DATA_FILES[0] as DataFile, definitions);
}

/** What bundleAppsScript needs to turn one entry file into an Apps Script file. */
export interface AppsScriptBundle {
  /** The entry file: its exported functions (and those of its `export *` files) become globals. */
  readonly main: string;
  /** The IIFE's global; end it with `_` so Sheets does not list it. */
  readonly globalName: string;
  /** The file's first line, a comment. */
  readonly header: string;
  /** The output's name in error messages (`dist/Code.js`). */
  readonly fileName: string;
  readonly plugins?: esbuild.Plugin[];
}

/** How every bundle Apps Script runs is built: one IIFE assigned to `globalName`, ES2019, minified. */
function appsScriptBuildOptions(globalName: string) {
  return {
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Apps Script's V8 runs ES2019 reliably; newer syntax is lowered rather than gambled on.
    target: 'es2019',
    // Fully minified: Sheets loads the whole script for every custom function call, so bytes are load
    // time. Stack traces lose inner names, but every error we throw carries a message that names the
    // argument, the value and the fix, and the entry points keep their names.
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { __KPI_KIT_VERSION__: JSON.stringify(version()) },
  } as const satisfies esbuild.BuildOptions;
}

/**
 * An Apps Script file: the entry file bundled as one IIFE, then a global wrapper (with its JSDoc) per
 * entry point, checked as a classic script. dist/Code.js and the conformance suite's Code.js both come
 * from here, so they follow the same platform rules.
 */
export async function bundleAppsScript(
  options: AppsScriptBundle,
): Promise<{ code: string; entryPoints: string[] }> {
  const entries = readEntryPoints(options.main);
  const problems = entryPointProblems(entries);
  if (problems.length > 0)
    throw new Error(`Entry points are not ready for Apps Script:\n- ${problems.join('\n- ')}`);
  const bundle = await esbuild.build({
    ...appsScriptBuildOptions(options.globalName),
    entryPoints: [options.main],
    plugins: options.plugins ?? [],
  });
  const iife = bundle.outputFiles[0]?.text ?? '';
  const code = `${options.header}\n${iife}\n${renderWrappers(entries, options.globalName)}`;
  const bad = classicScriptProblems(code);
  if (bad.length > 0)
    throw new Error(`${options.fileName} would not load in Apps Script:\n- ${bad.join('\n- ')}`);
  return { code, entryPoints: entries.map((e) => e.name) };
}

/** dist/Code.js: the server bundle, its data modules replaced by readers of dist/<Name>.html. */
function buildCode(): Promise<{ code: string; entryPoints: string[] }> {
  return bundleAppsScript({
    main: join(root, 'src', 'server', 'main.ts'),
    globalName: GLOBAL_NAME,
    header: `// KPI Kit ${version()} - generated by scripts/build.ts; edit src/, not this file.`,
    fileName: 'dist/Code.js',
    plugins: [dataFilesPlugin(DATA_FILES, join(root, 'src', 'server', 'dataFile.ts'))],
  });
}

/**
 * A server module that custom functions never need, bundled on its own and stored as a JSON string in
 * dist/<fileName>: dist/Code.js evaluates it on its first call of an execution (src/server/lazyModule.ts),
 * so Code.js, which Sheets loads for every custom function call, does not carry it.
 */
async function buildLazyModule(options: {
  entry: string;
  globalName: string;
  fileName: string;
  alias?: Record<string, string>;
}): Promise<string> {
  const bundle = await esbuild.build({
    ...appsScriptBuildOptions(options.globalName),
    entryPoints: [options.entry],
    ...(options.alias ? { alias: options.alias } : {}),
    plugins: [dataFilesPlugin(DATA_FILES, join(root, 'src', 'server', 'dataFile.ts'))],
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  if (/\brequire\s*\(/.test(code))
    throw new Error(`dist/${options.fileName} would call require(), which Apps Script lacks`);
  return asProjectFileText(code);
}

/** dist/DataImport.html: the data import (Papa Parse, the vendors' vocabulary, the planner). */
function buildDataImport(): Promise<string> {
  return buildLazyModule({
    entry: join(root, 'src', 'server', 'dataImport', 'bundle.ts'),
    globalName: 'KpiKitDataImport_',
    fileName: 'DataImport.html',
    // Papa Parse requires Node's stream only to parse a Node stream, which Apps Script never has.
    alias: { stream: join(root, 'src', 'server', 'dataImport', 'noStream.ts') },
  });
}

/** dist/Workbook.html: the workbook builder (layouts, applier, readers of the built sheets). */
function buildWorkbookModule(): Promise<string> {
  return buildLazyModule({
    entry: join(root, 'src', 'server', 'workbook', 'module.ts'),
    globalName: 'KpiKitWorkbook_',
    fileName: 'Workbook.html',
  });
}

/**
 * dist/DataImportPanel.html: the sidebar's import panel (sidebar/dataImport/panelMain.ts), a bundle of
 * its own stored as a JSON string, which the sidebar fetches through getDataImportPanel() and evaluates
 * when the user opens the import, so Sidebar.html stays within its budget.
 */
async function buildDataImportPanel(): Promise<string> {
  const result = await esbuild.build({
    ...pageBuildOptions(),
    entryPoints: [join(root, 'sidebar', 'dataImport', 'panelMain.ts')],
  });
  return asProjectFileText(result.outputFiles[0]?.text ?? '');
}

/** How the page's bundles are built (the sidebar and what it loads later): Preact, ES2019, minified. */
function pageBuildOptions() {
  return {
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  } as const satisfies esbuild.BuildOptions;
}

/** Code kept in a project file as a JSON string, `<` escaped so the file holds no tag or scriptlet. */
function asProjectFileText(code: string): string {
  return JSON.stringify(code).replace(/</g, '\\u003c');
}

/** Inline JS in a <script> element: only `</script` can end it early. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * esbuild keeps every export of a namespace that is imported by name, so `import { z } from 'zod'`
 * drags all of zod 4 classic into the bundle, its 40 locales included (about 460 KB); the same code
 * written `import * as z from 'zod'` shakes down to what it uses. This rewrites the first form into the
 * second while bundling the sidebar, whose page must stay under 150 KB. The same plugin leaves the KPI
 * library out of the page, which asks the server for it (sidebar/libraryData.ts).
 */
const sidebarSources: esbuild.Plugin = {
  name: 'sidebar-sources',
  setup(b) {
    // The KPI library's data module becomes the page's own store, filled by the server's answer
    // (sidebar/libraryData.ts): none of the library's text is in the page.
    b.onLoad({ filter: LIBRARY_MODULE }, () => ({
      contents: `export { kpiDefinitions } from ${JSON.stringify(join(root, 'sidebar', 'libraryData'))};`,
      loader: 'ts',
    }));
    b.onLoad({ filter: /[\\/](src|sidebar)[\\/].*\.tsx?$/ }, (args) => {
      const read = readFileSync(args.path, 'utf8');
      const contents = read.replace(
        /import\s*\{\s*z\s*\}\s*from\s*(['"])zod\1/g,
        'import * as z from $1zod$1',
      );
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

const LIBRARY_MODULE = /[\\/]src[\\/]core[\\/]kpiLibrary[\\/]data\.ts$/;

/** dist/Sidebar.html: one self-contained page (HtmlService serves a single file, no external URL). */
async function buildSidebar(): Promise<string> {
  const result = await esbuild.build({
    ...pageBuildOptions(),
    entryPoints: [join(root, 'sidebar', 'main.tsx')],
    plugins: [sidebarSources],
    outdir: 'out',
    define: { __KPI_KIT_VERSION__: JSON.stringify(version()) },
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const template = readFileSync(join(root, 'sidebar', 'index.html'), 'utf8');
  return template
    .replace('/*INLINE_CSS*/', () => css.replace(/<\/(style)/gi, '<\\/$1'))
    .replace('/*INLINE_JS*/', () => inlineScript(js));
}

export async function build(outDir = join(root, 'dist')): Promise<BuildResult> {
  const [{ code, entryPoints }, sidebar, dataImport, dataImportPanel, workbook] = await Promise.all([
    buildCode(),
    buildSidebar(),
    buildDataImport(),
    buildDataImportPanel(),
    buildWorkbookModule(),
  ]);
  const manifest = readFileSync(join(root, 'appsscript.json'), 'utf8');
  mkdirSync(outDir, { recursive: true });
  const files: Record<string, string> = {
    'Code.js': code,
    'Sidebar.html': sidebar,
    'DataImport.html': dataImport,
    'DataImportPanel.html': dataImportPanel,
    'Workbook.html': workbook,
    ...Object.fromEntries(DATA_FILES.map((file) => [`${file.name}.html`, renderDataFile(file, file.data())])),
    'appsscript.json': manifest,
  };
  const sizes: Record<string, number> = {};
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(outDir, name), text);
    sizes[name] = Buffer.byteLength(text);
  }
  return { files: sizes, entryPoints };
}
