/**
 * `caseline patterns FILE`: mines the templates of one raw log file without a workspace.
 * Streams the file twice when a CSV is asked for (mine, then write), keeping only one
 * cluster key per line in memory, so large files stay cheap.
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { CaselineError } from '../errors.ts';
// The same reading of `--log-format` as `caseline import` (plain or benchmark-regex style).
import { compileLogFormat } from '../ingest/formats/loghub.ts';
import { matchLoghubLine, type LoghubFormat } from '../ingest/formats/loghub-format.ts';
import { createSignatureMiner, type MinedCluster } from './miner.ts';

export interface MinePatternsOptions {
  file: string;
  /** Loghub format string; its `<Content>` field is mined. */
  logFormat?: string;
  /** Writes `LineId,Content,EventId,EventTemplate` here when given. */
  outCsv?: string;
}

export interface MinePatternsResult {
  lines: number;
  templates: { eventId: string; template: string; count: number }[];
  seconds: number;
}

function openLines(file: string): AsyncIterable<string> {
  let stream: Readable = createReadStream(file);
  if (file.endsWith('.gz')) stream = stream.pipe(createGunzip());
  return createInterface({ input: stream, crlfDelay: Infinity });
}

function compileFormat(logFormat: string | undefined): LoghubFormat | null {
  if (logFormat === undefined) return null;
  try {
    const format = compileLogFormat(logFormat);
    if (!format.fields.includes('Content')) throw new RangeError('no <Content> field');
    return format;
  } catch {
    throw new CaselineError(
      'bad-arguments',
      { logFormat },
      `log format needs a <Content> field: ${logFormat}`,
    );
  }
}

/** The text mined for one line: its Content field, or the whole line when it does not match. */
function contentOf(format: LoghubFormat | null, line: string): string {
  if (!format) return line;
  return matchLoghubLine(format, line)?.Content ?? line;
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

async function writeCsv(
  options: MinePatternsOptions & { outCsv: string },
  format: LoghubFormat | null,
  keys: Int32Array,
  byKey: Map<number, MinedCluster>,
): Promise<void> {
  const out = createWriteStream(options.outCsv);
  const failed = once(out, 'error').then(([e]: unknown[]) => {
    throw new CaselineError('source-unreadable', { path: options.outCsv }, String(e));
  });
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  await write('LineId,Content,EventId,EventTemplate\n');
  let n = 0;
  for await (const line of openLines(options.file)) {
    const cluster = byKey.get(keys[n])!;
    n++;
    const row = [String(n), contentOf(format, line), cluster.signatureId, cluster.template];
    await write(row.map(csvField).join(',') + '\n');
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}

/**
 * Mines a plain or .gz log file line by line; returns the line count, the templates with
 * their counts (most frequent first) and the elapsed seconds. Throws CaselineError
 * `source-not-found` for a missing file, `bad-arguments` for a format without
 * `<Content>`.
 */
export async function minePatternsFile(options: MinePatternsOptions): Promise<MinePatternsResult> {
  const started = performance.now();
  if (!existsSync(options.file) || !statSync(options.file).isFile()) {
    throw new CaselineError('source-not-found', { path: options.file });
  }
  const format = compileFormat(options.logFormat);
  const miner = createSignatureMiner();
  let keys = new Int32Array(1 << 16);
  let lines = 0;
  for await (const line of openLines(options.file)) {
    if (lines === keys.length) {
      const grown = new Int32Array(keys.length * 2);
      grown.set(keys);
      keys = grown;
    }
    keys[lines++] = miner.add(contentOf(format, line), null);
  }
  const mined = miner.finish();
  const byKey = new Map(mined.clusters.map((c) => [c.key, c]));
  if (options.outCsv !== undefined) {
    await writeCsv({ ...options, outCsv: options.outCsv }, format, keys, byKey);
  }
  const bySignature = new Map<string, { eventId: string; template: string; count: number }>();
  for (const c of mined.clusters) {
    const entry = bySignature.get(c.signatureId);
    if (entry) entry.count += c.count;
    else
      bySignature.set(c.signatureId, {
        eventId: c.signatureId,
        template: c.template,
        count: c.count,
      });
  }
  const templates = [...bySignature.values()].sort(
    (a, b) => b.count - a.count || a.eventId.localeCompare(b.eventId),
  );
  return { lines, templates, seconds: Math.round(performance.now() - started) / 1000 };
}
