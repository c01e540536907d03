import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tmp = useTempDir();

function jsonLines(n: number): string {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      '@timestamp': new Date(Date.UTC(2026, 9, 1, 10, 0, i)).toISOString(),
      'log.level': i % 10 === 0 ? 'error' : 'info',
      'service.name': 'orders',
      message: i % 10 === 0 ? `Payment failed for order ${1000 + i}` : `Order ${i} created`,
      labels: { tenant_id: i % 2 ? 'acme-prod' : 'globex' },
    }),
  ).join('\n');
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    out[f] = createHash('sha256')
      .update(readFileSync(join(dir, f)))
      .digest('hex');
  }
  return out;
}

describe('caseline import with bad input', () => {
  it('reports each bad source with its reason, imports the rest, exits 0, modifies nothing', async () => {
    const dir = join(tmp(), 'logs');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.jsonl'), jsonLines(50) + '\n{"broken json\n');
    const gz = gzipSync(jsonLines(5000));
    writeFileSync(join(dir, 'cut.jsonl.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
    writeFileSync(
      join(dir, 'image.bin'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)),
    );
    writeFileSync(join(dir, 'empty.log'), '');
    const before = hashes(dir);
    const out = join(tmp(), 'w.duckdb');
    const missing = join(tmp(), 'does-not-exist.log');

    const r = await runCli(['import', '--out', out, '--logs', dir, '--logs', missing, '--json']);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as {
      events: number;
      sources: {
        path: string;
        read: number;
        imported: number;
        skipped: number;
        skipReasons: Record<string, number>;
        format: string;
      }[];
    };
    const byName = (name: string) => result.sources.find((s) => s.path.endsWith(name))!;
    expect(byName('good.jsonl')).toMatchObject({
      format: 'jsonl',
      read: 51,
      imported: 50,
      skipped: 1,
    });
    expect(Object.keys(byName('good.jsonl').skipReasons)).toHaveLength(1);
    expect(byName('cut.jsonl.gz').skipReasons).toHaveProperty('truncated-gzip');
    expect(byName('cut.jsonl.gz').imported).toBeGreaterThan(0);
    expect(byName('image.bin').skipReasons).toEqual({ 'binary-file': 1 });
    expect(byName('empty.log').skipReasons).toEqual({ 'empty-file': 1 });
    expect(byName('does-not-exist.log').skipReasons).toEqual({ 'not-found': 1 });
    expect(result.events).toBe(50 + byName('cut.jsonl.gz').imported);
    expect(hashes(dir)).toEqual(before);
    expect(existsSync(out)).toBe(true);
    // Nothing but the workspace is left beside it: no staging or temporary files.
    expect(readdirSync(tmp()).sort()).toEqual(['logs', 'w.duckdb']);
  });

  it('exits 1 with a one-line reason when nothing at all could be imported', async () => {
    const empty = join(tmp(), 'empty.log');
    writeFileSync(empty, '');
    const out = join(tmp(), 'w.duckdb');
    const r = await runCli(['import', '--out', out, '--logs', empty, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/empty\.log: empty-file/);
    expect(existsSync(out)).toBe(false);
  });

  it('keeps the previous workspace when an import fails', async () => {
    const good = join(tmp(), 'good.jsonl');
    writeFileSync(good, jsonLines(20));
    const out = join(tmp(), 'w.duckdb');
    expect((await runCli(['import', '--out', out, '--logs', good])).code).toBe(0);
    const before = readFileSync(out);
    const empty = join(tmp(), 'empty.log');
    writeFileSync(empty, '');
    expect((await runCli(['import', '--out', out, '--logs', empty])).code).toBe(1);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('exits 2 with usage on a wrong flag or a missing --out', async () => {
    const r = await runCli(['import', '--out', 'x.duckdb', '--lgos', 'a']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lgos/);
    expect(r.stderr).toMatch(/caseline import --out W/);
    expect((await runCli(['import', '--logs', 'a'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const map = await runCli(['import', '--out', 'x.duckdb', '--customer-map', 'idd=AccountId']);
    expect(map.code).toBe(2);
    expect(map.stderr).toMatch(/--customer-map: unknown key "idd"/);
    expect((await runCli([])).code).toBe(2);
  });

  it('prints a readable account without --json', async () => {
    const good = join(tmp(), 'good.jsonl');
    writeFileSync(good, jsonLines(20) + '\nnot json at all {');
    const r = await runCli(['import', '--out', join(tmp(), 'w.duckdb'), '--logs', good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/20 events/);
    expect(r.stdout).toMatch(/good\.jsonl: 20 imported; skipped: /);
  });
});
