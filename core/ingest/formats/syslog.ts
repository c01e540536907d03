/**
 * Syslog: RFC 5424 (`<165>1 2003-10-11T22:14:15.003Z host app procid msgid [sd] msg`) and
 * RFC 3164 / BSD files (`[<34>]Oct 11 22:14:15 host tag[pid]: msg`). Severity comes from
 * PRI when present; structured data is kept in attributes and its parameters are also
 * offered to the field mapper (a `tenant` parameter becomes the tenant).
 */
import type { FieldMapper } from '../field-mapper.ts';
import { emptyRecord, type LineParser, type LogRecord, type ParseSink } from '../log-record.ts';
import { levelFromSyslogSeverity, levelFromWord } from '../levels.ts';
import { readTimestamp, timestampEnd, type TimestampOptions } from '../timestamps.ts';
import { isBlank } from './blank.ts';

function nextField(line: string, i: number): number {
  const sp = line.indexOf(' ', i);
  return sp < 0 ? line.length : sp;
}

const nil = (s: string): string | null => (s === '-' || s === '' ? null : s);

/** `[id k="v"...][id2 ...]` from i; returns the parsed elements and the end index. */
function structuredData(
  line: string,
  i: number,
): { sd: Record<string, Record<string, string>>; end: number } | null {
  const sd: Record<string, Record<string, string>> = {};
  while (line.charCodeAt(i) === 91 /* [ */) {
    const idEnd = line.slice(i + 1).search(/[ \]]/);
    if (idEnd < 0) return null;
    const params: Record<string, string> = {};
    sd[line.slice(i + 1, i + 1 + idEnd)] = params;
    i += 1 + idEnd;
    while (line.charCodeAt(i) === 32) {
      const eq = line.indexOf('="', i);
      if (eq < 0) return null;
      const name = line.slice(i + 1, eq);
      let j = eq + 2;
      let value = '';
      for (;;) {
        const c = line.charCodeAt(j);
        if (Number.isNaN(c)) return null;
        if (c === 92 /* \ */) {
          value += line.charAt(j + 1);
          j += 2;
        } else if (c === 34) break;
        else {
          value += line.charAt(j);
          j++;
        }
      }
      params[name] = value;
      i = j + 1;
    }
    if (line.charCodeAt(i) !== 93) return null;
    i++;
  }
  return { sd, end: i };
}

/** One syslog line to a record; null when it has no syslog header. Never throws. */
export function parseSyslogLine(
  line: string,
  lineNo: number,
  mapper: FieldMapper,
  time?: TimestampOptions,
): LogRecord | null {
  let i = 0;
  let severity = -1;
  let facility = -1;
  if (line.charCodeAt(0) === 60 /* < */) {
    const gt = line.indexOf('>');
    const pri = gt > 1 && gt <= 4 ? Number(line.slice(1, gt)) : NaN;
    if (!Number.isInteger(pri) || pri > 191) return null;
    severity = pri & 7;
    facility = pri >> 3;
    i = gt + 1;
  }
  if (severity >= 0 && line.charCodeAt(i) === 49 /* 1 */ && line.charCodeAt(i + 1) === 32) {
    return rfc5424(line, i + 2, lineNo, severity, facility, mapper, time);
  }
  const ts = readTimestamp(line, i, time);
  if (Number.isNaN(ts)) return null;
  i = timestampEnd();
  if (line.charCodeAt(i) !== 32) return null;
  const hostEnd = nextField(line, i + 1);
  const host = line.slice(i + 1, hostEnd);
  let rest = hostEnd + 1;
  let service: string | null = null;
  const attributes: Record<string, unknown> = {};
  // The tag ends at `[pid]:` or `:`; a tag is one word.
  const colon = line.indexOf(': ', rest);
  const space = line.indexOf(' ', rest);
  if (colon > rest && (space < 0 || colon < space)) {
    let tag = line.slice(rest, colon);
    const lb = tag.lastIndexOf('[');
    if (lb > 0 && tag.endsWith(']')) {
      attributes.pid = tag.slice(lb + 1, -1);
      tag = tag.slice(0, lb);
    }
    service = tag;
    rest = colon + 2;
  }
  const rec = emptyRecord(lineNo, rest <= line.length ? line.slice(rest) : '');
  rec.ts = ts;
  rec.host = nil(host);
  rec.service = service;
  if (severity >= 0) {
    rec.level = levelFromSyslogSeverity(severity);
    attributes.facility = facility;
  } else {
    const word = rec.message.slice(0, rec.message.indexOf(' ') >>> 0);
    rec.level = (word.length >= 4 ? levelFromWord(word) : null) ?? 'unknown';
  }
  rec.attributes = Object.keys(attributes).length ? attributes : null;
  return rec;
}

function rfc5424(
  line: string,
  i: number,
  lineNo: number,
  severity: number,
  facility: number,
  mapper: FieldMapper,
  time?: TimestampOptions,
): LogRecord | null {
  const fields: string[] = [];
  for (let n = 0; n < 5; n++) {
    const end = nextField(line, i);
    fields.push(line.slice(i, end));
    i = end + 1;
  }
  const [tsText, host, app, procId, msgId] = fields as [string, string, string, string, string];
  let ts: number | null = null;
  if (tsText !== '-') {
    const t = readTimestamp(tsText, 0, time);
    if (Number.isNaN(t)) return null;
    ts = t;
  }
  const attributes: Record<string, unknown> = { facility };
  if (nil(procId)) attributes.pid = procId;
  if (nil(msgId)) attributes.msgid = msgId;
  let roles: LogRecord | null = null;
  if (line.charCodeAt(i) === 91) {
    const parsed = structuredData(line, i);
    if (parsed === null) return null;
    attributes.sd = parsed.sd;
    const params: Record<string, unknown> = {};
    for (const element of Object.values(parsed.sd)) Object.assign(params, element);
    roles = mapper.map(params, lineNo, '');
    i = parsed.end + 1;
  } else if (line.charCodeAt(i) === 45) i += 2;
  let message = i < line.length ? line.slice(i) : '';
  if (message.charCodeAt(0) === 0xfeff) message = message.slice(1);
  const rec = emptyRecord(lineNo, message);
  if (roles) {
    rec.tenantId = roles.tenantId;
    rec.tenantOrigin = roles.tenantOrigin;
    rec.customerId = roles.customerId;
    rec.userId = roles.userId;
    rec.requestId = roles.requestId;
    rec.traceId = roles.traceId;
    rec.sessionId = roles.sessionId;
    rec.version = roles.version;
  }
  rec.ts = ts;
  rec.level = levelFromSyslogSeverity(severity);
  rec.host = nil(host);
  rec.service = nil(app);
  rec.attributes = attributes;
  return rec;
}

/** Returns a parser for syslog files; lines without a syslog header are 'unparsable-line'. */
export function createSyslogParser(
  sink: ParseSink,
  mapper: FieldMapper,
  time?: TimestampOptions,
): LineParser {
  let lastTs: number | null = null;
  return {
    push(line, lineNo) {
      if (isBlank(line)) {
        sink.skip('empty-line', lineNo);
        return;
      }
      const rec = parseSyslogLine(line, lineNo, mapper, time);
      if (rec === null) {
        sink.skip('unparsable-line', lineNo);
        return;
      }
      if (rec.ts === null) rec.ts = lastTs;
      else lastTs = rec.ts;
      sink.record(rec);
    },
    end() {},
  };
}
