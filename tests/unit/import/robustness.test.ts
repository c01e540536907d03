/**
 * Damaged input at the level of a whole import: nothing crashes, no good line is lost,
 * skips are counted by reason with line numbers, and sources stay byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkspace } from '../../../core/import/import-workspace.ts';
import { queryRows, text } from '../../../core/store/sql.ts';
import { openWorkspaceReadOnly } from '../../../core/store/workspace.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tmp = useTempDir();

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function logfmt(i: number, extra = ''): string {
  return `ts=2026-10-01T10:00:${String(i % 60).padStart(2, '0')}Z level=info service=auth msg="login ok ${i}"${extra}`;
}

describe('import robustness', () => {
  it('keeps every good line around invalid UTF-8, NUL bytes and a 10 MB line', async () => {
    const dir = tmp();
    const file = join(dir, 'damaged.log');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(logfmt(1) + '\n'),
        Buffer.from('ts=2026-10-01T10:00:02Z level=warn msg="bad '),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('"\n'),
        Buffer.from(logfmt(3, ' note="nul\u0000here"') + '\n'),
        Buffer.from(
          'ts=2026-10-01T10:00:04Z level=info msg="' + 'x'.repeat(10 * 1024 * 1024) + '"\n',
        ),
        Buffer.from(logfmt(5) + '\n'),
      ]),
    );
    const before = sha(file);
    const r = await importWorkspace({ out: join(dir, 'w.duckdb'), logs: [file] });
    expect(sha(file)).toBe(before);
    const source = r.sources[0];
    expect(source.format).toBe('logfmt');
    expect(source.read).toBe(5);
    expect(source.warnings).toMatchObject({
      'invalid-utf8': 1,
      'nul-bytes': 1,
      'line-too-long': 1,
    });
    expect(r.events).toBe(5);
    const ws = await openWorkspaceReadOnly(r.workspace);
    const msgs = await queryRows(
      ws.conn,
      `SELECT line, length(message) AS n FROM events ORDER BY line`,
    );
    ws.close();
    expect(msgs.map((m) => m.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts malformed lines by reason with the first examples’ line numbers', async () => {
    const dir = tmp();
    const file = join(dir, 'orders.jsonl');
    const good = (i: number) =>
      JSON.stringify({ time: 1790000000000 + i, level: 'info', msg: `ok ${i}` });
    writeFileSync(
      file,
      [good(1), '{"truncated": ', good(3), '[1, 2]', good(5), '{bad json}', good(7)].join('\n'),
    );
    const r = await importWorkspace({ out: join(dir, 'w.duckdb'), logs: [file] });
    const s = r.sources[0];
    expect(s).toMatchObject({ read: 7, imported: 4, skipped: 3 });
    expect(Object.values(s.skipReasons).reduce((a, b) => a + b, 0)).toBe(3);
    expect(s.skipExamples.map((e) => e.line).sort()).toEqual([2, 4, 6]);
  });

  it('imports 10,000 small files and reports each', async () => {
    const dir = join(tmp(), 'many');
    mkdirSync(dir);
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(join(dir, `part-${String(i).padStart(5, '0')}.log`), logfmt(i) + '\n');
    }
    const r = await importWorkspace({ out: join(tmp(), 'w.duckdb'), logs: [dir] });
    expect(r.sources).toHaveLength(10_000);
    expect(r.events).toBe(10_000);
  }, 120_000);

  it('falls back to plain text for an unknown format and loses no line', async () => {
    const dir = tmp();
    const file = join(dir, 'mystery.txt');
    writeFileSync(file, '~~ first odd record ~~\n## second: something else\n%% third %%\n');
    const r = await importWorkspace({ out: join(dir, 'w.duckdb'), logs: [file] });
    expect(r.sources[0]).toMatchObject({ format: 'plain', read: 3, imported: 3, skipped: 0 });
  });

  it('propagates a tenant from an earlier line of the same request to an error line', async () => {
    const dir = tmp();
    const file = join(dir, 'api.jsonl');
    writeFileSync(
      file,
      [
        {
          ts: '2026-10-01T10:00:00Z',
          level: 'info',
          msg: 'request started',
          request_id: 'r-1',
          tenant_id: 'acme-prod',
        },
        {
          ts: '2026-10-01T10:00:01Z',
          level: 'info',
          msg: 'request started',
          request_id: 'r-2',
          tenant_id: 'globex',
        },
        { ts: '2026-10-01T10:00:02Z', level: 'error', msg: 'database timeout', request_id: 'r-1' },
        { ts: '2026-10-01T11:00:02Z', level: 'error', msg: 'database timeout', request_id: 'r-9' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const customers = join(dir, 'customers.csv');
    writeFileSync(customers, 'customer_id,name,tenants\nC-1,Acme,acme-prod\nC-2,Globex,globex\n');
    const r = await importWorkspace({ out: join(dir, 'w.duckdb'), logs: [file], customers });
    expect(r.attribution).toEqual({ field: 0.5, pattern: 0, propagated: 0.25, none: 0.25 });
    const ws = await openWorkspaceReadOnly(r.workspace);
    const rows = await queryRows(
      ws.conn,
      `SELECT request_id, tenant_id, customer_id, tenant_origin FROM events WHERE level = 'error' ORDER BY ts`,
    );
    ws.close();
    expect(
      rows.map((x) => [text(x.request_id), x.tenant_id, x.customer_id, x.tenant_origin]),
    ).toEqual([
      ['r-1', 'acme-prod', 'C-1', 'propagated'],
      ['r-9', null, null, 'none'],
    ]);
  });

  it('redacts personal data before storage unless told not to', async () => {
    const dir = tmp();
    const file = join(dir, 'mail.log');
    writeFileSync(
      file,
      'ts=2026-10-01T10:00:00Z level=warn msg="bounce for jane.doe@example.com from 10.1.2.3"\n',
    );
    const r = await importWorkspace({ out: join(dir, 'w.duckdb'), logs: [file] });
    expect(r.redactions).toMatchObject({ email: 1, ipv4: 1 });
    let ws = await openWorkspaceReadOnly(r.workspace);
    const [row] = await queryRows(ws.conn, `SELECT message FROM events`);
    ws.close();
    expect(text(row.message)).not.toContain('jane.doe');
    expect(text(row.message)).not.toContain('10.1.2.3');

    const raw = await importWorkspace({
      out: join(dir, 'raw.duckdb'),
      logs: [file],
      redact: false,
    });
    ws = await openWorkspaceReadOnly(raw.workspace);
    const [kept] = await queryRows(ws.conn, `SELECT message FROM events`);
    ws.close();
    expect(text(kept.message)).toContain('jane.doe@example.com');
  });
});

describe('redaction of structured fields', () => {
  it('redacts personal data inside nested attributes and keeps them valid JSON', async () => {
    const dir = tmp();
    const file = join(dir, 'app.jsonl');
    writeFileSync(
      file,
      JSON.stringify({
        time: '2026-10-01T10:00:00Z',
        level: 'error',
        msg: 'checkout failed',
        http: { client_ip: '203.0.113.9', headers: ['Bearer abcdefghijklmnopqrstuvwxyz123456'] },
        buyer: { contact: 'ann@example.org', note: 'say "hi"' },
      }) + '\n',
    );
    const r = await importWorkspace({ out: join(dir, 'w.duckdb'), logs: [file] });
    const ws = await openWorkspaceReadOnly(r.workspace);
    const [row] = await queryRows(ws.conn, `SELECT attributes::VARCHAR AS a FROM events`);
    ws.close();
    const attributes = text(row?.a);
    expect(attributes).not.toMatch(/203\.0\.113\.9|ann@example\.org|abcdefghijklmnop/);
    const parsed = JSON.parse(attributes) as { buyer: { note: string } };
    expect(parsed.buyer.note).toBe('say "hi"');
  });
});
