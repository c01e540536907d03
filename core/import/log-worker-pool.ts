/**
 * The main-thread side of the log-parsing worker: large files are parsed in a worker
 * thread while this thread mines signatures and stages rows, so an import uses both cores.
 * The worker loads the TypeScript sources through tsx, as the CLI does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedEvent } from './import-logs.ts';
import type { FromWorker, LogWorkerSetup, ToWorker } from './log-worker-protocol.ts';
import type { SourceReport } from './source-report.ts';

export interface WorkerFileResult {
  report: SourceReport;
  /** The worker's redaction counts so far (cumulative over its files). */
  redactions: Record<string, number>;
}

/** The ESM entry of tsx's register API, from its package exports (no CJS detour). */
function tsxApiUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = manifest.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(packageJson), entry)).href;
}

function bootstrap(): string {
  const tsx = tsxApiUrl();
  const entry = new URL('./log-worker.ts', import.meta.url).href;
  return (
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); ` +
    `return import(${JSON.stringify(entry)}); });`
  );
}

export class LogParseWorker {
  private readonly worker: Worker;
  private current: {
    emit: (e: ParsedEvent) => void;
    onLines?: (n: number) => void;
    done: (r: WorkerFileResult) => void;
    fail: (e: Error) => void;
  } | null = null;

  constructor(setup: LogWorkerSetup) {
    this.worker = new Worker(bootstrap(), {
      eval: true,
      workerData: setup,
      // The same young-generation size the CLI gives the main thread (bin/caseline.js).
      resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
    this.worker.on('message', (m: FromWorker) => this.receive(m));
    this.worker.on('error', (e) => this.current?.fail(e));
    this.worker.on('exit', (code) => {
      if (code !== 0) this.current?.fail(new Error(`log worker exited with code ${code}`));
    });
  }

  private receive(m: FromWorker): void {
    const job = this.current;
    if (!job) return;
    switch (m.type) {
      case 'batch':
        for (let i = 0; i < m.rows.length; i++) {
          job.emit({
            row: m.rows[i],
            text: m.texts[i],
            service: m.services[i] ?? null,
            templated: m.templated[i] === true,
          });
        }
        this.worker.postMessage({ type: 'ack' } satisfies ToWorker);
        return;
      case 'lines':
        job.onLines?.(m.lines);
        return;
      case 'done':
        this.current = null;
        job.done({ report: m.report, redactions: m.redactions });
        return;
      case 'failed':
        this.current = null;
        job.fail(new Error(m.message));
        return;
    }
  }

  /** Parses one file in the worker; `emit` receives its events in order on this thread. */
  importFile(
    path: string,
    logFormat: string | undefined,
    emit: (e: ParsedEvent) => void,
    onLines?: (n: number) => void,
  ): Promise<WorkerFileResult> {
    if (this.current) return Promise.reject(new Error('log worker is busy'));
    return new Promise((done, fail) => {
      this.current = { emit, onLines, done, fail };
      this.worker.postMessage({ type: 'file', path, logFormat } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
