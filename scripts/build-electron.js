#!/usr/bin/env node
// Bundles the Electron host into dist/main/electron/: main.js as ESM (Electron 40 loads
// ESM main processes) and preload.cjs as CommonJS, which sandboxed preloads require.
// Electron and the DuckDB native binding stay external: they are loaded at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/main/electron`;
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron', '@duckdb/*'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await build({
  ...shared,
  entryPoints: ['main/electron/main.ts'],
  outfile: `${outdir}/main.js`,
  format: 'esm',
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

await build({
  ...shared,
  entryPoints: ['main/electron/preload.ts'],
  outfile: `${outdir}/preload.cjs`,
  format: 'cjs',
});

process.stdout.write(`electron bundles written to ${outdir}\n`);
