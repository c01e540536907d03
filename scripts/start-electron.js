#!/usr/bin/env node
// `npm start`: builds the renderer and the Electron bundles, then runs Electron on the
// workspace given as `--workspace PATH` (or CASELINE_WORKSPACE, or the demo's output).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The Electron binary's path, or null when it was never downloaded. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (electron === null) {
  process.stderr.write(
    [
      'The Electron binary is not installed (npm skipped its download, e.g. ELECTRON_SKIP_BINARY_DOWNLOAD).',
      'To get it, run with network access:  node node_modules/electron/install.js',
      'Or open Caseline in your browser instead:  npx caseline serve demo-workspace/workspace.duckdb',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

function run(command, args) {
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

run(process.execPath, [
  `${root}node_modules/vite/bin/vite.js`,
  'build',
  '--config',
  'renderer/vite.config.ts',
]);
run(process.execPath, [`${root}scripts/build-electron.js`]);

const child = spawn(electron, [root, ...process.argv.slice(2)], {
  cwd: process.cwd(),
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 0));
