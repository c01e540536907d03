/**
 * CSV (or TSV, `;`- or `|`-separated) logs with a header row. A small quote-aware state
 * machine splits each row; a quoted field may span lines. Rows are mapped by column name
 * through the field mapper, like JSON fields.
 */
import type { FieldMapper } from '../field-mapper.ts';
import type { LineParser, ParseSink } from '../log-record.ts';

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** A quoted field longer than this many lines is treated as a broken quote. */
const MAX_ROW_LINES = 200;

/** The delimiter a header line uses most outside quotes (',' when none). */
export function csvDelimiter(header: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const fields = splitCsvRow(header, d);
    const count = fields ? fields.length - 1 : 0;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits one row; null when it ends inside an open quote (the row continues on the next
 * line). `""` inside quotes is a quote. Never throws.
 */
export function splitCsvRow(row: string, delimiter: string): string[] | null {
  const d = delimiter.charCodeAt(0);
  const out: string[] = [];
  let i = 0;
  const n = row.length;
  for (;;) {
    if (row.charCodeAt(i) === 34) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = row.indexOf('"', from);
        if (q < 0) return null;
        value += row.slice(from, q);
        if (row.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text after the closing quote up to the delimiter stays with the field.
      const next = row.indexOf(delimiter, i);
      const end = next < 0 ? n : next;
      value += row.slice(i, end);
      out.push(value);
      if (next < 0) return out;
      i = next + 1;
      continue;
    }
    let end = i;
    while (end < n && row.charCodeAt(end) !== d) end++;
    out.push(row.slice(i, end));
    if (end >= n) return out;
    i = end + 1;
  }
}

/** Returns a parser for delimited logs: the first line is the header row. */
export function createCsvParser(sink: ParseSink, mapper: FieldMapper): LineParser {
  let columns: string[] | null = null;
  let delimiter = ',';
  let pending = '';
  let pendingLines = 0;
  let pendingStart = 0;
  let lastTs: number | null = null;

  const row = (fields: string[] | null, text: string, lineNo: number): void => {
    if (fields === null) {
      sink.skip('unclosed-quote', lineNo);
      return;
    }
    if (columns === null) {
      columns = fields.map((c) => c.trim());
      return;
    }
    if (fields.length === 1 && columns.length > 2) {
      sink.skip('unparsable-line', lineNo);
      return;
    }
    const obj: Record<string, unknown> = {};
    const count = Math.min(fields.length, columns.length);
    for (let k = 0; k < count; k++) {
      const value = fields[k];
      if (value !== '') obj[columns[k]] = value;
    }
    const rec = mapper.map(obj, lineNo, text);
    if (rec.ts === null) rec.ts = lastTs;
    else lastTs = rec.ts;
    sink.record(rec);
  };

  return {
    push(line, lineNo) {
      if (pendingLines > 0) {
        pending += '\n' + line;
        pendingLines++;
      } else {
        if (line.trim() === '') {
          sink.skip('empty-line', lineNo);
          return;
        }
        if (columns === null) delimiter = csvDelimiter(line);
        pending = line;
        pendingLines = 1;
        pendingStart = lineNo;
      }
      const fields = splitCsvRow(pending, delimiter);
      if (fields === null && pendingLines < MAX_ROW_LINES) return;
      const text = pending;
      pending = '';
      pendingLines = 0;
      row(fields, text, pendingStart);
    },
    end() {
      if (pendingLines > 0) {
        const text = pending;
        pendingLines = 0;
        row(splitCsvRow(text, delimiter), text, pendingStart);
      }
    },
  };
}
