// Jest transform: TypeScript/TSX to CommonJS with esbuild (already our bundler). Type errors are the
// job of `npm run typecheck`; this only strips types, fast. No jest.mock hoisting: tests inject fakes.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.ts') ? 'ts' : 'js';
    const result = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { __KPI_KIT_VERSION__: JSON.stringify(require('../../package.json').version) },
    });
    return { code: result.code };
  },
};
