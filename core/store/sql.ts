/**
 * Thin helpers over @duckdb/node-api: bound parameters only, and rows converted to plain
 * JSON-safe objects (BigInt -> number, TIMESTAMP -> ISO string) at the core's edge.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

export type SqlParams = Record<string, DuckDBValue>;
export type Row = Record<string, JsonValue>;
export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v);
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return typeof value === 'symbol' || typeof value === 'function' ? null : JSON.stringify(value);
}

/** Runs a query and returns its rows as JSON-safe objects. */
export async function queryRows(
  conn: DuckDBConnection,
  sql: string,
  params?: SqlParams,
): Promise<Row[]> {
  const reader = await conn.runAndReadAll(sql, params);
  return reader.getRowObjectsJS().map((r) => toJson(r) as Row);
}

/** First row of a query, or null. */
export async function queryOne(
  conn: DuckDBConnection,
  sql: string,
  params?: SqlParams,
): Promise<Row | null> {
  const rows = await queryRows(conn, sql, params);
  return rows[0] ?? null;
}

export async function execute(
  conn: DuckDBConnection,
  sql: string,
  params?: SqlParams,
): Promise<void> {
  try {
    await conn.run(sql, params);
  } catch (e) {
    // Name the statement: a DuckDB error alone does not say which step failed.
    const statement = sql.trim().split('\n')[0].slice(0, 80);
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new Error(`${message} (in: ${statement})`, { cause: e });
  }
}

/** Quotes a string literal for the few statements DuckDB cannot bind (COPY paths, ATTACH). */
export function sqlLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function num(value: JsonValue | undefined): number {
  return typeof value === 'number' ? value : Number(value ?? 0) || 0;
}

export function str(value: JsonValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A column value as text; '' for NULL. */
export function text(value: JsonValue | undefined): string {
  return str(value) ?? '';
}
