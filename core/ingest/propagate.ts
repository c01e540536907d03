/**
 * Tenant propagation: an event without a tenant (often the error line itself) borrows the
 * tenant of the nearest-in-time event of the same request, else trace, else session, else
 * user, when that event's tenant came from a field or a pattern and lies within the window.
 * Propagated tenants never propagate further, so a wrong guess cannot spread.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Identifier columns in priority order: a shared request is stronger evidence than a user. */
const linkColumns = ['request_id', 'trace_id', 'session_id', 'user_id'] as const;
type LinkColumn = (typeof linkColumns)[number];

/**
 * One UPDATE per link column. Events that share the column's value are sorted by time once;
 * window functions carry the previous and the next donor (tenant from field or pattern) to
 * each event without a tenant, and the nearer one within the window wins. Only keys that
 * have both a donor and a receiver are sorted, which keeps millions of attributed events
 * out of the work.
 */
function propagationSql(column: LinkColumn): string {
  // `column` comes from the fixed list above, never from input.
  return `
    WITH linked AS (
      SELECT rowid AS rid, ts, ${column} AS link,
             tenant_id IS NOT NULL AS donor, tenant_id, customer_id
      FROM events
      WHERE ${column} IS NOT NULL AND ${column} <> '' AND ts IS NOT NULL
        AND (tenant_id IS NULL OR tenant_origin IN ('field', 'pattern'))
    ),
    mixed AS (
      SELECT link FROM linked GROUP BY link HAVING bool_or(donor) AND bool_or(NOT donor)
    ),
    neighbours AS (
      SELECT rid, ts, donor,
        last_value(CASE WHEN donor THEN {'ts': ts, 'tenant': tenant_id, 'customer': customer_id} END
          IGNORE NULLS) OVER (PARTITION BY link ORDER BY ts, donor
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before,
        first_value(CASE WHEN donor THEN {'ts': ts, 'tenant': tenant_id, 'customer': customer_id} END
          IGNORE NULLS) OVER (PARTITION BY link ORDER BY ts, donor
          ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS after
      FROM linked SEMI JOIN mixed USING (link)
    ),
    gaps AS (
      SELECT rid, before, after,
        epoch_ms(ts) - epoch_ms(before.ts) AS gap_before,
        epoch_ms(after.ts) - epoch_ms(ts) AS gap_after
      FROM neighbours
      WHERE NOT donor
    ),
    chosen AS (
      SELECT rid,
        CASE WHEN gap_after IS NULL OR gap_after > $window
               OR (gap_before IS NOT NULL AND gap_before <= gap_after)
             THEN before ELSE after END AS donor
      FROM gaps
      WHERE gap_before <= $window OR gap_after <= $window
    )
    UPDATE events
    SET tenant_id = chosen.donor.tenant,
        customer_id = coalesce(events.customer_id, chosen.donor.customer),
        tenant_origin = 'propagated'
    FROM chosen
    WHERE events.rowid = chosen.rid AND events.tenant_id IS NULL`;
}

/**
 * Gives events without a tenant the tenant (and, when they have none, the customer) of the
 * nearest event within `windowMs` that shares their request, trace, session or user id, in
 * that priority, and marks them tenant_origin = 'propagated'. Returns how many events got a
 * tenant. Fails only with DuckDB's own error when the `events` table is missing or invalid.
 */
export async function propagateTenants(
  conn: DuckDBConnection,
  windowMs: number,
): Promise<{ propagated: number }> {
  if (!(windowMs >= 0)) return { propagated: 0 };
  let propagated = 0;
  for (const column of linkColumns) {
    const result = await conn.run(propagationSql(column), { window: Math.floor(windowMs) });
    propagated += result.rowsChanged;
  }
  return { propagated };
}
