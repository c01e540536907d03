/**
 * Picks the parser for one log file from its first lines: JSON lines, logfmt, syslog,
 * Apache/Nginx access, multi-line text (Log4j and friends), CSV with a header, a Loghub
 * format string when the user gave one, else plain text. Each candidate is tried on the
 * sample and the first that reads most lines wins.
 */
import { CaselineError } from '../errors.ts';
import type { IngestConfig } from './config.ts';
import { createFieldMapper, type FieldMapper } from './field-mapper.ts';
import type { LineParser, ParseSink } from './log-record.ts';
import type { TimestampOptions } from './timestamps.ts';
import { createAccessLogParser, parseAccessLine } from './formats/apache.ts';
import { createCsvParser, csvDelimiter, splitCsvRow } from './formats/csv.ts';
import { createJsonLinesParser } from './formats/jsonl.ts';
import { createMultilineTextParser } from './formats/log4j.ts';
import { compileLogFormat, createLoghubParser } from './formats/loghub.ts';
import { createLogfmtParser, splitLogfmt } from './formats/logfmt.ts';
import { createPlainTextParser } from './formats/plain.ts';
import { parseSyslogLine } from './formats/syslog.ts';
import { createSyslogParser } from './formats/syslog.ts';
import { readTextHeader } from './formats/text-header.ts';
import { levelFromWord } from './levels.ts';
import { WELL_KNOWN_FIELDS } from './well-known-fields.ts';

export type LogFormatName =
  'jsonl' | 'logfmt' | 'syslog' | 'apache' | 'log4j' | 'csv' | 'loghub' | 'plain';

export interface LogFormatChoice {
  name: LogFormatName;
  createParser(sink: ParseSink): LineParser;
}

export interface DetectOptions {
  /** A Loghub format string (`--log-format`); forces that parser for text logs. */
  logFormat?: string;
  config: IngestConfig;
  fileName: string;
  /** Year and reference time for year-less timestamps (syslog). */
  time?: TimestampOptions;
}

/** Share of the sample a format must read to be chosen. */
const THRESHOLD = 0.8;
const SAMPLE = 200;

const mappers = new WeakMap<IngestConfig, FieldMapper>();

function mapperFor(config: IngestConfig, time?: TimestampOptions): FieldMapper {
  if (time) return createFieldMapper(config, time);
  let m = mappers.get(config);
  if (!m) mappers.set(config, (m = createFieldMapper(config)));
  return m;
}

function share(lines: readonly string[], test: (line: string) => boolean): number {
  if (lines.length === 0) return 0;
  let n = 0;
  for (const line of lines) if (test(line)) n++;
  return n / lines.length;
}

function isJsonObject(line: string): boolean {
  const t = line.trim();
  if (t.charCodeAt(0) !== 123 || t.charCodeAt(t.length - 1) !== 125) return false;
  try {
    const v: unknown = JSON.parse(t);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

function looksLikeSyslog(line: string, mapper: FieldMapper): boolean {
  const c = line.charCodeAt(0);
  // Without PRI, only BSD (`Oct 11`) or RFC 3339 (`...T...`) timestamps: Spark's
  // `17/06/09 20:10:40 INFO x.Y: msg` must stay a text log.
  if (c !== 60 && !((c | 32) >= 97 && (c | 32) <= 122) && line.charCodeAt(10) !== 84) return false;
  const rec = parseSyslogLine(line, 0, mapper);
  if (rec === null) return false;
  if (c === 60) return true;
  return rec.service !== null && (rec.host === null || levelFromWord(rec.host) === null);
}

function looksLikeLogfmt(line: string): boolean {
  if (!/^[\w.@-]+=/.test(line)) return false;
  const pairs = splitLogfmt(line);
  return pairs !== null && Object.keys(pairs).length >= 2;
}

const KNOWN_COLUMNS = new Set(
  [...WELL_KNOWN_FIELDS.timestamp, ...WELL_KNOWN_FIELDS.message, ...WELL_KNOWN_FIELDS.level].map(
    (n) => n.toLowerCase(),
  ),
);

function looksLikeCsv(lines: readonly string[], fileName: string): boolean {
  const header = lines[0];
  if (header === undefined) return false;
  const d = csvDelimiter(header);
  const columns = splitCsvRow(header, d);
  if (columns === null || columns.length < 2) return false;
  if (/\.(csv|tsv)$/i.test(fileName)) return true;
  const named = columns.some((c) => KNOWN_COLUMNS.has(c.trim().toLowerCase()));
  const rows = lines.slice(1, 50);
  const same = share(rows, (l) => splitCsvRow(l, d)?.length === columns.length);
  return named && rows.length > 0 && same >= THRESHOLD;
}

/**
 * Chooses the format of a log file from a sample of its first non-empty lines. Always
 * returns a choice (plain text when nothing fits); never throws on content. Throws
 * CaselineError('bad-arguments', {logFormat, reason}) when `logFormat` has no `<Field>`.
 */
export function detectLogFormat(
  sample: readonly string[],
  options: DetectOptions,
): LogFormatChoice {
  const { config, fileName, time } = options;
  const lines = sample.length > SAMPLE ? sample.slice(0, SAMPLE) : sample;
  const mapper = mapperFor(config, time);
  const choice = (
    name: LogFormatName,
    create: (sink: ParseSink) => LineParser,
  ): LogFormatChoice => ({
    name,
    createParser: create,
  });
  const head = lines.slice(0, 50);
  if (/\.(jsonl|ndjson|json)$/i.test(fileName) || share(head, isJsonObject) >= THRESHOLD) {
    if (share(head, isJsonObject) >= 0.5)
      return choice('jsonl', (s) => createJsonLinesParser(s, mapper));
  }
  if (options.logFormat !== undefined) {
    let format;
    try {
      format = compileLogFormat(options.logFormat);
    } catch (e) {
      throw new CaselineError('bad-arguments', {
        logFormat: options.logFormat,
        reason: (e as Error).message,
      });
    }
    return choice('loghub', (s) => createLoghubParser(s, format, time));
  }
  if (lines.length === 0) return choice('plain', (s) => createPlainTextParser(s, time));
  if (share(lines, (l) => parseAccessLine(l, 0, time) !== null) >= THRESHOLD) {
    return choice('apache', (s) => createAccessLogParser(s, time));
  }
  if (share(lines, (l) => looksLikeSyslog(l, mapper)) >= THRESHOLD) {
    return choice('syslog', (s) => createSyslogParser(s, mapper, time));
  }
  if (share(lines, looksLikeLogfmt) >= THRESHOLD)
    return choice('logfmt', (s) => createLogfmtParser(s, mapper));
  if (looksLikeCsv(lines, fileName)) return choice('csv', (s) => createCsvParser(s, mapper));
  const headers = lines.map((l) => readTextHeader(l, time));
  const withTs = headers.filter((h) => h !== null && h.ts !== null);
  const withLevel = withTs.filter((h) => h!.level !== 'unknown').length;
  if (
    headers.slice(0, 5).some((h) => h?.ts != null) &&
    withTs.length >= 0.2 * lines.length &&
    withLevel >= 0.5 * withTs.length
  ) {
    return choice('log4j', (s) => createMultilineTextParser(s, time));
  }
  return choice('plain', (s) => createPlainTextParser(s, time));
}
