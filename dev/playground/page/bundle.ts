// The page: index.html with its stylesheet inlined and main.ts bundled by esbuild (in memory, at start).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export async function bundlePage(): Promise<{ html: string; js: string }> {
  const result = await esbuild.build({
    entryPoints: [join(__dirname, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  const js = result.outputFiles[0]?.text ?? '';
  const css = readFileSync(join(__dirname, 'styles.css'), 'utf8');
  const html = readFileSync(join(__dirname, 'index.html'), 'utf8').replace('/*STYLES*/', () => css);
  return { html, js };
}
