/**
 * Multi-line text logs (Log4j, Logback, Python logging, Spark, Hadoop...): a line that
 * starts with a header (timestamp, level, logger) opens a record; every other line (stack
 * frames `\tat ...`, `Caused by:`, `Traceback (most recent call last):`, wrapped text) is
 * appended to the open record's message with '\n'.
 */
import { emptyRecord, type LineParser, type LogRecord, type ParseSink } from '../log-record.ts';
import type { TimestampOptions } from '../timestamps.ts';
import { readTextHeader } from './text-header.ts';
import { isBlank } from './blank.ts';

/** A record stops growing here; further continuation lines are counted skips. */
const MAX_RECORD_LINES = 1000;
const MAX_MESSAGE_CHARS = 256 * 1024;

/** Returns a parser for multi-line text logs. Lines before the first header become their own records. */
export function createMultilineTextParser(sink: ParseSink, time?: TimestampOptions): LineParser {
  let open: LogRecord | null = null;
  let parts: string[] = [];
  let chars = 0;
  let lastTs: number | null = null;

  const flush = (): void => {
    if (open === null) return;
    if (parts.length > 1) open.message = parts.join('\n');
    sink.record(open);
    open = null;
  };

  return {
    push(line, lineNo) {
      if (isBlank(line)) {
        sink.skip('empty-line', lineNo);
        return;
      }
      const header = readTextHeader(line, time);
      if (header === null && open !== null) {
        if (parts.length >= MAX_RECORD_LINES || chars + line.length > MAX_MESSAGE_CHARS) {
          sink.skip('record-too-long', lineNo);
          return;
        }
        parts.push(line);
        chars += line.length + 1;
        return;
      }
      flush();
      const rec = emptyRecord(lineNo, '');
      if (header) {
        rec.message = header.messageStart > 0 ? line.slice(header.messageStart) : line;
        rec.level = header.level;
        if (header.ts !== null) lastTs = header.ts;
        if (header.logger !== null || header.thread !== null) {
          rec.attributes = {};
          if (header.logger !== null) rec.attributes.logger = header.logger;
          if (header.thread !== null) rec.attributes.thread = header.thread;
        }
      } else rec.message = line;
      rec.ts = header?.ts ?? lastTs;
      open = rec;
      parts = [rec.message];
      chars = rec.message.length;
    },
    end() {
      flush();
    },
  };
}
