/**
 * Imports one log file: sniff (empty, binary), detect the format from the first lines,
 * parse, attribute, redact, mine the signature cluster, and stage each event. Damaged
 * input becomes counted skips and warnings on the source's report, never an exception.
 */
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { IngestConfig } from '../ingest/config.ts';
import { detectLogFormat } from '../ingest/detect.ts';
import type { LineParser, LogRecord, ParseSink } from '../ingest/log-record.ts';
import { countSkip, newSkipTally } from '../store/rows.ts';
import { accessLogTemplate } from '../patterns/access-route.ts';
import { serializeEvent } from './event-stage.ts';
import { isGzip, looksBinary, readHead, readLines } from './read-lines.ts';
import { serviceFromFileName } from './service-name.ts';
import { reportFromTally, unreadableSource, type SourceReport } from './source-report.ts';

/** The part of the signature miner the import needs (see core/patterns). */
export interface SignatureMinerPort {
  add(message: string, service: string | null): number;
  addTemplate(template: string, service: string | null): number;
}

export interface TextRedactor {
  redact(text: string): string;
}

/**
 * One parsed, attributed and redacted event, ready to be mined and stored: `row` is its
 * staging-CSV text without id and cluster; `text` is what the miner groups it by
 * (`templated` when it is already a template, as for access-log routes).
 */
export interface ParsedEvent {
  row: string;
  text: string;
  templated: boolean;
  service: string | null;
}

/** Mines a parsed event's signature cluster and stages it (the usual in-process sink). */
export function mineAndStage(
  miner: SignatureMinerPort,
  stage: { addRow(row: string, cluster: number): void },
): (e: ParsedEvent) => void {
  return (e) =>
    stage.addRow(
      e.row,
      e.templated ? miner.addTemplate(e.text, e.service) : miner.add(e.text, e.service),
    );
}

export interface LogImportContext {
  /** Receives every event in file order. */
  emit: (event: ParsedEvent) => void;
  redactor: TextRedactor;
  redact: boolean;
  extract: (record: LogRecord) => void;
  config: IngestConfig;
  logFormat?: string;
  /** Called every few thousand lines with the number of lines read since the last call. */
  onLines?: (lines: number) => void;
  /** Awaited after each chunk read (lets a worker wait for its consumer). */
  afterChunk?: () => Promise<void> | void;
}

const SAMPLE_LINES = 200;
const MAX_MESSAGE_CHARS = 256 * 1024;

