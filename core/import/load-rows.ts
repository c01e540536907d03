/**
 * Loads small-to-medium row sets (customers, tickets, comments, KB articles, releases)
 * into the workspace through a newline-delimited JSON file read by DuckDB, which handles
 * lists and NULLs without per-value native calls. Times are epoch ms and become TIMESTAMP.
 */
import { rmSync, writeFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { execute, sqlLiteral } from '../store/sql.ts';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]' | 'TIMESTAMP_MS';

export interface TableLoad<T> {
  table: string;
  /** Workspace column -> [row field, type]. Order is the table's column order. */
  columns: readonly (readonly [string, keyof T & string, ColumnType])[];
}

/** Inserts `rows` into `load.table` via a temporary JSON-lines file at `scratch`. */
export async function loadRows<T extends object>(
  conn: DuckDBConnection,
  load: TableLoad<T>,
  rows: readonly T[],
  scratch: string,
): Promise<void> {
  if (rows.length === 0) return;
  const lines: string[] = [];
  for (const row of rows) {
    const obj: Record<string, unknown> = {};
    for (const [, key] of load.columns) obj[key] = row[key] ?? null;
    lines.push(JSON.stringify(obj));
  }
  writeFileSync(scratch, lines.join('\n') + '\n');
  try {
    const spec = load.columns
      .map(([, key, type]) => `${sqlLiteral(key)}: '${type === 'TIMESTAMP_MS' ? 'BIGINT' : type}'`)
      .join(', ');
    const select = load.columns
      .map(([, key, type]) =>
        type === 'TIMESTAMP_MS' ? `make_timestamp("${key}" * 1000)` : `"${key}"`,
      )
      .join(', ');
    const target = load.columns.map(([col]) => `"${col}"`).join(', ');
    await execute(
      conn,
      `INSERT INTO ${load.table} (${target})
       SELECT ${select} FROM read_json(${sqlLiteral(scratch)}, format = 'newline_delimited',
                                        columns = {${spec}}, maximum_object_size = 33554432)`,
    );
  } finally {
    rmSync(scratch, { force: true });
  }
}
