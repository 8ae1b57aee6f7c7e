/**
 * The globals a script declares, read from its text as Apps Script sees them (a classic script: every
 * top-level declaration is a global). The build checks dist/Code.js with it and the emulator finds the
 * custom functions of a Code.js with it, so it lives here, imported by both scripts/ and dev/.
 */
import ts from 'typescript';
import { leadingJsDoc } from './jsdoc';

/** A top-level declaration of dist/Code.js, as Apps Script will see it. */
export interface GlobalFunction {
  readonly name: string;
  readonly params: readonly string[];
  readonly jsDoc: string | null;
}

/** The top-level function declarations of a script, with their parameter names and JSDoc. */
export function globalFunctions(code: string): GlobalFunction[] {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  return source.statements.filter(ts.isFunctionDeclaration).map((fn) => ({
    name: fn.name?.text ?? '',
    params: fn.parameters.map((p) => p.name.getText(source)),
    jsDoc: leadingJsDoc(source, fn),
  }));
}

/** Names that a script declares at top level with var/let/const/class (they all become globals). */
export function globalVariables(code: string): string[] {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const names: string[] = [];
  for (const stmt of source.statements) {
    if (ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) names.push(d.name.getText(source));
    } else if (ts.isClassDeclaration(stmt) && stmt.name) {
      names.push(stmt.name.text);
    }
  }
  return names;
}
