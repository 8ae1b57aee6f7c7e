import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { leadingJsDoc } from '../../tools/codeJs/jsdoc';

/** A function exported by the server that must become a global `function NAME(...)` in dist/Code.js. */
export interface EntryPoint {
  readonly name: string;
  readonly params: readonly string[];
  /** The JSDoc block as written in the source (`/** ... *\/`), or null. */
  readonly jsDoc: string | null;
  readonly customFunction: boolean;
  readonly file: string;
}

type ReadFile = (path: string) => string;

function isExported(node: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
}

/**
 * Reads the entry points from the server's main file: its own exported functions and those of every
 * file it re-exports with `export * from './x'`. Any other kind of runtime export is an error, because
 * it would silently not become a global.
 */
export function readEntryPoints(
  mainFile: string,
  readFile: ReadFile = (p) => readFileSync(p, 'utf8'),
): EntryPoint[] {
  const entries: EntryPoint[] = [];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFile(file), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    for (const stmt of source.statements) {
      if (ts.isExportDeclaration(stmt)) {
        if (stmt.isTypeOnly) continue;
        if (stmt.exportClause || !stmt.moduleSpecifier || !ts.isStringLiteral(stmt.moduleSpecifier)) {
          throw new Error(
            `${file}: only \`export * from './file'\` re-exports are supported for entry points`,
          );
        }
        visit(resolve(dirname(file), `${stmt.moduleSpecifier.text}.ts`));
      } else if (ts.isFunctionDeclaration(stmt) && isExported(stmt)) {
        if (!stmt.name) throw new Error(`${file}: an exported entry point needs a name`);
        const jsDoc = leadingJsDoc(source, stmt);
        entries.push({
          name: stmt.name.text,
          params: stmt.parameters.map((p) => p.name.getText(source)),
          jsDoc,
          customFunction: jsDoc !== null && /@customfunction\b/.test(jsDoc),
          file,
        });
      } else if (
        (ts.isVariableStatement(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt)) &&
        isExported(stmt)
      ) {
        throw new Error(
          `${file}: exports a value that is not a function declaration; Apps Script only sees top-level functions. Move it to another file or make it a function.`,
        );
      }
    }
  };
  visit(resolve(mainFile));
  return entries;
}

/** Every reason an entry point would misbehave in Sheets; empty when all is well. */
export function entryPointProblems(entries: readonly EntryPoint[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const e of entries) {
    const where = `${e.name} (${e.file})`;
    if (names.has(e.name)) problems.push(`${where}: exported twice`);
    names.add(e.name);
    if (e.name.endsWith('_'))
      problems.push(`${where}: a name ending in "_" is private in Apps Script; do not export it`);
    const looksCustom = /^[A-Z][A-Z0-9_]*$/.test(e.name);
    if (looksCustom && !e.customFunction) {
      problems.push(`${where}: upper-case name without a @customfunction JSDoc; Sheets would not offer it`);
    }
    if (!e.customFunction) continue;
    if (!looksCustom) problems.push(`${where}: custom function names are UPPER_CASE`);
    const doc = e.jsDoc ?? '';
    const documented = [...doc.matchAll(/@param\s+(?:\{[^}]*\}\s+)?\[?([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
    if (documented.join(',') !== e.params.join(',')) {
      problems.push(
        `${where}: @param tags (${documented.join(', ')}) must match the parameters (${e.params.join(', ')})`,
      );
    }
    if (!/@returns?\b/.test(doc)) problems.push(`${where}: missing @return`);
    const summary = doc
      .replace(/^\/\*\*|\*\/$/g, '')
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .find((l) => l !== '');
    if (!summary || summary.startsWith('@')) problems.push(`${where}: missing a one-line description`);
  }
  return problems;
}

/** The global wrappers appended to the bundle: thin functions over the IIFE's exports. */
export function renderWrappers(entries: readonly EntryPoint[], globalName: string): string {
  return entries
    .map((e) => {
      const params = e.params.join(', ');
      const doc = e.jsDoc ? `${e.jsDoc.replace(/^[ \t]+/gm, ' ').replace(/^ \/\*\*/, '/**')}\n` : '';
      return `${doc}function ${e.name}(${params}) {\n  return ${globalName}.${e.name}(${params});\n}\n`;
    })
    .join('\n');
}
