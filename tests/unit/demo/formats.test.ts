import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../core/demo/generate.ts';
import type { DemoManifest } from '../../../core/demo/generate.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const samples = resolve(repoRoot, '../shared/data/external/ticketing-api-samples');
const haveSamples = existsSync(samples);
if (!haveSamples) console.warn(`skipped: ticketing API samples absent (${samples})`);

const root = mkdtempSync(join(tmpdir(), 'caseline-demo-fmt-'));
let m: DemoManifest;

beforeAll(async () => {
  m = await generateDemo({ seed: 3, customers: 80, days: 7, events: 15_000, outDir: root });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function serviceLines(service: string): string[] {
  const dir = join(m.logs, service);
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const raw = readFileSync(join(dir, f));
      return (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').slice(0, -1);
    });
}

function json(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe('log formats', () => {
  it('api-gateway writes combined access log lines, tenant in the path', () => {
    const re =
      /^\S+ - - \[\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000\] "(GET|POST|PUT|PATCH|DELETE|OPTIONS) \S+ HTTP\/1\.1" \d{3} \d+ "[^"]*" "[^"]*"$/;
    const lines = serviceLines('api-gateway');
    for (const l of lines) expect(l).toMatch(re);
    expect(lines.some((l) => / \/t\/[a-z0-9-]+\//.test(l))).toBe(true);
  });

  it('orders-service writes ECS JSON lines; follow-ups lack the tenant', () => {
    const records = serviceLines('orders-service').map(
      (l) => JSON.parse(l) as Record<string, string>,
    );
    for (const r of records) {
      expect(r['@timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(r['service.name']).toBe('orders-service');
      for (const k of [
        'log.level',
        'message',
        'service.version',
        'trace.id',
        'http.request.id',
        'user.id',
      ]) {
        expect(r[k]).toBeTruthy();
      }
    }
    const withTenant = new Set(
      records.filter((r) => r['labels.tenant_id']).map((r) => r['http.request.id']),
    );
    const orphans = records.filter((r) => !r['labels.tenant_id']);
    expect(orphans.length).toBeGreaterThan(0);
    // Untenanted requests exist too; what matters is that propagation has something to do.
    expect(orphans.filter((r) => withTenant.has(r['http.request.id'])).length).toBeGreaterThan(0);
  });

  it('billing-worker writes Log4j lines with multi-line stack traces', () => {
    const head =
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} (DEBUG|INFO|WARN|ERROR) \[pool-\d+-thread-\d+\] com\.acme\.billing\.\w+ - .+$/;
    const cont = /^(\tat |\t\.\.\. \d+ more|Caused by: |[a-z]+(\.[a-zA-Z]+)+Exception: )/;
    const lines = serviceLines('billing-worker');
    for (const l of lines) expect(head.test(l) || cont.test(l), l).toBe(true);
    expect(lines.some((l) => l.startsWith('Caused by: '))).toBe(true);
  });

  it('auth-service writes logfmt with version, tenant and request id', () => {
    const re =
      /^ts=\S+Z level=(debug|info|warn|error) service=auth-service version=\d+\.\d+\.\d+( tenant=\S+ user=u-\d+)? request_id=r-[0-9a-f]{12} msg="[^"]*" latency_ms=\d+$/;
    const lines = serviceLines('auth-service');
    for (const l of lines) expect(l).toMatch(re);
    expect(lines.some((l) => l.includes(' tenant='))).toBe(true);
  });

  it('infra writes RFC 5424 syslog without tenants', () => {
    const re = /^<\d{1,3}>1 \S+Z \S+ \S+ \S+ - - .+$/;
    for (const l of serviceLines('infra')) expect(l).toMatch(re);
  });

  it('writes KB articles with front matter and a releases csv', () => {
    const kb = readdirSync(m.kb);
    expect(kb.length).toBeGreaterThanOrEqual(15);
    const first = readFileSync(join(m.kb, kb[0]), 'utf8');
    expect(first).toMatch(
      /^---\nid: KB-\d+\ntitle: .+\ntags: \[.*\]\nupdated: \d{4}-\d{2}-\d{2}\n---\n/,
    );
    expect(readFileSync(m.releases, 'utf8').split('\n')[0]).toBe('version,service,ts');
  });
});

describe.skipIf(!haveSamples)('ticket exports follow the real API field names', () => {
  it('zendesk tickets use API v2 ticket and comment fields', () => {
    const sample =
      json(join(samples, 'zendesk/go-zendesk__fixture_GET_ticket.json'))['ticket'] ?? {};
    const comment =
      (
        json(join(samples, 'zendesk/go-zendesk__fixture_GET_ticket_comments.json'))[
          'comments'
        ] as object[]
      )[0] ?? {};
    const ours = json(join(m.tickets, 'zendesk.json'));
    const ticket = (ours['tickets'] as Record<string, unknown>[])[0] ?? {};
    const extra = new Set(['comments', 'metric_set']);
    for (const k of Object.keys(ticket))
      if (!extra.has(k)) expect(Object.keys(sample)).toContain(k);
    for (const k of Object.keys((ticket['comments'] as object[])[0] ?? {}))
      expect(Object.keys(comment)).toContain(k);
    expect(Object.keys(ours)).toEqual(['tickets', 'users', 'organizations', 'groups']);
  });

  it('servicenow incidents use Table API fields', () => {
    const sample =
      (
        json(join(samples, 'servicenow/sn-scripts__apis_DummyRecords_incident_INC0000060.json'))[
          'result'
        ] as object[]
      )[0] ?? {};
    const ours = json(join(m.tickets, 'servicenow.json'));
    const record = (ours['result'] as Record<string, unknown>[])[0] ?? {};
    for (const k of Object.keys(record))
      if (!k.startsWith('u_')) expect(Object.keys(sample)).toContain(k);
    expect(record['number']).toMatch(/^INC\d{7}$/);
    expect(record['opened_at']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('jira issues use REST API v2 fields', () => {
    const search = json(join(samples, 'jira/jira-ruby__issue_search.json'));
    const single = json(join(samples, 'jira/jira-ruby__issue_10002.json'));
    const sampleFields = [
      ...Object.keys(((search['issues'] as Record<string, object>[])[0] ?? {})['fields'] ?? {}),
      ...Object.keys(single['fields'] ?? {}),
    ];
    const ours = json(join(m.tickets, 'jira.json'));
    const issue = (ours['issues'] as Record<string, Record<string, unknown>>[])[0] ?? {};
    for (const k of Object.keys(issue['fields'] ?? {}))
      if (!k.startsWith('customfield_')) expect(sampleFields).toContain(k);
    expect(issue['key']).toMatch(/^SUP-\d+$/);
    expect((issue['fields'] ?? {})['created']).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/,
    );
  });
});
