/**
 * Runs inside a worker thread: parses, attributes and redacts one large log file at a
 * time and sends the serialized events to the import in batches. Mining stays on the main
 * thread (one miner sees every event, so signature ids do not depend on how the work was
 * split). At most a few batches are in flight: the reader waits for the import to catch up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../ingest/extract.ts';
import { createRedactor } from '../ingest/redact.ts';
import { importLogFile } from './import-logs.ts';
import type { EventBatch, FromWorker, LogWorkerSetup, ToWorker } from './log-worker-protocol.ts';

const BATCH_EVENTS = 2048;
const MAX_IN_FLIGHT = 4;

const port = parentPort;
if (!port) throw new Error('log-worker.ts runs only as a worker thread');
const setup = workerData as LogWorkerSetup;
const redactor = createRedactor({ enabled: setup.redact, extraPatterns: setup.config.redaction });
const extract = createExtractor(setup.config.extractors);

let inFlight = 0;
let waiting: (() => void)[] = [];
const send = (message: FromWorker): void => port.postMessage(message);

function emptyBatch(): EventBatch {
  return { type: 'batch', rows: [], texts: [], services: [], templated: [] };
}

async function importFile(path: string, logFormat: string | undefined): Promise<void> {
  let batch = emptyBatch();
  const flush = (): void => {
    if (batch.rows.length === 0) return;
    send(batch);
    inFlight++;
    batch = emptyBatch();
  };
  const report = await importLogFile(path, {
    emit(e) {
      batch.rows.push(e.row);
      batch.texts.push(e.text);
      batch.services.push(e.service);
      batch.templated.push(e.templated);
      if (batch.rows.length >= BATCH_EVENTS) flush();
    },
    redactor,
    redact: setup.redact,
    extract,
    config: setup.config,
    logFormat,
    onLines: (lines) => send({ type: 'lines', lines }),
    afterChunk: () =>
      inFlight > MAX_IN_FLIGHT ? new Promise<void>((go) => waiting.push(go)) : undefined,
  });
  flush();
  send({ type: 'done', report, redactions: redactor.counts() });
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'ack') {
    inFlight--;
    if (inFlight <= MAX_IN_FLIGHT) {
      const ready = waiting;
      waiting = [];
      for (const go of ready) go();
    }
    return;
  }
  importFile(message.path, message.logFormat).catch((e: unknown) =>
    send({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
});
