/**
 * Text logs described by a Loghub format string (`--log-format`, e.g.
 * `<Date> <Time> <Level> <Component>: <Content>`). Content becomes the message; Date,
 * Time, Month, Day (or an epoch `Timestamp`) the time; Level the level; the other fields
 * attributes.
 */
import { compileLoghubFormat, type LoghubFormat } from './loghub-format.ts';
import { createFormatScanner } from './loghub-matcher.ts';
import { emptyRecord, type LineParser, type LogRecord, type ParseSink } from '../log-record.ts';
import { normalizeLevel } from '../levels.ts';
import { parseTimestamp, type TimestampOptions } from '../timestamps.ts';
import { isBlank } from './blank.ts';

/** Lines longer than this that the scanner rejects are not searched with the regex. */
const MAX_REGEX_FALLBACK = 1000;
const TIME_PARTS = new Set(['Month', 'Date', 'Day', 'Time']);
const HOST_FIELDS = new Set(['Node', 'Host', 'Hostname']);
// OpenStack (oslo.log) context: `req-<uuid> <user_id> <project_id> - - -`.
const OSLO_CONTEXT = /^req-([0-9a-f-]{36}) ([0-9a-f]{32}) ([0-9a-f]{32})/;

/**
 * Compiles a format string. Formats written in the Loghub benchmark's convention, whose
 * literal parts are regex (`\[<Pid>\]`, `(\[<PID>\])?`), are kept as regex; plain formats
 * match their separators literally. Throws a RangeError when the format has no `<Field>`.
 */
export function compileLogFormat(format: string): LoghubFormat {
  const plain = compileLoghubFormat(format);
  if (!format.includes('\\')) return plain;
  let pattern = '';
  let n = 0;
  for (const part of format.split(/(<[^<>]+>)/)) {
    if (part === '') continue;
    if (/^<[^<>]+>$/.test(part)) pattern += `(?<f${n++}>.*?)`;
    else pattern += part.replace(/ +/g, '\\s+');
  }
  try {
    return { source: format, fields: plain.fields, regex: new RegExp(`^${pattern}$`) };
  } catch {
    return plain;
  }
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Returns a parser for a compiled format; lines that do not match are 'format-mismatch' skips. */
export function createLoghubParser(
  sink: ParseSink,
  format: LoghubFormat,
  time?: TimestampOptions,
): LineParser {
  const { fields, regex } = format;
  const timeIdx = fields.flatMap((f, i) => (TIME_PARTS.has(f) ? [i] : []));
  const timeOnly = fields.indexOf('Time');
  const epochIdx = fields.indexOf('Timestamp');
  const contentIdx = fields.indexOf('Content');
  const levelIdx = fields.indexOf('Level');
  const scanner = createFormatScanner(format.source);
  let lastTs: number | null = null;

  type Values = readonly (string | undefined)[];
  const timestamp = (g: Values): number | null => {
    let ts: number | null = null;
    if (timeIdx.length > 0) {
      const text = timeIdx.map((i) => g[i] ?? '').join(' ');
      ts = parseTimestamp(text, time);
      if (ts === null && timeOnly >= 0 && timeIdx.length > 1)
        ts = parseTimestamp(g[timeOnly], time);
    }
    if (ts === null && epochIdx >= 0) ts = parseTimestamp(g[epochIdx], time);
    return ts;
  };

  const toRecord = (g: Values, line: string, lineNo: number): LogRecord => {
    const rec = emptyRecord(lineNo, contentIdx >= 0 ? (g[contentIdx] ?? '') : line);
    rec.ts = timestamp(g) ?? lastTs;
    if (rec.ts !== null) lastTs = rec.ts;
    if (levelIdx >= 0) rec.level = normalizeLevel(g[levelIdx]);
    const attributes: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const name = fields[i];
      const value = g[i];
      if (value === undefined || value === '' || i === contentIdx || i === levelIdx) continue;
      if (TIME_PARTS.has(name) || i === epochIdx) continue;
      if (HOST_FIELDS.has(name) && rec.host === null) rec.host = value;
      else attributes[lowerFirst(name)] = value;
      const ids = value.startsWith('req-') ? OSLO_CONTEXT.exec(value) : null;
      if (ids) {
        rec.requestId = `req-${ids[1]}`;
        rec.userId = ids[2]!;
        rec.tenantId = ids[3]!;
        rec.tenantOrigin = 'field';
      }
    }
    rec.attributes = Object.keys(attributes).length ? attributes : null;
    return rec;
  };

  return {
    push(line, lineNo) {
      if (isBlank(line)) {
        sink.skip('empty-line', lineNo);
        return;
      }
      let values: Values | null = scanner ? scanner.scan(line) : null;
      // The regex may still fit by backtracking; on long lines that search can explode.
      if (values === null && (scanner === null || line.length <= MAX_REGEX_FALLBACK)) {
        const m = regex.exec(line);
        if (m?.groups) {
          const groups = m.groups;
          values = fields.map((_, i) => groups[`f${i}`]);
        }
      }
      if (values === null) {
        sink.skip('format-mismatch', lineNo);
        return;
      }
      sink.record(toRecord(values, line, lineNo));
    },
    end() {},
  };
}
