/**
 * A workspace is one DuckDB file. Writers create it from nothing (imports never update a
 * workspace in place); readers open it READ_ONLY so analyses can never change it.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, statSync } from 'node:fs';
import { CaselineError } from '../errors.ts';
import { latestSchemaVersion, migrations } from './migrations/index.ts';
import { execute, queryOne } from './sql.ts';

export interface Workspace {
  readonly path: string;
  readonly conn: DuckDBConnection;
  /** Another connection to the same database, for work that overlaps with `conn`'s. */
  connect(): Promise<DuckDBConnection>;
  close(): void;
}

async function open(path: string, readOnly: boolean): Promise<Workspace> {
  const instance = await DuckDBInstance.create(path, {
    access_mode: readOnly ? 'READ_ONLY' : 'READ_WRITE',
    threads: '2',
    // An import runs beside the JS parser; cap DuckDB's buffer pool so the whole process
    // stays within a laptop's means at 10M events (DuckDB spills to disk beyond it).
    // Event ids carry the order, so DuckDB need not preserve insertion order (less memory).
    ...(readOnly ? {} : { memory_limit: '1GB', preserve_insertion_order: 'false' }),
  });
  const conn = await instance.connect();
  const extra: DuckDBConnection[] = [];
  return {
    path,
    conn,
    async connect() {
      const c = await instance.connect();
      extra.push(c);
      return c;
    },
    close() {
      for (const c of extra) c.closeSync();
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Applies every migration newer than the workspace's recorded version, in order. */
export async function migrate(conn: DuckDBConnection, upTo = latestSchemaVersion): Promise<number> {
  const hasMeta = await queryOne(
    conn,
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'meta'`,
  );
  let current = 0;
  if (hasMeta && Number(hasMeta.n) > 0) {
    const row = await queryOne(conn, `SELECT value FROM meta WHERE key = 'schema_version'`);
    current = row ? Number(row.value) : 0;
  }
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    for (const statement of m.statements) await execute(conn, statement);
    await execute(conn, `INSERT OR REPLACE INTO meta VALUES ('schema_version', $v)`, {
      v: String(m.version),
    });
    current = m.version;
  }
  return current;
}

/** Creates a new workspace file at `path` (which must not exist) with the latest schema. */
export async function createWorkspace(path: string): Promise<Workspace> {
  const ws = await open(path, false);
  await migrate(ws.conn);
  await execute(ws.conn, `INSERT OR REPLACE INTO meta VALUES ('created_at', $t)`, {
    t: new Date().toISOString(),
  });
  return ws;
}

/**
 * Opens an existing workspace read-only. Fails with `workspace-not-found` when the file is
 * missing and `workspace-invalid` when it is not a Caseline workspace or is newer than
 * this build understands.
 */
export async function openWorkspaceReadOnly(path: string): Promise<Workspace> {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new CaselineError('workspace-not-found', { path });
  }
  let ws: Workspace;
  try {
    ws = await open(path, true);
  } catch (e) {
    throw new CaselineError('workspace-invalid', { path, reason: firstLine(e) });
  }
  try {
    const row = await queryOne(ws.conn, `SELECT value FROM meta WHERE key = 'schema_version'`);
    const version = row ? Number(row.value) : 0;
    if (version < 1 || version > latestSchemaVersion) {
      throw new CaselineError('workspace-invalid', { path, reason: `schema version ${version}` });
    }
  } catch (e) {
    ws.close();
    if (e instanceof CaselineError) throw e;
    throw new CaselineError('workspace-invalid', { path, reason: 'not a Caseline workspace' });
  }
  return ws;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
