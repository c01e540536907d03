/**
 * Ingest benchmark: generates N log lines per format deterministically, imports each file
 * end to end in a child process (lines/s and peak RSS), and times the same questions in
 * DuckDB's own JSON reader and in lnav for comparison. Also times redaction alone.
 * Standalone: node bin/run-ts.js bench/ingest.ts [--lines 100000,1000000]
 *             [--formats jsonl,logfmt,apache,log4j,syslog] [--work DIR] [--json]
 */
import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { createRedactor } from '../core/ingest/redact.ts';

export type BenchFormat = 'jsonl' | 'logfmt' | 'apache' | 'log4j' | 'syslog';
export const benchFormats: readonly BenchFormat[] = [
  'jsonl',
  'logfmt',
  'apache',
  'log4j',
  'syslog',
];

export interface BenchRow {
  tool: 'caseline' | 'duckdb' | 'lnav' | 'redact';
  format: string;
  lines: number;
  /** Null when the measurement was skipped (see note). */
  seconds: number | null;
  linesPerSecond: number | null;
  maxRssMb: number | null;
  note?: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Small deterministic generator (LCG) so every run writes the same files. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

const tenants = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka'];
const services = ['api', 'billing', 'auth', 'worker', 'search'];
const levels = ['INFO', 'INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'];
const messages = [
  'GET /v1/orders/{n} returned 200 in {n}ms',
  'Connection pool exhausted (active=50, idle=0, waiting={n})',
  'User login succeeded for account {n}',
  'Payment declined by gateway: insufficient funds, attempt {n}',
  'Scheduled job sync-invoices finished: {n} records, 0 errors',
  'cache miss key=orders:{n} ttl=300',
  'Timeout after 30000 ms calling inventory-service at /internal/stock/{n}',
  'Password reset requested by {email}',
  'Webhook delivery to 10.1.{n8}.{n8} failed with status 502',
  'Export job {n} queued by support',
];

/** One message with its variable parts filled; a few carry personal data to redact. */
function message(rnd: (n: number) => number): string {
  return messages[rnd(messages.length)].replace(/\{(n|n8|email)\}/g, (_m, kind: string) =>
    kind === 'n'
      ? String(rnd(100_000))
      : kind === 'n8'
        ? String(rnd(256))
        : `user${rnd(999)}@example.com`,
  );
}

const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The i-th line (or lines, for a log4j stack trace) of a format. */
function generateLine(format: BenchFormat, i: number, rnd: (n: number) => number): string {
  const t = new Date(Date.UTC(2026, 8, 1) + i * 37);
  const iso = t.toISOString();
  const tenant = tenants[rnd(tenants.length)];
  const service = services[rnd(services.length)];
  const level = levels[rnd(levels.length)];
  const request = `req-${(i >> 2).toString(36)}`;
  const msg = message(rnd);
  switch (format) {
    case 'jsonl':
      return JSON.stringify({
        ts: iso,
        level: level.toLowerCase(),
        service,
        host: `${service}-${rnd(4)}`,
        tenant_id: i % 5 === 3 ? undefined : tenant,
        request_id: request,
        user_id: `u${rnd(5000)}`,
        msg,
      });
    case 'logfmt':
      return `ts=${iso} level=${level.toLowerCase()} service=${service} tenant_id=${tenant} request_id=${request} msg="${msg}"`;
    case 'apache': {
      const status = rnd(20) === 0 ? 503 : 200;
      const stamp = `${pad(t.getUTCDate())}/${month[t.getUTCMonth()]}/${t.getUTCFullYear()}:${iso.slice(11, 19)} +0000`;
      return `10.0.${rnd(256)}.${rnd(256)} - - [${stamp}] "GET /t/${tenant}/orders/${rnd(100_000)} HTTP/1.1" ${status} ${rnd(5000)} "-" "Mozilla/5.0"`;
    }
    case 'log4j':
      return `${iso.slice(0, 10)} ${iso.slice(11, 19)},${iso.slice(20, 23)} ${level.padEnd(5)} [http-${rnd(16)}] com.example.${service}.Handler - tenant=${tenant} ${msg}`;
    case 'syslog':
      return `${month[t.getUTCMonth()]} ${String(t.getUTCDate()).padStart(2)} ${iso.slice(11, 19)} ${service}-${rnd(4)} ${service}[${1000 + rnd(100)}]: ${level} tenant=${tenant} ${msg}`;
  }
}

const stackTrace = [
  'java.lang.IllegalStateException: pool closed',
  '\tat com.example.db.Pool.acquire(Pool.java:88)',
  '\tat com.example.api.Handler.handle(Handler.java:42)',
];

/**
 * Writes `lines` lines of `format` into workDir (same content for the same arguments)
 * and returns the file path. log4j files carry a 3-line stack trace after some errors,
 * counted in `lines`.
 */
export function generateLogFile(format: BenchFormat, lines: number, workDir: string): string {
  mkdirSync(workDir, { recursive: true });
  const path = join(workDir, `bench-${lines}.${format === 'jsonl' ? 'jsonl' : format + '.log'}`);
  const rnd = random(lines * 31 + format.length);
  const fd = openSync(path, 'w');
  try {
    let chunk: string[] = [];
    for (let i = 0; i < lines;) {
      const line = generateLine(format, i, rnd);
      chunk.push(line);
      i++;
      if (format === 'log4j' && line.includes(' ERROR ') && rnd(4) === 0) {
        for (const frame of stackTrace.slice(0, lines - i)) chunk.push(frame);
        i = Math.min(lines, i + stackTrace.length);
      }
      if (chunk.length >= 8192) {
        writeSync(fd, chunk.join('\n') + '\n');
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  return path;
}

function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      cmd,
      args,
      { cwd: repoRoot, maxBuffer: 64 << 20, env: env ?? process.env },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${cmd} failed: ${stderr.trim() || error.message}`));
        else done(stdout);
      },
    );
  });
}

function row(
  tool: BenchRow['tool'],
  format: string,
  lines: number,
  seconds: number,
  maxRssMb: number | null,
): BenchRow {
  return { tool, format, lines, seconds, linesPerSecond: Math.round(lines / seconds), maxRssMb };
}

function skipped(tool: BenchRow['tool'], format: string, lines: number, note: string): BenchRow {
  return { tool, format, lines, seconds: null, linesPerSecond: null, maxRssMb: null, note };
}

/** End-to-end `importWorkspace` of one file in a child process. */
async function timeImport(
  format: BenchFormat,
  lines: number,
  file: string,
  workDir: string,
  mining = true,
): Promise<BenchRow> {
  if (!existsSync(join(repoRoot, 'core/import/import-workspace.ts'))) {
    return skipped('caseline', format, lines, 'core/import/import-workspace.ts absent');
  }
  const out = join(workDir, `bench-${format}-${lines}.duckdb`);
  rmSync(out, { force: true });
  try {
    // Same V8 young-generation size as `caseline import` (see bin/caseline.js).
    const stdout = await run(process.execPath, [
      '--max-semi-space-size=64',
      'bin/run-ts.js',
      'bench/ingest-child.ts',
      '--out',
      out,
      '--logs',
      file,
      ...(mining ? [] : ['--no-mining']),
    ]);
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      seconds: number;
      maxRssKb: number;
    };
    const r = row('caseline', format, lines, result.seconds, Math.round(result.maxRssKb / 1024));
    if (!mining) r.note = 'signature mining off (to measure its share)';
    return r;
  } catch (e) {
    return skipped('caseline', format, lines, e instanceof Error ? e.message : String(e));
  } finally {
    rmSync(out, { force: true });
  }
}

/** DuckDB's own reader on the JSON file: count per level, in a fresh in-memory database. */
async function timeDuckDb(lines: number, file: string, workDir: string): Promise<BenchRow[]> {
  // Two readings of "DuckDB's bare read_json_auto": answering the level question (it reads
  // one column), and materializing every column into a database file, as an import does.
  const rows: BenchRow[] = [];
  let started = performance.now();
  let instance = await DuckDBInstance.create(':memory:');
  let conn = await instance.connect();
  try {
    await conn.runAndReadAll('SELECT level, count(*) FROM read_json_auto($file) GROUP BY level', {
      file,
    });
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  const count = row('duckdb', 'jsonl', lines, (performance.now() - started) / 1000, null);
  count.note = 'read_json_auto: count by level';
  rows.push(count);

  const target = join(workDir, `duckdb-${lines}.duckdb`);
  rmSync(target, { force: true });
  started = performance.now();
  instance = await DuckDBInstance.create(target);
  conn = await instance.connect();
  try {
    await conn.run('CREATE TABLE events AS SELECT * FROM read_json_auto($file)', { file });
    await conn.run('CHECKPOINT');
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(target, { force: true });
    rmSync(`${target}.wal`, { force: true });
  }
  const full = row('duckdb', 'jsonl', lines, (performance.now() - started) / 1000, null);
  full.note = 'read_json_auto: all columns into a database file';
  rows.push(full);
  return rows;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** lnav headless: count per level over its all_logs table. */
async function timeLnav(
  format: BenchFormat,
  lines: number,
  file: string,
  workDir: string,
): Promise<BenchRow> {
  if (!onPath('lnav')) {
    console.warn('skipped: lnav absent from PATH');
    return skipped('lnav', format, lines, 'lnav not on PATH');
  }
  // A private HOME keeps lnav's config and index out of the user's.
  const home = join(workDir, 'lnav-home');
  mkdirSync(home, { recursive: true });
  const started = performance.now();
  let output: string;
  try {
    output = await run(
      'lnav',
      ['-n', '-c', ';SELECT log_level, count(*) FROM all_logs GROUP BY 1', file],
      { ...process.env, HOME: home },
    );
  } catch (e) {
    return skipped('lnav', format, lines, e instanceof Error ? e.message : String(e));
  }
  const seconds = (performance.now() - started) / 1000;
  // lnav answers nothing when none of its formats matches the file: not a comparison.
  const counted = output
    .split('\n')
    .slice(1)
    .reduce((sum, l) => sum + (Number(l.trim().split(/\s+/).pop()) || 0), 0);
  if (counted === 0) return skipped('lnav', format, lines, 'lnav did not recognize the format');
  const r = row('lnav', format, lines, seconds, null);
  r.note = `${counted.toLocaleString('en')} records by level`;
  return r;
}

/** redact() alone over generated messages (mostly nothing to redact, ~10% with PII). */
export function benchRedact(lines: number): BenchRow {
  const rnd = random(lines);
  const texts = Array.from({ length: Math.min(lines, 100_000) }, () => message(rnd));
  const redactor = createRedactor({ enabled: true });
  const started = performance.now();
  let kept = 0;
  for (let i = 0; i < lines; i++) kept += redactor.redact(texts[i % texts.length]).length;
  const seconds = (performance.now() - started) / 1000;
  return { ...row('redact', 'messages', lines, seconds, null), note: `${kept} chars out` };
}

/**
 * Generates each format at each size into workDir and measures the Caseline import, and
 * for comparison DuckDB read_json_auto (JSON only) and lnav (when on PATH). A failed or
 * unavailable measurement is a row with a note, never an exception.
 */
export async function benchIngest(options: {
  lines: number[];
  formats: string[];
  workDir: string;
}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const lines of options.lines) {
    for (const name of options.formats) {
      if (!benchFormats.includes(name as BenchFormat)) {
        rows.push(skipped('caseline', name, lines, 'unknown format'));
        continue;
      }
      const format = name as BenchFormat;
      const file = generateLogFile(format, lines, options.workDir);
      rows.push(await timeImport(format, lines, file, options.workDir));
      if (format === 'jsonl' || format === 'log4j') {
        rows.push(await timeImport(format, lines, file, options.workDir, false));
      }
      if (format === 'jsonl') rows.push(...(await timeDuckDb(lines, file, options.workDir)));
      rows.push(await timeLnav(format, lines, file, options.workDir));
      rmSync(file, { force: true });
    }
  }
  return rows;
}

function listFlag(name: string, fallback: string[]): string[] {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value ? value.split(',').filter((v) => v !== '') : fallback;
}

async function main(): Promise<void> {
  const lines = listFlag('--lines', ['100000']).map(Number);
  const formats = listFlag('--formats', [...benchFormats]);
  const workDir = listFlag('--work', [join(tmpdir(), 'caseline-bench')])[0];
  const rows = await benchIngest({ lines, formats, workDir });
  rows.push(benchRedact(1_000_000));
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else console.table(rows);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
