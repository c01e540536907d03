#!/usr/bin/env node
// Runs the TypeScript CLI host directly: tsx compiles on load, so there is no build step
// between `npm install` and `npx caseline`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Imports allocate many short-lived objects per line; a larger young generation halves
// the time spent in garbage collection. V8 takes this flag only at start-up, so the
// heavy commands re-run themselves once with it.
const YOUNG_GENERATION = '--max-semi-space-size=64';
const heavy = ['import', 'demo'].includes(process.argv[2] ?? '');
if (heavy && !process.execArgv.includes(YOUNG_GENERATION)) {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      YOUNG_GENERATION,
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

register();
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
