/**
 * The shape every log parser produces, whatever the source format. One record is one
 * event: a multi-line record (a stack trace) is one record whose message holds all its
 * lines joined by '\n'.
 */
export type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'unknown';

/** How an event got its tenant: read from a field, extracted by a pattern, propagated. */
export type TenantOrigin = 'field' | 'pattern' | 'propagated' | 'none';

export interface LogRecord {
  /**
   * Epoch milliseconds UTC. A record without a timestamp of its own takes the previous
   * record's; null only before the first timestamp of a file.
   */
  ts: number | null;
  level: Level;
  service: string | null;
  host: string | null;
  version: string | null;
  tenantId: string | null;
  customerId: string | null;
  userId: string | null;
  requestId: string | null;
  traceId: string | null;
  sessionId: string | null;
  /** Full message text (unredacted here; the pipeline redacts before storage). */
  message: string;
  /** Remaining structured fields worth keeping (flat or nested, JSON-safe). */
  attributes: Record<string, unknown> | null;
  /** 1-based line number of the record's first line in its source file. */
  line: number;
  /** 'field' when tenantId came from a field, 'pattern' when extracted from text. */
  tenantOrigin: TenantOrigin;
}

/** Receives what a parser makes of its lines. */
export interface ParseSink {
  record(record: LogRecord): void;
  /** A line that could not become (part of) a record, with a stable kebab-case reason. */
  skip(reason: string, lineNo: number): void;
}

/** Parses the lines of one source file in order; keeps state for multi-line records. */
export interface LineParser {
  push(line: string, lineNo: number): void;
  /** End of file: emit any record still being assembled. */
  end(): void;
}

export function emptyRecord(line: number, message: string): LogRecord {
  return {
    ts: null,
    level: 'unknown',
    service: null,
    host: null,
    version: null,
    tenantId: null,
    customerId: null,
    userId: null,
    requestId: null,
    traceId: null,
    sessionId: null,
    message,
    attributes: null,
    line,
    tenantOrigin: 'none',
  };
}
