/**
 * The fallback for text nobody recognised: every line is one record whose message is the
 * line itself; a leading timestamp and level are picked up when present.
 */
import { emptyRecord, type LineParser, type ParseSink } from '../log-record.ts';
import type { TimestampOptions } from '../timestamps.ts';
import { readTextHeader } from './text-header.ts';
import { isBlank } from './blank.ts';

/** Returns a parser that makes one record per line; it never skips a line. */
export function createPlainTextParser(sink: ParseSink, time?: TimestampOptions): LineParser {
  let lastTs: number | null = null;
  return {
    push(line, lineNo) {
      if (isBlank(line)) {
        sink.skip('empty-line', lineNo);
        return;
      }
      const rec = emptyRecord(lineNo, line);
      const header = readTextHeader(line, time);
      if (header) {
        rec.level = header.level;
        if (header.ts !== null) lastTs = header.ts;
      }
      rec.ts = lastTs;
      sink.record(rec);
    },
    end() {},
  };
}
