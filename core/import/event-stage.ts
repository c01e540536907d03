/**
 * Stages parsed events in CSV chunk files beside the new workspace and loads each chunk
 * into a staging table while the next one is being parsed: DuckDB works on its own
 * threads, so parsing (JS) and loading (native) overlap. DuckDB's CSV reader is much
 * faster than appending values one by one across the native boundary, and chunking keeps
 * the JS heap and the disk footprint flat however large the import is. At the end the
 * staged rows move to `events` with their final signature ids.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { LogRecord } from '../ingest/log-record.ts';
import { execute, sqlLiteral } from '../store/sql.ts';

const FLUSH_CHARS = 4 << 20;
const CHUNK_ROWS = 250_000;

/**
 * The staging CSV quotes with the control character U+0001, which log text practically
 * never holds, so ordinary double quotes (JSON attributes, quoted messages) need no
 * escaping; a U+0001 that does occur is doubled. Null is an empty unquoted field.
 */
const Q = '\u0001';

function field(value: string | null): string {
  if (value === null) return '';
  return value.indexOf(Q) === -1 ? Q + value + Q : Q + value.replaceAll(Q, Q + Q) + Q;
}

/**
 * The staging-CSV text of one event without its id (first column) and signature cluster
 * (last column), which the stage adds: parsing may run in a worker, mining does not.
 */
export function serializeEvent(
  r: LogRecord,
  source: string,
  format: string,
  attributes: string | null,
): string {
  return (
    `${r.ts === null ? '' : Math.round(r.ts)},${field(source)},${r.line},${format},${r.level},` +
    `${field(r.service)},${field(r.host)},${field(r.version)},${field(r.tenantId)},` +
    `${field(r.customerId)},${field(r.userId)},${field(r.requestId)},${field(r.traceId)},` +
    `${field(r.sessionId)},${field(r.message)},${field(attributes)},${r.tenantOrigin},`
  );
}

const STAGE_COLUMNS = `{
  'id': 'BIGINT', 'ts_ms': 'BIGINT', 'source': 'VARCHAR', 'line': 'INTEGER',
  'format': 'VARCHAR', 'level': 'VARCHAR', 'service': 'VARCHAR', 'host': 'VARCHAR',
  'version': 'VARCHAR', 'tenant_id': 'VARCHAR', 'customer_id': 'VARCHAR',
  'user_id': 'VARCHAR', 'request_id': 'VARCHAR', 'trace_id': 'VARCHAR',
  'session_id': 'VARCHAR', 'message': 'VARCHAR', 'attributes': 'VARCHAR',
  'tenant_origin': 'VARCHAR', 'cluster': 'INTEGER'}`;

export class EventStage {
  private fd: number | null = null;
  private chunkFile = '';
  private chunkRows = 0;
  private chunks = 0;
  private buffer: string[] = [];
  private bufferedChars = 0;
  private nextId = 1;
  private loading: Promise<void>;
  private failure: Error | null = null;
  private readonly files = new Set<string>();

  /**
   * `prefix` names the chunk files (`<prefix>-<n>.csv`); `conn` is a connection to the new
   * workspace used by nothing else while logs are read.
   */
  constructor(
    private readonly prefix: string,
    private readonly conn: DuckDBConnection,
  ) {
    this.loading = execute(
      conn,
      `CREATE TABLE event_stage (id BIGINT, ts_ms BIGINT, source VARCHAR, line INTEGER,
         format VARCHAR, level VARCHAR, service VARCHAR, host VARCHAR, version VARCHAR,
         tenant_id VARCHAR, customer_id VARCHAR, user_id VARCHAR, request_id VARCHAR,
         trace_id VARCHAR, session_id VARCHAR, message VARCHAR, attributes VARCHAR,
         tenant_origin VARCHAR, cluster INTEGER)`,
    );
  }

  /** Stages one event: `row` from serializeEvent, `cluster` its signature cluster key. */
  addRow(row: string, cluster: number): void {
    if (this.fd === null) this.openChunk();
    const line = `${this.nextId++},${row}${cluster}\n`;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    if (this.bufferedChars >= FLUSH_CHARS) this.flush();
    if (++this.chunkRows >= CHUNK_ROWS) this.closeChunk();
  }

  private openChunk(): void {
    this.chunkFile = `${this.prefix}-${this.chunks++}.csv`;
    this.files.add(this.chunkFile);
    this.fd = openSync(this.chunkFile, 'w');
    this.chunkRows = 0;
  }

  private flush(): void {
    if (this.buffer.length === 0 || this.fd === null) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.bufferedChars = 0;
  }

  /** Ends the current chunk and queues its load behind the previous ones. */
  private closeChunk(): void {
    if (this.fd === null) return;
    this.flush();
    closeSync(this.fd);
    this.fd = null;
    const file = this.chunkFile;
    this.loading = this.loading
      .then(() =>
        execute(
          this.conn,
          `INSERT INTO event_stage SELECT * FROM read_csv(${sqlLiteral(file)}, header = false,
             delim = ',', quote = '\u0001', escape = '\u0001', columns = ${STAGE_COLUMNS},
             strict_mode = true, max_line_size = 4194304)`,
        ),
      )
      .then(() => {
        rmSync(file, { force: true });
        this.files.delete(file);
      })
      .catch((err: unknown) => {
        this.failure ??= err instanceof Error ? err : new Error(String(err));
      });
  }

  /**
   * Waits for every chunk, then moves the staged rows into `events`, resolving each
   * event's cluster to its final signature id through `cluster_map(cluster, signature_id)`.
   */
  async load(): Promise<void> {
    this.closeChunk();
    await this.loading;
    if (this.failure) throw this.failure;
    await execute(
      this.conn,
      `INSERT INTO events
       SELECT s.id, make_timestamp(s.ts_ms * 1000), s.source, s.line, s.format, s.level,
              s.service, s.host, s.version, s.tenant_id, s.customer_id, s.user_id,
              s.request_id, s.trace_id, s.session_id, coalesce(s.message, ''),
              m.signature_id, s.attributes::JSON, s.tenant_origin
       FROM event_stage s LEFT JOIN cluster_map m ON m.cluster = s.cluster`,
    );
    await execute(this.conn, `DROP TABLE event_stage`);
  }

  /** Removes any chunk file left behind (always call, also after a failed import). */
  async dispose(): Promise<void> {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    await this.loading.catch(() => undefined);
    for (const f of this.files) rmSync(f, { force: true });
  }
}
