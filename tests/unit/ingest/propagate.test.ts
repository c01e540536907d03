import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { propagateTenants } from '../../../core/ingest/propagate.ts';
import { initial } from '../../../core/store/migrations/001-initial.ts';

interface EventSeed {
  id: number;
  /** Seconds after the base time. */
  at: number | null;
  tenant?: string;
  customer?: string;
  origin?: 'field' | 'pattern' | 'propagated';
  request?: string;
  trace?: string;
  session?: string;
  user?: string;
}

const base = Date.UTC(2026, 8, 1, 12, 0, 0);
const minute = 60_000;

let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeEach(async () => {
  instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
  for (const statement of initial.statements) await conn.run(statement);
});

afterEach(() => {
  conn.closeSync();
  instance.closeSync();
});

async function insert(events: EventSeed[]): Promise<void> {
  for (const e of events) {
    await conn.run(
      `INSERT INTO events (id, ts, tenant_id, customer_id, tenant_origin, request_id, trace_id,
                           session_id, user_id, message)
       VALUES ($id, make_timestamp($us), $tenant, $customer, $origin, $request, $trace,
               $session, $user, 'm')`,
      {
        id: e.id,
        us: e.at === null ? null : (base + e.at * 1000) * 1000,
        tenant: e.tenant ?? null,
        customer: e.customer ?? null,
        origin: e.tenant ? (e.origin ?? 'field') : 'none',
        request: e.request ?? null,
        trace: e.trace ?? null,
        session: e.session ?? null,
        user: e.user ?? null,
      },
    );
  }
}

async function tenants(): Promise<Record<number, [string | null, string | null, string | null]>> {
  const rows = (
    await conn.runAndReadAll(
      'SELECT id, tenant_id, customer_id, tenant_origin FROM events ORDER BY id',
    )
  ).getRowObjectsJson();
  const out: Record<number, [string | null, string | null, string | null]> = {};
  for (const row of rows) {
    out[Number(row.id)] = [
      row.tenant_id as string | null,
      row.customer_id as string | null,
      row.tenant_origin as string | null,
    ];
  }
  return out;
}