export async function importLogFile(path: string, ctx: LogImportContext): Promise<SourceReport> {
  let size: number;
  let modified: number;
  try {
    const info = await stat(path);
    size = info.size;
    modified = info.mtimeMs;
  } catch {
    return unreadableSource(path, 'logs', 'not-found');
  }
  if (size === 0) return unreadableSource(path, 'logs', 'empty-file');
  let head: Buffer;
  try {
    head = await readHead(path);
  } catch {
    return unreadableSource(path, 'logs', 'unreadable');
  }
  if (!isGzip(head) && looksBinary(head)) return unreadableSource(path, 'logs', 'binary-file');

  const tally = newSkipTally();
  const fallbackService = serviceFromFileName(path);
  let events = 0;
  let lastTs: number | null = null;
  let format = 'unknown';

  const sink: ParseSink = {
    record(r) {
      if (r.ts === null) r.ts = lastTs;
      else lastTs = r.ts;
      if (r.service === null) r.service = fallbackService;
      ctx.extract(r);
      if (r.message.length > MAX_MESSAGE_CHARS) r.message = r.message.slice(0, MAX_MESSAGE_CHARS);
      // Mine before redaction would leak nothing (clusters hold masked templates), but the
      // stored template must be redacted too, so mine the redacted text.
      if (ctx.redact) redactRecord(r, ctx.redactor);
      const templated = format === 'apache' && r.attributes !== null;
      const text = templated
        ? accessLogTemplate(
            scalar(r.attributes?.method, '-'),
            scalar(r.attributes?.path, ''),
            scalar(r.attributes?.status, '-'),
            r.tenantId,
          )
        : r.message;
      let attributes: string | null = null;
      if (r.attributes && Object.keys(r.attributes).length) {
        if (ctx.redact) redactValues(r.attributes, ctx.redactor);
        attributes = JSON.stringify(r.attributes);
      }
      ctx.emit({
        row: serializeEvent(r, path, format, attributes),
        text,
        templated,
        service: r.service,
      });
      events++;
    },
    skip(reason, lineNo) {
      countSkip(tally, reason, lineNo);
    },
  };

  let parser: LineParser | null = null;
  const sample: { line: string; no: number }[] = [];
  let sinceProgress = 0;
  const startParser = (): LineParser => {
    const choice = detectLogFormat(
      sample.map((s) => s.line),
      {
        logFormat: ctx.logFormat,
        config: ctx.config,
        fileName: path,
        // Year-less timestamps (syslog) belong to the year the file was last written.
        time: { referenceYear: new Date(modified).getUTCFullYear(), now: modified },
      },
    );
    format = choice.name;
    const p = choice.createParser(sink);
    for (const s of sample) p.push(s.line, s.no);
    sample.length = 0;
    return p;
  };

  const stats = await readLines(
    path,
    (line, no) => {
      if (++sinceProgress >= 65536) {
        ctx.onLines?.(sinceProgress);
        sinceProgress = 0;
      }
      if (parser) return parser.push(line, no);
      if (line.trim() === '' && sample.length === 0) return;
      sample.push({ line, no });
      if (sample.length >= SAMPLE_LINES) parser = startParser();
    },
    { afterChunk: ctx.afterChunk },
  ).catch(() => null);
  if (!stats) return unreadableSource(path, 'logs', 'unreadable');
  ctx.onLines?.(sinceProgress);

  if (!parser && sample.length) parser = startParser();
  // The callback above assigns `parser`; TypeScript cannot see that.
  (parser as LineParser | null)?.end(); // eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion
  // Lines the parsers skipped; a damaged gzip tail is reported too but is not a line.
  const skippedLines = Object.values(tally.counts).reduce((a, n) => a + n, 0);
  if (stats.damagedGzip) countSkip(tally, 'truncated-gzip', stats.lines + 1);
  if (stats.lines === 0 || (events === 0 && !parser)) {
    const reason = stats.damagedGzip ? 'truncated-gzip' : 'empty-file';
    return unreadableSource(path, 'logs', reason, format);
  }
  const imported = Math.max(0, stats.lines - skippedLines);
  const report = reportFromTally(path, 'logs', format, stats.lines, imported, tally);
  report.events = events;
  const warnings: Record<string, number> = {};
  if (stats.invalidUtf8Lines) warnings['invalid-utf8'] = stats.invalidUtf8Lines;
  if (stats.nulLines) warnings['nul-bytes'] = stats.nulLines;
  if (stats.cutLines) warnings['line-too-long'] = stats.cutLines;
  if (Object.keys(warnings).length) report.warnings = warnings;
  return report;
}

/**
 * Redacts the message and the identifying fields. A user id that is personal data (an
 * e-mail address) becomes a stable pseudonym so that events of one user still group.
 */
function redactRecord(r: LogRecord, redactor: TextRedactor): void {
  r.message = redactor.redact(r.message);
  if (r.userId !== null) {
    const clean = redactor.redact(r.userId);
    if (clean !== r.userId) r.userId = 'user-' + shortHash(r.userId);
  }
  if (r.host !== null) r.host = redactor.redact(r.host);
}

function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}

function scalar(value: unknown, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

/**
 * Redacts the string values of attributes in place. Redacting values, not the JSON text,
 * keeps JSON punctuation from triggering the pattern checks (':' looks like IPv6).
 */
function redactValues(values: Record<string, unknown> | unknown[], redactor: TextRedactor): void {
  const target = values as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    const v = target[key];
    if (typeof v === 'string') target[key] = redactor.redact(v);
    else if (v !== null && typeof v === 'object')
      redactValues(v as Record<string, unknown>, redactor);
  }
}
