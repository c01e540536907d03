/** The workspace at a glance: counts, time range, services, attribution shares. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Result } from '../api.ts';
import { num, queryOne, queryRows, str, text } from '../store/sql.ts';

export async function workspaceSummary(
  conn: DuckDBConnection,
  workspace: string,
): Promise<Result<'summary'>> {
  const counts = await queryOne(
    conn,
    `SELECT (SELECT count(*) FROM events) AS events,
            (SELECT count(*) FROM events WHERE level IN ('error', 'fatal')) AS error_events,
            (SELECT count(*) FROM signatures) AS signatures,
            (SELECT count(*) FROM customers) AS customers,
            (SELECT count(DISTINCT tenant_id) FROM tenants) AS tenants,
            (SELECT count(*) FROM tickets) AS tickets,
            (SELECT count(*) FROM kb_articles) AS kb,
            (SELECT count(*) FROM releases) AS releases,
            (SELECT min(ts) FROM events) AS first_ts,
            (SELECT max(ts) FROM events) AS last_ts,
            (SELECT value FROM meta WHERE key = 'created_at') AS created_at,
            (SELECT value FROM meta WHERE key = 'schema_version') AS schema_version`,
  );
  const services = await queryRows(
    conn,
    `SELECT service, count(*) AS events FROM events WHERE service IS NOT NULL
     GROUP BY service ORDER BY events DESC, service`,
  );
  const origins = await queryRows(
    conn,
    `SELECT CASE WHEN tenant_id IS NULL THEN 'none' ELSE tenant_origin END AS o, count(*) AS n
     FROM events GROUP BY 1`,
  );
  const total = num(counts?.events);
  const share = (o: string): number => {
    const n = num(origins.find((r) => r.o === o)?.n);
    return total ? Math.round((n / total) * 10000) / 10000 : 0;
  };
  return {
    workspace,
    createdAt: str(counts?.created_at),
    schemaVersion: num(counts?.schema_version),
    events: total,
    errorEvents: num(counts?.error_events),
    signatures: num(counts?.signatures),
    customers: num(counts?.customers),
    tenants: num(counts?.tenants),
    tickets: num(counts?.tickets),
    kbArticles: num(counts?.kb),
    releases: num(counts?.releases),
    from: str(counts?.first_ts),
    to: str(counts?.last_ts),
    services: services.map((r) => ({ service: text(r.service), events: num(r.events) })),
    attribution: {
      field: share('field'),
      pattern: share('pattern'),
      propagated: share('propagated'),
      none: share('none'),
    },
  };
}

export async function topSignatures(
  conn: DuckDBConnection,
  limit: number,
  errorsOnly: boolean,
): Promise<Result<'signatures'>> {
  const rows = await queryRows(
    conn,
    `SELECT s.id, s.template, s.service, s.level, s.event_count AS events,
            s.first_seen, s.last_seen,
            (SELECT count(DISTINCT customer_id) FROM events e
              WHERE e.signature_id = s.id AND e.customer_id IS NOT NULL) AS customers
     FROM signatures s
     WHERE NOT $errorsOnly OR s.level IN ('error', 'fatal')
     ORDER BY s.event_count DESC, s.id
     LIMIT $limit`,
    { errorsOnly, limit },
  );
  return {
    signatures: rows.map((r) => ({
      id: text(r.id),
      template: text(r.template),
      service: str(r.service),
      level: text(r.level),
      events: num(r.events),
      customers: num(r.customers),
      firstSeen: str(r.first_seen),
      lastSeen: str(r.last_seen),
    })),
  };
}

export async function importedSources(conn: DuckDBConnection): Promise<Result<'sources'>> {
  const rows = await queryRows(
    conn,
    `SELECT path, kind, format, read, imported, skipped, skip_reasons FROM sources`,
  );
  return {
    sources: rows.map((r) => ({
      path: text(r.path),
      kind: text(r.kind) as Result<'sources'>['sources'][number]['kind'],
      format: text(r.format),
      read: num(r.read),
      imported: num(r.imported),
      skipped: num(r.skipped),
      skipReasons: JSON.parse(text(r.skip_reasons ?? '{}')) as Record<string, number>,
    })),
  };
}
