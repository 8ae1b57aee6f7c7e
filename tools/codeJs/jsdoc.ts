import ts from 'typescript';

/** The JSDoc block (`/** ... *\/`) written right before a node, or null. */
export function leadingJsDoc(source: ts.SourceFile, node: ts.Node): string | null {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const docs = ranges.map((r) => source.text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
  return docs.at(-1) ?? null;
}
