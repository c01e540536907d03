/**
 * Signature ids must not depend on arrival order, and ids from an earlier import must
 * still resolve after a newer software version's lines are added (issue: stable ids).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkspace } from '../../../core/import/import-workspace.ts';
import { queryRows, text } from '../../../core/store/sql.ts';
import { openWorkspaceReadOnly } from '../../../core/store/workspace.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tmp = useTempDir();

const templates = [
  (i: number) => `Payment failed for invoice ${1000 + i}: card declined`,
  (i: number) => `Order ${i} created in ${i % 90} ms`,
  (i: number) => `Cache miss for key orders:${i}`,
  (i: number) => `User u-${i} logged in from web`,
  (i: number) => `Inventory reservation timed out after ${30 + (i % 5)} s for SKU-${i}`,
];

function lines(from: number, count: number, version: string, seed: number): string[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return JSON.stringify({
      '@timestamp': new Date(Date.UTC(2026, 9, 1) + i * 1000).toISOString(),
      'log.level': i % 5 === 0 ? 'error' : 'info',
      'service.name': 'orders',
      'service.version': version,
      message: templates[(i * seed) % templates.length](i),
    });
  });
}

async function signaturesOf(
  path: string,
): Promise<{ ids: Map<string, string>; aliases: Map<string, string> }> {
  const ws = await openWorkspaceReadOnly(path);
  try {
    const rows = await queryRows(
      ws.conn,
      `SELECT DISTINCT message, signature_id FROM events ORDER BY message`,
    );
    const aliases = await queryRows(ws.conn, `SELECT old_id, new_id FROM signature_aliases`);
    return {
      ids: new Map(rows.map((r) => [text(r.message), text(r.signature_id)])),
      aliases: new Map(aliases.map((r) => [text(r.old_id), text(r.new_id)])),
    };
  } finally {
    ws.close();
  }
}

describe('signature ids', () => {
  it('are the same whatever order the files and lines arrive in', async () => {
    const dir = tmp();
    const a = lines(0, 400, '1.0.0', 1);
    const b = lines(400, 400, '1.0.0', 3);
    writeFileSync(join(dir, 'a.jsonl'), a.join('\n'));
    writeFileSync(join(dir, 'b.jsonl'), b.join('\n'));
    writeFileSync(join(dir, 'b-reversed.jsonl'), [...b].reverse().join('\n'));
    writeFileSync(join(dir, 'a-reversed.jsonl'), [...a].reverse().join('\n'));

    await importWorkspace({
      out: join(dir, 'one.duckdb'),
      logs: [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')],
    });
    await importWorkspace({
      out: join(dir, 'two.duckdb'),
      logs: [join(dir, 'b-reversed.jsonl'), join(dir, 'a-reversed.jsonl')],
    });
    const one = await signaturesOf(join(dir, 'one.duckdb'));
    const two = await signaturesOf(join(dir, 'two.duckdb'));
    expect(one.ids.size).toBe(800);
    expect(two.ids).toEqual(one.ids);
    expect(new Set(one.ids.values()).size).toBe(templates.length);
  });

  it('from an earlier import still resolve after a newer version is added', async () => {
    const dir = tmp();
    // The first import sees one customer's invoices only, so its template is narrower.
    const early = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({
        '@timestamp': new Date(Date.UTC(2026, 9, 1) + i * 1000).toISOString(),
        'log.level': 'error',
        'service.name': 'billing',
        'service.version': '1.0.0',
        message: `Charge rejected by gateway stripe for plan gold`,
      }),
    );
    const later = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({
        '@timestamp': new Date(Date.UTC(2026, 9, 2) + i * 1000).toISOString(),
        'log.level': 'error',
        'service.name': 'billing',
        'service.version': '1.1.0',
        message: `Charge rejected by gateway ${['adyen', 'braintree', 'paypal', 'square', 'worldpay'][i % 5]} for plan gold`,
      }),
    );
    writeFileSync(join(dir, 'v1.jsonl'), early.join('\n'));
    writeFileSync(join(dir, 'v11.jsonl'), later.join('\n'));
    const w = join(dir, 'w.duckdb');
    await importWorkspace({ out: w, logs: [join(dir, 'v1.jsonl')] });
    const before = await signaturesOf(w);
    const oldId = [...before.ids.values()][0];

    // Re-import into the same workspace path with the newer version's lines added.
    await importWorkspace({ out: w, logs: [join(dir, 'v1.jsonl'), join(dir, 'v11.jsonl')] });
    const after = await signaturesOf(w);
    const newIds = new Set(after.ids.values());
    expect(newIds.size).toBe(1);
    const newId = [...newIds][0];
    // The template generalized (gateway became <*>), so the id changed, and the old id
    // maps to the new one.
    expect(newId).not.toBe(oldId);
    expect(after.aliases.get(oldId)).toBe(newId);
    // Versions are kept side by side.
    const ws = await openWorkspaceReadOnly(w);
    const versions = await queryRows(ws.conn, `SELECT DISTINCT version FROM events ORDER BY 1`);
    ws.close();
    expect(versions.map((r) => r.version)).toEqual(['1.0.0', '1.1.0']);
  });
});
