import { Script } from 'node:vm';
import ts from 'typescript';
import { leadingJsDoc } from './jsdoc';

/** A top-level declaration of dist/Code.js, as Apps Script will see it. */
export interface GlobalFunction {
  readonly name: string;
  readonly params: readonly string[];
  readonly jsDoc: string | null;
}

/**
 * Why dist/Code.js would not load in Apps Script, which runs every file as a classic script in one
 * global scope: `export`/`import`/top-level `await` are syntax errors there and `require` does not exist.
 */
export function classicScriptProblems(code: string): string[] {
  const problems: string[] = [];
  try {
    new Script(code, { filename: 'Code.js' });
  } catch (error) {
    problems.push(`not a classic script: ${(error as Error).message}`);
  }
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const scan = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      /^(__)?require$/.test(node.expression.text)
    ) {
      problems.push(`calls ${node.expression.text}(), which Apps Script does not have`);
    }
    ts.forEachChild(node, scan);
  };
  scan(source);
  return problems;
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
