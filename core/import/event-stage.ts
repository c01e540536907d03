/**
 * Stages parsed events in a CSV file beside the new workspace, then loads them with one
 * DuckDB COPY-style INSERT. DuckDB's parallel CSV reader is much faster than appending
 * values one by one across the native boundary, and the staging file keeps the JS heap
 * flat however large the import is.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { LogRecord } from '../ingest/log-record.ts';
import { execute, sqlLiteral } from '../store/sql.ts';

const FLUSH_CHARS = 4 << 20;

/** Quotes a CSV field; null becomes an empty unquoted field (NULL on load). */
function field(value: string | null): string {
  if (value === null) return '';
  return value.indexOf('"') === -1 ? `"${value}"` : `"${value.replace(/"/g, '""')}"`;
}

export interface StagedEvent {
  record: LogRecord;
  source: string;
  format: string;
  cluster: number;
  attributes: string | null;
}

export class EventStage {
  private readonly fd: number;
  private buffer: string[] = [];
  private bufferedChars = 0;
  private nextId = 1;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }

  get count(): number {
    return this.nextId - 1;
  }

  add(e: StagedEvent): void {
    const r = e.record;
    const row =
      `${this.nextId++},${r.ts === null ? '' : Math.round(r.ts)},${field(e.source)},${r.line},` +
      `${e.format},${r.level},${field(r.service)},${field(r.host)},${field(r.version)},` +
      `${field(r.tenantId)},${field(r.customerId)},${field(r.userId)},${field(r.requestId)},` +
      `${field(r.traceId)},${field(r.sessionId)},${field(r.message)},${e.cluster},` +
      `${field(e.attributes)},${r.tenantOrigin}\n`;
    this.buffer.push(row);
    this.bufferedChars += row.length;
    if (this.bufferedChars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.bufferedChars = 0;
  }

  /**
   * Loads the staged rows into `events`, resolving each event's cluster to its final
   * signature id through the `cluster_map(cluster, signature_id)` table the caller made.
   */
  async load(conn: DuckDBConnection): Promise<void> {
    this.flush();
    closeSync(this.fd);
    if (this.count === 0) return;
    const columns = `{
      'id': 'BIGINT', 'ts_ms': 'BIGINT', 'source': 'VARCHAR', 'line': 'INTEGER',
      'format': 'VARCHAR', 'level': 'VARCHAR', 'service': 'VARCHAR', 'host': 'VARCHAR',
      'version': 'VARCHAR', 'tenant_id': 'VARCHAR', 'customer_id': 'VARCHAR',
      'user_id': 'VARCHAR', 'request_id': 'VARCHAR', 'trace_id': 'VARCHAR',
      'session_id': 'VARCHAR', 'message': 'VARCHAR', 'cluster': 'INTEGER',
      'attributes': 'VARCHAR', 'tenant_origin': 'VARCHAR'}`;
    await execute(
      conn,
      `INSERT INTO events
       SELECT s.id, make_timestamp(s.ts_ms * 1000), s.source, s.line, s.format, s.level,
              s.service, s.host, s.version, s.tenant_id, s.customer_id, s.user_id,
              s.request_id, s.trace_id, s.session_id, coalesce(s.message, ''),
              m.signature_id, s.attributes::JSON, s.tenant_origin
       FROM read_csv(${sqlLiteral(this.file)}, header = false, delim = ',', quote = '"',
                     escape = '"', columns = ${columns}, strict_mode = true,
                     max_line_size = 4194304) s
       LEFT JOIN cluster_map m ON m.cluster = s.cluster
       `,
    );
  }

  /** Removes the staging file (always call, also after a failed import). */
  dispose(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed by load()
    }
    rmSync(this.file, { force: true });
  }
}
