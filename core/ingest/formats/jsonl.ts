/**
 * JSON lines: one JSON object per line (ECS, OpenTelemetry, Bunyan, Pino, Serilog CLEF,
 * custom). Fields are mapped by the field mapper; a line that is not a JSON object is a
 * counted skip.
 */
import type { FieldMapper } from '../field-mapper.ts';
import type { LineParser, ParseSink } from '../log-record.ts';
import { isBlank } from './blank.ts';

/** Returns a parser for JSON-lines logs; lines without a timestamp take the previous one's. */
export function createJsonLinesParser(sink: ParseSink, mapper: FieldMapper): LineParser {
  let lastTs: number | null = null;
  return {
    push(line, lineNo) {
      if (isBlank(line)) {
        sink.skip('empty-line', lineNo);
        return;
      }
      let start = 0;
      while (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9) start++;
      if (line.charCodeAt(start) !== 123 /* { */) {
        sink.skip('not-json-object', lineNo);
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        sink.skip('malformed-json', lineNo);
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        sink.skip('not-json-object', lineNo);
        return;
      }
      const fields = value as Record<string, unknown>;
      const rec = mapper.map(fields, lineNo, line);
      // Bunyan names the service `name` and marks its records with `v`.
      if (rec.service === null && typeof fields.v === 'number' && typeof fields.name === 'string') {
        rec.service = fields.name;
        if (rec.attributes) {
          delete rec.attributes.name;
          delete rec.attributes.v;
        }
      }
      if (rec.ts === null) rec.ts = lastTs;
      else lastTs = rec.ts;
      sink.record(rec);
    },
    end() {},
  };
}
