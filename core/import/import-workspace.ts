/**
 * `caseline import`: builds a new workspace from sources. Everything is written to a
 * temporary file beside the target and renamed into place only when complete, so an
 * interrupted import leaves the previous workspace (and its annotations file) intact.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { parseCustomerMap } from '../customers/read-directory.ts';
import { CaselineError } from '../errors.ts';
import { defaultIngestConfig, loadIngestConfig } from '../ingest/config.ts';
import { createExtractor } from '../ingest/extract.ts';
import { propagateTenants } from '../ingest/propagate.ts';
import { createRedactor } from '../ingest/redact.ts';
import { createSignatureMiner } from '../patterns/signature-miner.ts';
import type { MinedSignatures } from '../patterns/miner.ts';
import { createWorkspace } from '../store/workspace.ts';
import { execute } from '../store/sql.ts';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadRows } from './load-rows.ts';
import { EventStage } from './event-stage.ts';
import {
  attachCustomersToEvents,
  attachCustomersToTickets,
  attributionShares,
  countRows,
  createClusterMap,
  summarizeSignatures,
  type AttributionShares,
} from './finish-workspace.ts';
import { importLogFile, mineAndStage, type SignatureMinerPort } from './import-logs.ts';
import { LogParseWorker } from './log-worker-pool.ts';
import { isGzip, readHead } from './read-lines.ts';
import { stat } from 'node:fs/promises';
import { importCustomers, importKb, importReleases, importTickets } from './import-records.ts';
import { recordSignatureAliases } from './signature-aliases.ts';
import { unreadableSource, type SourceKind, type SourceReport } from './source-report.ts';
import { expandSourcePaths } from './walk-sources.ts';

export interface ImportOptions {
  out: string;
  logs?: readonly string[];
  logFormat?: string;
  tickets?: readonly string[];
  customers?: string;
  /** `--customer-map id=AccountId,name=Account Name,...` */
  customerMap?: string;
  kb?: readonly string[];
  releases?: string;
  /** Path of an ingest config JSON (field mappings, extractors, redaction patterns). */
  config?: string;
  /** Redact personal data before storage (default true). */
  redact?: boolean;
  /**
   * Log files from this size on are parsed in a worker thread while the main thread mines
   * and stages (default 4 MiB; gzip files count eight times their size).
   */
  workerThresholdBytes?: number;
  /** The signature miner (a port for benchmarks and tests; default core/patterns). */
  createMiner?: () => SignatureMinerPort & { finish(): MinedSignatures };
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  stage: 'customers' | 'logs' | 'tickets' | 'kb' | 'releases' | 'finishing';
  done: number;
  total: number;
  lines?: number;
  path?: string;
}

export interface ImportResult {
  workspace: string;
  seconds: number;
  sources: SourceReport[];
  events: number;
  signatures: number;
  tickets: number;
  customers: number;
  kbArticles: number;
  releases: number;
  attribution: AttributionShares;
  redactions: Record<string, number>;
}

/**
 * Imports every source into a new workspace at `options.out`. Unreadable sources are
 * reported in `sources`; throws CaselineError `bad-config` for a bad config or map, and
 * `nothing-imported` when sources were given but none yielded a single row.
 */
