import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/store/sql.ts';
import { openWorkspaceReadOnly } from '../../../core/store/workspace.ts';
import { runCli } from '../../helpers/cli.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tmp = useTempDir();

describe('caseline demo', () => {
  it('builds a small demo workspace and prints what it found', async () => {
    const out = join(tmp(), 'demo');
    const r = await runCli([
      'demo',
      '--out',
      out,
      '--customers',
      '30',
      '--days',
      '2',
      '--events',
      '3000',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/30 customers \(\d+ tenants\)/);
    expect(r.stdout).toMatch(/Top error signatures/);
    expect(existsSync(join(out, 'workspace.duckdb'))).toBe(true);
    expect(existsSync(join(out, 'data', 'ground-truth.json'))).toBe(true);

    const again = await runCli(['summary', join(out, 'workspace.duckdb'), '--json']);
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout) as {
      customers: number;
      events: number;
      sources: { path: string; kind: string; skipped: number }[];
    };
    expect(summary.customers).toBe(30);
    expect(summary.events).toBeGreaterThan(2000);
    expect(summary.sources.length).toBeGreaterThan(5);
    // The demo's own exports are clean: every record of every source imports.
    expect(summary.sources.filter((x) => x.skipped > 0)).toEqual([]);
    // ... and every ticket finds its customer, whichever system it came from.
    const ws = await openWorkspaceReadOnly(join(out, 'workspace.duckdb'));
    const orphans = await queryRows(
      ws.conn,
      `SELECT system, count(*) AS n FROM tickets WHERE customer_id IS NULL GROUP BY 1`,
    );
    ws.close();
    expect(orphans).toEqual([]);
  }, 120_000);

  it('rejects a non-numeric size with a usage error', async () => {
    const r = await runCli(['demo', '--out', tmp(), '--events', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--events/);
  });
});

describe('caseline summary', () => {
  it('names the missing workspace in a one-line failure', async () => {
    const missing = join(tmp(), 'nope.duckdb');
    const r = await runCli(['summary', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(missing);
  });

  it('needs a workspace argument', async () => {
    expect((await runCli(['summary'])).code).toBe(2);
  });
});

describe('caseline patterns', () => {
  it('writes the Loghub CSV columns and a JSON summary', async () => {
    const dir = tmp();
    const file = join(dir, 'app.log');
    const lines = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0 ? `Connection to db-${i} lost after ${i} ms` : `User u-${1000 + i} logged in`,
    );
    writeFileSync(file, lines.join('\n') + '\n');
    const csv = join(dir, 'out.csv');
    const r = await runCli(['patterns', file, '--out', csv, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as {
      lines: number;
      templates: { eventId: string; template: string; count: number }[];
    };
    expect(result.lines).toBe(30);
    expect(result.templates).toHaveLength(2);
    expect(result.templates.map((t) => t.count).sort()).toEqual([10, 20]);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('LineId,Content,EventId,EventTemplate');
    expect(rows).toHaveLength(31);
    expect(rows[1]).toMatch(/^1,/);

    const text = await runCli(['patterns', file]);
    expect(text.stdout).toMatch(/30 lines, 2 templates/);
  });

  it('fails clearly on a missing file', async () => {
    const r = await runCli(['patterns', join(tmp(), 'missing.log')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.log');
  });
});

describe('help', () => {
  it('prints usage for every command', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['import', 'demo', 'summary', 'patterns', 'serve'])
      expect(r.stdout).toContain(`caseline ${c}`);
    expect((await runCli(['import', '--help'])).stdout).toMatch(/--customer-map/);
  });
});
