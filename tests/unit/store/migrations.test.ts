import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { migrations, latestSchemaVersion } from '../../../core/store/migrations/index.ts';
import { queryRows, text } from '../../../core/store/sql.ts';
import { migrate } from '../../../core/store/workspace.ts';

async function memory() {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

async function tables(conn: Awaited<ReturnType<typeof memory>>): Promise<string[]> {
  const rows = await queryRows(conn, `SELECT table_name FROM information_schema.tables ORDER BY 1`);
  return rows.map((r) => text(r.table_name));
}

describe('migrations', () => {
  it('are numbered consecutively from 1', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('001 creates the tables of the design', async () => {
    const conn = await memory();
    expect(await migrate(conn, 1)).toBe(1);
    expect(await tables(conn)).toEqual(
      expect.arrayContaining([
        'customers',
        'events',
        'kb_articles',
        'meta',
        'releases',
        'signatures',
        'sources',
        'ticket_events',
        'tickets',
      ]),
    );
    const cols = await queryRows(
      conn,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'events'`,
    );
    expect(cols.map((c) => c.column_name)).toEqual(
      expect.arrayContaining(['ts', 'tenant_id', 'signature_id', 'tenant_origin', 'attributes']),
    );
  });

  it('002 adds signature aliases and the tenants view over the directory', async () => {
    const conn = await memory();
    await migrate(conn, 1);
    await conn.run(
      `INSERT INTO customers VALUES ('c1', 'Acme', ['acme-prod', 'acme-eu'], NULL, NULL, NULL, NULL, NULL)`,
    );
    expect(await migrate(conn)).toBe(2);
    const tenants = await queryRows(conn, `SELECT tenant_id, customer_id FROM tenants ORDER BY 1`);
    expect(tenants).toEqual([
      { tenant_id: 'acme-eu', customer_id: 'c1' },
      { tenant_id: 'acme-prod', customer_id: 'c1' },
    ]);
    await conn.run(`INSERT INTO signature_aliases VALUES ('sig_old', 'sig_new')`);
    await expect(
      conn.run(`INSERT INTO signature_aliases VALUES ('sig_old', 'x')`),
    ).rejects.toThrow();
  });

  it('is idempotent: a second run applies nothing', async () => {
    const conn = await memory();
    await migrate(conn);
    expect(await migrate(conn)).toBe(latestSchemaVersion);
  });
});
