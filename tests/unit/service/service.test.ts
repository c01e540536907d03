import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceService } from '../../../core/service.ts';
import { createWorkspace } from '../../../core/store/workspace.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tmp = useTempDir();

async function smallWorkspace(): Promise<string> {
  const path = join(tmp(), 'w.duckdb');
  const ws = await createWorkspace(path);
  await ws.conn.run(`
    INSERT INTO customers VALUES
      ('c1', 'Acme', ['acme-prod'], 'retail', 'enterprise', 120000, 'emea', 'de'),
      ('c2', 'Globex', ['globex'], 'tech', 'starter', 9000, 'na', 'en');
    INSERT INTO signatures VALUES
      ('sig_a', 'Payment failed for invoice <*>', 'error', 'billing',
       TIMESTAMP '2026-10-01 10:00:00', TIMESTAMP '2026-10-01 11:00:00', 2),
      ('sig_b', 'User <*> logged in', 'info', 'auth',
       TIMESTAMP '2026-10-01 09:00:00', TIMESTAMP '2026-10-01 09:00:00', 1);
    INSERT INTO events (id, ts, level, service, tenant_id, customer_id, message, signature_id, tenant_origin) VALUES
      (1, TIMESTAMP '2026-10-01 10:00:00', 'error', 'billing', 'acme-prod', 'c1', 'Payment failed for invoice 1', 'sig_a', 'field'),
      (2, TIMESTAMP '2026-10-01 11:00:00', 'error', 'billing', 'globex', 'c2', 'Payment failed for invoice 2', 'sig_a', 'propagated'),
      (3, TIMESTAMP '2026-10-01 09:00:00', 'info', 'auth', NULL, NULL, 'User u1 logged in', 'sig_b', 'none');
    INSERT INTO sources VALUES ('/logs/a.log', 'logs', 'jsonl', 4, 3, 1, '{"malformed-json":1}', '[]');
  `);
  ws.close();
  return path;
}

describe('workspace service', () => {
  it('summarizes counts, range and attribution shares', async () => {
    const service = await openWorkspaceService(await smallWorkspace());
    const r = await service.dispatch('summary', {});
    await service.close();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      events: 3,
      errorEvents: 2,
      customers: 2,
      tenants: 2,
      signatures: 2,
      from: '2026-10-01T09:00:00.000Z',
      to: '2026-10-01T11:00:00.000Z',
      attribution: { field: 0.3333, propagated: 0.3333, none: 0.3333, pattern: 0 },
      services: [
        { service: 'billing', events: 2 },
        { service: 'auth', events: 1 },
      ],
    });
  });

  it('lists error signatures with their customer counts', async () => {
    const service = await openWorkspaceService(await smallWorkspace());
    const r = await service.call('signatures', { limit: 10, errorsOnly: true });
    const sources = await service.call('sources', {});
    await service.close();
    expect(r.signatures).toEqual([
      expect.objectContaining({ id: 'sig_a', events: 2, customers: 2, level: 'error' }),
    ]);
    expect(sources.sources[0]).toMatchObject({ skipped: 1, skipReasons: { 'malformed-json': 1 } });
  });

  it('answers bad calls with error envelopes, never by throwing', async () => {
    const service = await openWorkspaceService(await smallWorkspace());
    expect(await service.dispatch('dropTables', {})).toEqual({
      ok: false,
      error: { code: 'unknown-method', params: { method: 'dropTables' } },
    });
    const bad = await service.dispatch('signatures', { limit: -1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error).toMatchObject({ code: 'bad-arguments', params: { path: 'limit' } });
    const extra = await service.dispatch('summary', { sql: 'DROP TABLE events' });
    expect(extra.ok).toBe(false);
    await service.close();
  });

  it('opens read-only: the workspace cannot be changed through it', async () => {
    const path = await smallWorkspace();
    const service = await openWorkspaceService(path);
    // A second read-only reader can open the same file at the same time.
    const other = await openWorkspaceService(path);
    expect((await other.dispatch('summary', {})).ok).toBe(true);
    await other.close();
    await service.close();
  });

  it('fails clearly on a missing file and on a file that is not a workspace', async () => {
    await expect(openWorkspaceService(join(tmp(), 'nope.duckdb'))).rejects.toMatchObject({
      code: 'workspace-not-found',
    });
    const junk = join(tmp(), 'junk.duckdb');
    writeFileSync(junk, 'not a database');
    await expect(openWorkspaceService(junk)).rejects.toMatchObject({ code: 'workspace-invalid' });
  });
});
