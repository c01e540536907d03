import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../core/demo/generate.ts';
import type { DemoManifest, DemoOptions } from '../../../core/demo/generate.ts';
import { isCaselineError } from '../../../core/errors.ts';

const small = { seed: 7, customers: 60, days: 5, events: 20_000 };
const root = mkdtempSync(join(tmpdir(), 'caseline-demo-'));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    files(dir).map((f) => [
      relative(dir, f),
      createHash('sha256').update(readFileSync(f)).digest('hex'),
    ]),
  );
}

function text(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

function lines(path: string): string[] {
  return text(path).split('\n').slice(0, -1);
}

type Truth = {
  logLines: number;
  incidents: {
    id: string;
    service: string;
    signature: string;
    tenantIds: string[];
    customerIds: string[];
    tickets: Record<string, string[]>;
  }[];
  tickets: {
    system: string;
    externalId: string;
    incidentId: string | null;
    resolvedAt: string | null;
  }[];
};

let a: DemoManifest;
let b: DemoManifest;
let c: DemoManifest;
const progress: number[] = [];

beforeAll(async () => {
  const run = (name: string, extra: Partial<DemoOptions> = {}): Promise<DemoManifest> =>
    generateDemo({ ...small, outDir: join(root, name), ...extra });
  a = await run('a', { onProgress: (done) => progress.push(done) });
  b = await run('b');
  c = await run('c', { seed: 8 });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generateDemo', () => {
  it('writes byte-identical files for the same seed', () => {
    expect(hashes(b.dir)).toEqual(hashes(a.dir));
  });

  it('writes different data for another seed', () => {
    const ha = hashes(a.dir);
    const hc = hashes(c.dir);
    expect(hc['customers.csv']).not.toBe(ha['customers.csv']);
    expect(hc['tickets/zendesk.json']).not.toBe(ha['tickets/zendesk.json']);
  });

  it('writes every part the manifest names', () => {
    for (const p of [a.logs, a.tickets, a.customers, a.kb, a.releases, a.groundTruth]) {
      expect(existsSync(p)).toBe(true);
    }
    const logFiles = files(a.logs).map((f) => relative(a.logs, f));
    for (const service of [
      'api-gateway',
      'orders-service',
      'billing-worker',
      'auth-service',
      'infra',
    ]) {
      expect(logFiles.some((f) => f.startsWith(`${service}/${service}-`))).toBe(true);
    }
    expect(logFiles.some((f) => f.endsWith('.log.gz'))).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('reports counts that match the files', () => {
    const logLines = files(a.logs).reduce((n, f) => n + lines(f).length, 0);
    expect(a.counts.events).toBe(logLines);
    expect(Math.abs(logLines - small.events) / small.events).toBeLessThanOrEqual(0.05);
    expect(lines(a.customers).length - 1).toBe(a.counts.customers);
    const tenants = lines(a.customers)
      .slice(1)
      .flatMap((l) => (l.split(',')[2] ?? '').split(';'));
    expect(tenants.length).toBe(a.counts.tenants);
    expect(lines(a.releases).length - 1).toBe(a.counts.releases);
    expect(files(a.kb).length).toBe(a.counts.kbArticles);
    const zd = JSON.parse(text(join(a.tickets, 'zendesk.json'))) as { tickets: unknown[] };
    const sn = JSON.parse(text(join(a.tickets, 'servicenow.json'))) as { result: unknown[] };
    const jr = JSON.parse(text(join(a.tickets, 'jira.json'))) as { issues: unknown[] };
    expect(zd.tickets.length + sn.result.length + jr.issues.length).toBe(a.counts.tickets);
    const truth = JSON.parse(text(a.groundTruth)) as Truth;
    expect(truth.logLines).toBe(logLines);
    expect(truth.incidents).toHaveLength(a.counts.incidents);
    expect(truth.tickets).toHaveLength(a.counts.tickets);
  });

  it('has every ground-truth ticket in its export', () => {
    const truth = JSON.parse(text(a.groundTruth)) as Truth;
    const zd = JSON.parse(text(join(a.tickets, 'zendesk.json'))) as { tickets: { id: number }[] };
    const sn = JSON.parse(text(join(a.tickets, 'servicenow.json'))) as {
      result: { number: string }[];
    };
    const jr = JSON.parse(text(join(a.tickets, 'jira.json'))) as { issues: { key: string }[] };
    const ids: Record<string, Set<string>> = {
      zendesk: new Set(zd.tickets.map((t) => String(t.id))),
      servicenow: new Set(sn.result.map((t) => t.number)),
      jira: new Set(jr.issues.map((t) => t.key)),
    };
    for (const t of truth.tickets) expect(ids[t.system]?.has(t.externalId)).toBe(true);
    for (const i of truth.incidents) {
      for (const [system, list] of Object.entries(i.tickets)) {
        for (const id of list) expect(ids[system]?.has(id)).toBe(true);
      }
    }
    expect(truth.tickets.some((t) => t.incidentId !== null)).toBe(true);
    expect(truth.tickets.some((t) => t.incidentId === null)).toBe(true);
  });

  it('writes each incident for the tenants it names', () => {
    const truth = JSON.parse(text(a.groundTruth)) as Truth;
    for (const inc of truth.incidents.filter((i) => i.tenantIds.length > 0)) {
      const all = files(join(a.logs, inc.service)).flatMap(lines);
      const pattern = new RegExp(
        inc.signature
          .split('<*>')
          .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*?'),
      );
      const hits = all.filter((l) => pattern.test(l));
      expect(hits.length).toBeGreaterThan(0);
      const requestIds = new Set(
        hits.map((l) => /"http\.request\.id":"([^"]+)"/.exec(l)?.[1]).filter(Boolean),
      );
      for (const tenant of inc.tenantIds) {
        const found = all.some(
          (l) =>
            l.includes(tenant) &&
            (pattern.test(l) || requestIds.has(/"http\.request\.id":"([^"]+)"/.exec(l)?.[1])),
        );
        expect(found, `${inc.id} ${tenant}`).toBe(true);
      }
    }
  });

  it('rejects invalid options with a CaselineError', async () => {
    const bad = generateDemo({ ...small, customers: 0, outDir: join(root, 'bad') });
    await expect(bad).rejects.toSatisfy(
      (e: unknown) => isCaselineError(e) && e.code === 'bad-arguments',
    );
  });
});