export async function importWorkspace(options: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  const config = options.config ? await loadIngestConfig(options.config) : defaultIngestConfig;
  const customerMap = options.customerMap ? parseCustomerMap(options.customerMap) : undefined;
  const redact = options.redact ?? true;
  const redactor = createRedactor({ enabled: redact, extraPatterns: config.redaction ?? [] });
  const extract = createExtractor(config.extractors ?? []);
  const progress = options.onProgress ?? (() => undefined);

  const timing = stageTimer(process.env.CASELINE_TIMING === '1');
  const tag = `${process.pid}-${Date.now()}`;
  const tmp = `${out}.importing-${tag}`;
  const scratch = `${out}.rows-${tag}.json`;
  const ws = await createWorkspace(tmp);
  const stage = new EventStage(`${out}.stage-${tag}`, await ws.connect());
  const sources: SourceReport[] = [];
  let closed = false;
  let worker: LogParseWorker | null = null;
  let workerRedactions: Record<string, number> = {};
  try {
    const recordCtx = { conn: ws.conn, scratch, redactor, redact };
    if (options.customers) {
      progress({ stage: 'customers', done: 0, total: 1, path: options.customers });
      sources.push(
        existsSync(options.customers)
          ? await importCustomers(options.customers, customerMap, recordCtx, new Set())
          : unreadableSource(options.customers, 'customers', 'not-found'),
      );
    }

    const miner = (options.createMiner ?? createSignatureMiner)();
    const emit = mineAndStage(miner, stage);
    const logFiles = await expandSourcePaths(options.logs ?? []);
    const threshold = options.workerThresholdBytes ?? WORKER_THRESHOLD_BYTES;
    let lines = 0;
    for (const [i, entry] of logFiles.entries()) {
      progress({ stage: 'logs', done: i, total: logFiles.length, lines, path: entry.path });
      if (entry.problem) {
        sources.push(unreadableSource(entry.path, 'logs', entry.problem));
        continue;
      }
      const onLines = (n: number): void => {
        lines += n;
        progress({ stage: 'logs', done: i, total: logFiles.length, lines, path: entry.path });
      };
      if (await worthAWorker(entry.path, threshold)) {
        worker ??= new LogParseWorker({ config, redact });
        const r = await worker.importFile(entry.path, options.logFormat, emit, onLines);
        workerRedactions = r.redactions;
        sources.push(r.report);
        continue;
      }
      sources.push(
        await importLogFile(entry.path, {
          emit,
          redactor,
          redact,
          extract,
          config,
          logFormat: options.logFormat,
          onLines,
        }),
      );
    }
    await worker?.close();
    worker = null;

    progress({ stage: 'finishing', done: 0, total: 1 });
    timing.mark('read-logs');
    const mined = miner.finish();
    await createClusterMap(ws.conn, mined.clusters);
    timing.mark('mine-finish');
    await stage.load();
    // Checkpoints write finished steps to the file so the capped buffer pool can evict them.
    await execute(ws.conn, 'CHECKPOINT');
    timing.mark('load-events');
    await propagateTenants(ws.conn, config.propagationWindowMs ?? 5 * 60_000);
    timing.mark('propagate');

    await importEach('tickets', options.tickets, sources, progress, (p, seen) =>
      importTickets(p, recordCtx, seen),
    );
    await importEach('kb', options.kb, sources, progress, (p, seen) =>
      importKb(p, recordCtx, seen),
    );
    if (options.releases) {
      sources.push(
        existsSync(options.releases)
          ? await importReleases(options.releases, recordCtx)
          : unreadableSource(options.releases, 'releases', 'not-found'),
      );
    }

    await attachCustomersToEvents(ws.conn);
    await attachCustomersToTickets(ws.conn);
    await execute(ws.conn, 'CHECKPOINT');
    await summarizeSignatures(ws.conn);
    await recordSignatureAliases(ws.conn, mined.aliases, existsSync(out) ? out : null);
    await execute(ws.conn, 'DROP TABLE cluster_map');
    await recordSources(ws.conn, sources, scratch);
    timing.mark('finish');

    const result: ImportResult = {
      workspace: out,
      seconds: 0,
      sources,
      events: await countRows(ws.conn, 'events'),
      signatures: await countRows(ws.conn, 'signatures'),
      tickets: await countRows(ws.conn, 'tickets'),
      customers: await countRows(ws.conn, 'customers'),
      kbArticles: await countRows(ws.conn, 'kb_articles'),
      releases: await countRows(ws.conn, 'releases'),
      attribution: await attributionShares(ws.conn),
      redactions: addCounts(redactor.counts(), workerRedactions),
    };
    const imported = sources.reduce((a, s) => a + s.imported, 0);
    if (sources.length > 0 && imported === 0) {
      const details = sources
        .slice(0, 3)
        .map((s) => `${basename(s.path)}: ${Object.keys(s.skipReasons).join(', ') || 'no rows'}`)
        .join('; ');
      const more = sources.length > 3 ? ` (+${sources.length - 3} more)` : '';
      throw new CaselineError('nothing-imported', {
        sources: sources.length,
        details: details + more,
      });
    }
    await execute(ws.conn, 'CHECKPOINT');
    ws.close();
    closed = true;
    rmSync(`${out}.wal`, { force: true });
    renameSync(tmp, out);
    result.seconds = Math.round((performance.now() - started) / 10) / 100;
    timing.report();
    return result;
  } finally {
    await worker?.close();
    if (!closed) ws.close();
    await stage.dispose();
    rmSync(scratch, { force: true });
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.wal`, { force: true });
  }
}

async function importEach(
  kind: SourceKind & ('tickets' | 'kb'),
  paths: readonly string[] | undefined,
  sources: SourceReport[],
  progress: (p: ImportProgress) => void,
  importOne: (path: string, seen: Set<string>) => Promise<SourceReport>,
): Promise<void> {
  const files = await expandSourcePaths(paths ?? []);
  const seen = new Set<string>();
  for (const [i, entry] of files.entries()) {
    progress({ stage: kind, done: i, total: files.length, path: entry.path });
    sources.push(
      entry.problem
        ? unreadableSource(entry.path, kind, entry.problem)
        : await importOne(entry.path, seen),
    );
  }
}

async function recordSources(
  conn: DuckDBConnection,
  sources: readonly SourceReport[],
  scratch: string,
): Promise<void> {
  const rows = sources.map((s) => ({
    path: s.path,
    kind: s.kind,
    format: s.format,
    read: s.read,
    imported: s.imported,
    skipped: s.skipped,
    skipReasons: JSON.stringify(s.skipReasons),
    examples: JSON.stringify(s.skipExamples),
  }));
  await loadRows(
    conn,
    {
      table: 'sources',
      columns: [
        ['path', 'path', 'VARCHAR'],
        ['kind', 'kind', 'VARCHAR'],
        ['format', 'format', 'VARCHAR'],
        ['read', 'read', 'DOUBLE'],
        ['imported', 'imported', 'DOUBLE'],
        ['skipped', 'skipped', 'DOUBLE'],
        ['skip_reasons', 'skipReasons', 'VARCHAR'],
        ['examples', 'examples', 'VARCHAR'],
      ],
    },
    rows,
    scratch,
  );
}

/** Per-stage wall times on stderr when CASELINE_TIMING=1 (used by the benchmarks). */
function stageTimer(enabled: boolean) {
  let last = performance.now();
  const marks: Record<string, number> = {};
  return {
    mark(name: string): void {
      const now = performance.now();
      marks[name] = Math.round(now - last);
      last = now;
    },
    report(): void {
      if (enabled) process.stderr.write(`caseline-timing ${JSON.stringify(marks)}\n`);
    },
  };
}

const WORKER_THRESHOLD_BYTES = 4 << 20;

/** Large files are worth a worker thread; small ones cost more to hand over than to parse. */
async function worthAWorker(path: string, threshold: number): Promise<boolean> {
  try {
    const { size } = await stat(path);
    if (size === 0) return false;
    const factor = isGzip(await readHead(path, 2)) ? 8 : 1;
    return size * factor >= threshold;
  } catch {
    return false; // the in-process path reports the problem
  }
}

function addCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + n;
  return out;
}
