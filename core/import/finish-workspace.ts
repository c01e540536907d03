/**
 * The SQL steps after all rows are in: events and tickets are joined to customers,
 * signatures are summarized from their events, and the attribution shares are computed.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { execute, num, queryOne, queryRows, text } from '../store/sql.ts';

/** Events with a tenant but no customer get the customer that owns the tenant. */
export async function attachCustomersToEvents(conn: DuckDBConnection): Promise<void> {
  await execute(
    conn,
    `UPDATE events SET customer_id = t.customer_id
     FROM tenants t
     WHERE events.customer_id IS NULL AND events.tenant_id = t.tenant_id`,
  );
  // A log that names the customer but not the tenant: the customer's first tenant.
  await execute(
    conn,
    `UPDATE events SET tenant_id = c.tenant_ids[1]
     FROM customers c
     WHERE events.tenant_id IS NULL AND events.customer_id = c.customer_id
       AND len(c.tenant_ids) > 0`,
  );
}

/**
 * Tickets name their customer in many ways (customer id, tenant id, organization name);
 * try them in that order, case-insensitively.
 */
export async function attachCustomersToTickets(conn: DuckDBConnection): Promise<void> {
  await execute(
    conn,
    `UPDATE tickets SET customer_id = c.customer_id FROM customers c
     WHERE tickets.customer_id IS NULL AND lower(tickets.customer_ref) = lower(c.customer_id)`,
  );
  await execute(
    conn,
    `UPDATE tickets SET customer_id = t.customer_id FROM tenants t
     WHERE tickets.customer_id IS NULL AND lower(tickets.customer_ref) = lower(t.tenant_id)`,
  );
  await execute(
    conn,
    `UPDATE tickets SET customer_id = c.customer_id FROM customers c
     WHERE tickets.customer_id IS NULL AND lower(tickets.customer_ref) = lower(c.name)`,
  );
}

export interface MinedCluster {
  key: number;
  signatureId: string;
  template: string;
  service: string | null;
}

/** The cluster -> signature table that the event load joins against. */
export async function createClusterMap(
  conn: DuckDBConnection,
  clusters: readonly MinedCluster[],
): Promise<void> {
  await execute(
    conn,
    `CREATE TABLE cluster_map (cluster INTEGER, signature_id VARCHAR, template VARCHAR,
                                    service VARCHAR)`,
  );
  const appender = await conn.createAppender('cluster_map');
  for (const c of clusters) {
    appender.appendInteger(c.key);
    appender.appendVarchar(c.signatureId);
    appender.appendVarchar(c.template);
    if (c.service === null) appender.appendNull();
    else appender.appendVarchar(c.service);
    appender.endRow();
  }
  appender.closeSync();
}

/** One row per signature with its most severe level, time range and event count. */
export async function summarizeSignatures(conn: DuckDBConnection): Promise<void> {
  await execute(
    conn,
    `INSERT INTO signatures
     SELECT e.signature_id,
            any_value(m.template),
            CASE max(CASE e.level WHEN 'fatal' THEN 6 WHEN 'error' THEN 5 WHEN 'warn' THEN 4
                                  WHEN 'info' THEN 3 WHEN 'debug' THEN 2 WHEN 'trace' THEN 1
                                  ELSE 0 END)
              WHEN 6 THEN 'fatal' WHEN 5 THEN 'error' WHEN 4 THEN 'warn' WHEN 3 THEN 'info'
              WHEN 2 THEN 'debug' WHEN 1 THEN 'trace' ELSE 'unknown' END,
            any_value(m.service), min(e.ts), max(e.ts), count(*)
     FROM events e JOIN (SELECT DISTINCT signature_id, template, service FROM cluster_map) m
       ON m.signature_id = e.signature_id
     GROUP BY e.signature_id`,
  );
}

export interface AttributionShares {
  field: number;
  pattern: number;
  propagated: number;
  none: number;
}

export async function attributionShares(conn: DuckDBConnection): Promise<AttributionShares> {
  const rows = await queryRows(
    conn,
    `SELECT CASE WHEN tenant_id IS NULL THEN 'none' ELSE coalesce(tenant_origin, 'none') END AS o,
            count(*) AS n
     FROM events GROUP BY 1`,
  );
  const total = rows.reduce((a, r) => a + num(r.n), 0);
  const shares: AttributionShares = { field: 0, pattern: 0, propagated: 0, none: 0 };
  for (const r of rows) {
    const key = text(r.o) as keyof AttributionShares;
    if (key in shares) shares[key] = total ? round4(num(r.n) / total) : 0;
  }
  return shares;
}

export async function countRows(conn: DuckDBConnection, table: string): Promise<number> {
  const row = await queryOne(conn, `SELECT count(*) AS n FROM ${table}`);
  return num(row?.n);
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
