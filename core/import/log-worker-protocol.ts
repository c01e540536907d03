/** Messages between the import (main thread) and a log-parsing worker. */
import type { IngestConfig } from '../ingest/config.ts';
import type { SourceReport } from './source-report.ts';

export interface LogWorkerSetup {
  config: IngestConfig;
  redact: boolean;
}

export type ToWorker = { type: 'file'; path: string; logFormat?: string } | { type: 'ack' };

export interface EventBatch {
  type: 'batch';
  rows: string[];
  texts: string[];
  services: (string | null)[];
  templated: boolean[];
}

export type FromWorker =
  | EventBatch
  | { type: 'lines'; lines: number }
  | { type: 'done'; report: SourceReport; redactions: Record<string, number> }
  | { type: 'failed'; message: string };
