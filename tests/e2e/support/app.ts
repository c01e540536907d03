/**
 * A running Caseline for one test: a fresh temporary workspace built by the real CLI
 * (`demo`, or `import` of the small fixture when the demo is unavailable) and served by
 * `caseline serve` as a child process.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const cli = join(repoRoot, 'bin', 'caseline.js');
const fixtures = join(repoRoot, 'tests', 'e2e', 'fixtures');

export interface RunningApp {
  url: string;
  /** How the workspace was made: `demo`, or `import` of the fixture. */
  origin: 'demo' | 'import';
  close(): Promise<void>;
}

function runCli(args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { ok: res.status === 0, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
}

/** Builds a workspace in `dir`; the demo first, the fixture import when the demo fails. */
function buildWorkspace(dir: string): { path: string; origin: 'demo' | 'import' } {
  const demo = runCli([
    'demo',
    '--out',
    dir,
    '--customers',
    '40',
    '--days',
    '3',
    '--events',
    '5000',
    '--json',
  ]);
  if (demo.ok) {
    const reported = (JSON.parse(demo.stdout) as { workspace?: unknown }).workspace;
    const path =
      typeof reported === 'string' ? resolve(repoRoot, reported) : join(dir, 'workspace.duckdb');
    if (existsSync(path)) return { path, origin: 'demo' };
  }
  console.warn(`caseline demo failed, importing the fixture instead: ${demo.stderr.trim()}`);
  const path = join(dir, 'w.duckdb');
  const imported = runCli([
    'import',
    '--out',
    path,
    '--logs',
    join(fixtures, 'logs.jsonl'),
    '--customers',
    join(fixtures, 'customers.csv'),
    '--json',
  ]);
  if (!imported.ok) throw new Error(`caseline import failed: ${imported.stderr.trim()}`);
  return { path, origin: 'import' };
}

/** Resolves with the first line the serve command prints: its URL. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolvePromise(line.trim()));
    child.once('exit', (code) =>
      reject(new Error(`caseline serve exited (${code}): ${stderr.trim()}`)),
    );
  });
}

/** Starts Caseline on a fresh workspace; `close()` stops the server and deletes it. */
export async function startApp(): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-e2e-'));
  try {
    const workspace = buildWorkspace(dir);
    const child = spawn(process.execPath, [cli, 'serve', workspace.path, '--port', '0'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await firstLine(child);
    if (!/^http:\/\/127\.0\.0\.1:\d+\/?$/.test(url)) {
      child.kill();
      throw new Error(`caseline serve printed no loopback URL: ${url}`);
    }
    return {
      url: url.endsWith('/') ? url : url + '/',
      origin: workspace.origin,
      close: () =>
        new Promise<void>((resolvePromise) => {
          child.once('exit', () => {
            rmSync(dir, { recursive: true, force: true });
            resolvePromise();
          });
          if (child.exitCode !== null) child.emit('exit', child.exitCode);
          else child.kill('SIGTERM');
        }),
    };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** The workspace's own numbers, asked from the API the page uses. */
export async function workspaceTruth(url: string): Promise<{ customers: number; events: number }> {
  const res = await fetch(new URL('api/summary', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  const envelope = (await res.json()) as {
    ok: boolean;
    value?: { customers: number; events: number };
  };
  if (!envelope.ok || !envelope.value)
    throw new Error(`summary failed: ${JSON.stringify(envelope)}`);
  return { customers: envelope.value.customers, events: envelope.value.events };
}
