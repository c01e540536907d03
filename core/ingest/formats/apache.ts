/**
 * Apache/Nginx access logs, common and combined:
 * `client ident user [17/May/2015:10:05:03 +0000] "GET /path HTTP/1.1" 500 1234 "ref" "UA"`.
 * Scanned with indexOf; HTTP 5xx is an error, 4xx a warning. The message keeps method,
 * path (without query) and status so requests to one endpoint share a signature.
 */
import { emptyRecord, type LineParser, type LogRecord, type ParseSink } from '../log-record.ts';
import { levelFromHttpStatus } from '../levels.ts';
import { readTimestamp, type TimestampOptions } from '../timestamps.ts';
import { isBlank } from './blank.ts';

function quoted(line: string, start: number): { text: string; end: number } | null {
  if (line.charCodeAt(start) !== 34) return null;
  let i = start + 1;
  for (;;) {
    const q = line.indexOf('"', i);
    if (q < 0) return null;
    if (line.charCodeAt(q - 1) !== 92 /* \ */)
      return { text: line.slice(start + 1, q), end: q + 1 };
    i = q + 1;
  }
}

function readNumberAt(line: string, i: number): number {
  let n = 0;
  let k = i;
  for (; k < line.length; k++) {
    const c = line.charCodeAt(k) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return k === i ? -1 : n;
}

/** One access-log line to a record; null when the line is not in that shape. Never throws. */
export function parseAccessLine(
  line: string,
  lineNo: number,
  time?: TimestampOptions,
): LogRecord | null {
  const sp1 = line.indexOf(' ');
  if (sp1 <= 0) return null;
  const lb = line.indexOf(' [', sp1);
  if (lb < 0) return null;
  const ts = readTimestamp(line, lb + 2, time);
  if (Number.isNaN(ts)) return null;
  const rb = line.indexOf('] "', lb);
  if (rb < 0) return null;
  const request = quoted(line, rb + 2);
  if (request === null || line.charCodeAt(request.end) !== 32) return null;
  const status = readNumberAt(line, request.end + 1);
  if (status < 100 || status > 999) return null;
  let i = request.end + 5;
  if (line.charCodeAt(i - 1) !== 32) return null;
  const bytes = readNumberAt(line, i);
  while (i < line.length && line.charCodeAt(i) !== 32) i++;

  const req = request.text;
  const s1 = req.indexOf(' ');
  const s2 = req.lastIndexOf(' ');
  const method = s1 > 0 ? req.slice(0, s1) : req;
  const path = s1 > 0 ? (s2 > s1 ? req.slice(s1 + 1, s2) : req.slice(s1 + 1)) : '';
  const q = path.indexOf('?');
  const attributes: Record<string, unknown> = {
    client: line.slice(0, sp1),
    method,
    path,
    status,
    bytes: bytes < 0 ? null : bytes,
  };
  if (s2 > s1 && s1 > 0) attributes.protocol = req.slice(s2 + 1);
  const referrer = quoted(line, i + 1);
  if (referrer) {
    attributes.referrer = referrer.text;
    const agent = quoted(line, referrer.end + 1);
    if (agent) attributes.userAgent = agent.text;
  }
  const rec = emptyRecord(lineNo, `${method} ${q >= 0 ? path.slice(0, q) : path} ${status}`);
  rec.ts = ts;
  rec.level = levelFromHttpStatus(status);
  const identEnd = line.indexOf(' ', sp1 + 1);
  const user = identEnd > 0 && identEnd < lb ? line.slice(identEnd + 1, lb) : '-';
  if (user !== '-' && user !== '') rec.userId = user;
  rec.attributes = attributes;
  return rec;
}

/** Returns a parser for access logs; other lines are skipped as 'unparsable-line'. */
export function createAccessLogParser(sink: ParseSink, time?: TimestampOptions): LineParser {
  return {
    push(line, lineNo) {
      if (isBlank(line)) {
        sink.skip('empty-line', lineNo);
        return;
      }
      const rec = parseAccessLine(line, lineNo, time);
      if (rec) sink.record(rec);
      else sink.skip('unparsable-line', lineNo);
    },
    end() {},
  };
}
