/**
 * logfmt (`ts=... level=error msg="disk full" tenant=acme`): key=value pairs, values bare
 * or double-quoted with backslash escapes, scanned with indexOf/charCodeAt.
 */
import type { FieldMapper } from '../field-mapper.ts';
import type { LineParser, ParseSink } from '../log-record.ts';
import { isBlank } from './blank.ts';

/**
 * Splits a logfmt line into its pairs (a bare key is `true`); null when the line holds no
 * `key=value` pair at all. Never throws.
 */
export function splitLogfmt(line: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let pairs = 0;
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n) {
      const c = line.charCodeAt(i);
      if (c === 61 /* = */ || c === 32 || c === 34) break;
      i++;
    }
    const key = line.slice(keyStart, i);
    if (line.charCodeAt(i) !== 61) {
      if (line.charCodeAt(i) === 34) i++; // a stray quote: step over it
      if (key !== '') out[key] = true;
      continue;
    }
    i++;
    let value: string;
    if (line.charCodeAt(i) === 34) {
      i++;
      let text = '';
      let from = i;
      for (;;) {
        const q = line.indexOf('"', i);
        const b = line.indexOf('\\', i);
        if (b >= 0 && (q < 0 || b < q)) {
          text += line.slice(from, b);
          const e = line.charAt(b + 1);
          text += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          i = from = b + 2;
          continue;
        }
        if (q < 0) {
          text += line.slice(from);
          i = n;
          break;
        }
        text += line.slice(from, q);
        i = q + 1;
        break;
      }
      value = text;
    } else {
      const sp = line.indexOf(' ', i);
      const end = sp < 0 ? n : sp;
      value = line.slice(i, end);
      i = end;
    }
    if (key !== '') {
      out[key] = value;
      pairs++;
    }
  }
  return pairs > 0 ? out : null;
}

/** Returns a parser for logfmt logs; a line without any pair is skipped as 'unparsable-line'. */
export function createLogfmtParser(sink: ParseSink, mapper: FieldMapper): LineParser {
  let lastTs: number | null = null;
  return {
    push(line, lineNo) {
      if (isBlank(line)) {
        sink.skip('empty-line', lineNo);
        return;
      }
      const fields = splitLogfmt(line);
      if (fields === null) {
        sink.skip('unparsable-line', lineNo);
        return;
      }
      const rec = mapper.map(fields, lineNo, line);
      if (rec.ts === null) rec.ts = lastTs;
      else lastTs = rec.ts;
      sink.record(rec);
    },
    end() {},
  };
}