describe('propagateTenants', () => {
  it('gives an error line the tenant of an earlier line of the same request', async () => {
    await insert([
      { id: 1, at: 0, tenant: 'acme', customer: 'C-1', request: 'r1' },
      { id: 2, at: 2, request: 'r1' },
    ]);
    expect(await propagateTenants(conn, 5 * minute)).toEqual({ propagated: 1 });
    expect((await tenants())[2]).toEqual(['acme', 'C-1', 'propagated']);
  });

  it('takes a later donor when none comes before', async () => {
    await insert([
      { id: 1, at: 0, request: 'r1' },
      { id: 2, at: 30, tenant: 'globex', origin: 'pattern', request: 'r1' },
    ]);
    expect(await propagateTenants(conn, minute)).toEqual({ propagated: 1 });
    expect((await tenants())[1]).toEqual(['globex', null, 'propagated']);
  });

  it('picks the nearer donor in time, before or after', async () => {
    await insert([
      { id: 1, at: 0, tenant: 'far', request: 'r1' },
      { id: 2, at: 50, request: 'r1' },
      { id: 3, at: 55, tenant: 'near', request: 'r1' },
      { id: 4, at: 100, tenant: 'near2', request: 'r2' },
      { id: 5, at: 103, request: 'r2' },
      { id: 6, at: 110, tenant: 'far2', request: 'r2' },
    ]);
    await propagateTenants(conn, 5 * minute);
    const t = await tenants();
    expect(t[2][0]).toBe('near');
    expect(t[5][0]).toBe('near2');
  });

  it('does not propagate beyond the window', async () => {
    await insert([
      { id: 1, at: 0, tenant: 'acme', request: 'r1' },
      { id: 2, at: 600, request: 'r1' },
      { id: 3, at: -600, request: 'r1' },
    ]);
    expect(await propagateTenants(conn, 5 * minute)).toEqual({ propagated: 0 });
    const t = await tenants();
    expect(t[2]).toEqual([null, null, 'none']);
    expect(t[3]).toEqual([null, null, 'none']);
  });

  it('prefers request over trace over session over user', async () => {
    await insert([
      { id: 1, at: 0, tenant: 'by-user', user: 'u1' },
      { id: 2, at: 0, tenant: 'by-session', session: 's1' },
      { id: 3, at: 0, tenant: 'by-trace', trace: 't1' },
      { id: 4, at: 0, tenant: 'by-request', request: 'r1' },
      { id: 10, at: 1, request: 'r1', trace: 't1', session: 's1', user: 'u1' },
      { id: 11, at: 1, trace: 't1', session: 's1', user: 'u1' },
      { id: 12, at: 1, session: 's1', user: 'u1' },
      { id: 13, at: 1, user: 'u1' },
    ]);
    expect(await propagateTenants(conn, minute)).toEqual({ propagated: 4 });
    const t = await tenants();
    expect([t[10][0], t[11][0], t[12][0], t[13][0]]).toEqual([
      'by-request',
      'by-trace',
      'by-session',
      'by-user',
    ]);
  });

  it('falls back to a weaker link when the stronger one has no donor in the window', async () => {
    await insert([
      { id: 1, at: 0, tenant: 'old', request: 'r1' },
      { id: 2, at: 0, tenant: 'via-trace', trace: 't1' },
      { id: 3, at: 3600, tenant: 'via-trace-late', trace: 't1' },
      { id: 4, at: 3590, request: 'r1', trace: 't1' },
    ]);
    await propagateTenants(conn, minute);
    expect((await tenants())[4][0]).toBe('via-trace-late');
  });

  it('never chains propagated tenants and leaves attributed events alone', async () => {
    await insert([
      { id: 1, at: 0, tenant: 'acme', customer: 'C-1', request: 'r1' },
      { id: 2, at: 1, request: 'r1', session: 's9' },
      { id: 3, at: 2, session: 's9' },
      { id: 4, at: 3, tenant: 'own', request: 'r1' },
      { id: 5, at: 4, tenant: 'guess', origin: 'propagated', user: 'u1' },
      { id: 6, at: 5, user: 'u1' },
    ]);
    expect(await propagateTenants(conn, minute)).toEqual({ propagated: 1 });
    const t = await tenants();
    expect(t[3][0]).toBeNull();
    expect(t[4]).toEqual(['own', null, 'field']);
    expect(t[6][0]).toBeNull();
  });

  it('keeps an event’s own customer and skips events without a time', async () => {
    await insert([
      { id: 1, at: 0, tenant: 'acme', customer: 'C-1', request: 'r1' },
      { id: 2, at: 1, customer: 'C-own', request: 'r1' },
      { id: 3, at: null, request: 'r1' },
    ]);
    await propagateTenants(conn, minute);
    const t = await tenants();
    expect(t[2]).toEqual(['acme', 'C-own', 'propagated']);
    expect(t[3][0]).toBeNull();
  });

  it('does nothing with an empty table or a negative window', async () => {
    expect(await propagateTenants(conn, minute)).toEqual({ propagated: 0 });
    await insert([
      { id: 1, at: 0, tenant: 'acme', request: 'r1' },
      { id: 2, at: 0, request: 'r1' },
    ]);
    expect(await propagateTenants(conn, -1)).toEqual({ propagated: 0 });
  });

  it('handles many events in one pass', async () => {
    await conn.run(`
      INSERT INTO events (id, ts, request_id, tenant_id, tenant_origin)
      SELECT i, TIMESTAMP '2026-09-01 00:00:00' + to_milliseconds(i * 10),
             'r' || (i // 4)::VARCHAR,
             CASE WHEN i % 4 = 0 THEN 't' || (i // 4 % 50)::VARCHAR END,
             CASE WHEN i % 4 = 0 THEN 'field' ELSE 'none' END
      FROM range(200000) r(i)`);
    expect(await propagateTenants(conn, minute)).toEqual({ propagated: 150000 });
  });
});
