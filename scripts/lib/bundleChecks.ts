import { Script } from 'node:vm';
import ts from 'typescript';

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
