import { describe, expect, it } from 'vitest';
import { CaselineError } from '../../../core/errors.ts';
import { createExtractor, ExtractorRule } from '../../../core/ingest/extract.ts';
import { emptyRecord } from '../../../core/ingest/log-record.ts';
import type { LogRecord } from '../../../core/ingest/log-record.ts';

function record(message: string, patch: Partial<LogRecord> = {}): LogRecord {
  return { ...emptyRecord(1, message), ...patch };
}

describe('ExtractorRule schema', () => {
  it('accepts a rule as written in the import config', () => {
    const rule = ExtractorRule.parse({
      from: 'host',
      regex: '^([a-z0-9-]+)\\.app\\.',
      role: 'tenant',
    });
    expect(rule.group).toBeUndefined();
  });

  it('rejects unknown sources and roles', () => {
    expect(ExtractorRule.safeParse({ from: 'body', regex: 'x', role: 'tenant' }).success).toBe(
      false,
    );
    expect(ExtractorRule.safeParse({ from: 'url', regex: 'x', role: 'org' }).success).toBe(false);
    expect(ExtractorRule.safeParse({ from: 'url', regex: '', role: 'tenant' }).success).toBe(false);
  });
});

describe('createExtractor', () => {
  it('takes the tenant from the subdomain of the host', () => {
    const extract = createExtractor([
      { from: 'host', regex: '^([a-z0-9-]+)\\.app\\.example\\.com$', role: 'tenant' },
    ]);
    const r = record('GET /', { host: 'acme.app.example.com' });
    extract(r);
    expect(r.tenantId).toBe('acme');
    expect(r.tenantOrigin).toBe('pattern');
  });

  it('reads the host from attributes when the record has none', () => {
    const extract = createExtractor([{ from: 'host', regex: '^(\\w+)\\.', role: 'tenant' }]);
    const r = record('x', { attributes: { hostname: 'globex.eu.example.com' } });
    extract(r);
    expect(r.tenantId).toBe('globex');
  });

  it('takes the tenant from /t/{tenant}/ in the request path, url or request line', () => {
    const extract = createExtractor([
      { from: 'url', regex: '/t/(?<tenant>[^/?]+)/', role: 'tenant' },
    ]);
    for (const attributes of [
      { path: '/t/acme/orders/42' },
      { url: 'https://app.example.com/t/acme/orders?x=1' },
      { request: 'GET /t/acme/orders HTTP/1.1' },
    ]) {
      const r = record('request done', { attributes });
      extract(r);
      expect(r.tenantId).toBe('acme');
    }
  });

  it('leaves the record alone when there is no URL or no match', () => {
    const extract = createExtractor([{ from: 'url', regex: '/t/([^/]+)/', role: 'tenant' }]);
    const noUrl = record('x', { attributes: { status: 200 } });
    extract(noUrl);
    expect(noUrl.tenantId).toBeNull();
    const noMatch = record('x', { attributes: { path: '/health' } });
    extract(noMatch);
    expect(noMatch.tenantId).toBeNull();
    expect(noMatch.tenantOrigin).toBe('none');
  });

  it('fills only empty roles, so field values win', () => {
    const extract = createExtractor([
      { from: 'message', regex: 'tenant=(\\w+)', role: 'tenant' },
      { from: 'message', regex: 'user=(\\w+)', role: 'user' },
    ]);
    const r = record('tenant=other user=u42', { tenantId: 'acme', tenantOrigin: 'field' });
    extract(r);
    expect(r.tenantId).toBe('acme');
    expect(r.tenantOrigin).toBe('field');
    expect(r.userId).toBe('u42');
  });

  it('fills every role from the message with named or numbered groups', () => {
    const extract = createExtractor([
      { from: 'message', regex: 'cust=([\\w-]+)', role: 'customer' },
      { from: 'message', regex: 'req=(?<id>[\\w-]+)', role: 'request', group: 'id' },
      { from: 'message', regex: '(trace)=(\\w+)', role: 'trace', group: 2 },
      { from: 'message', regex: 'sid=(?<session>\\w+)', role: 'session' },
      { from: 'message', regex: 'v\\d+\\.\\d+\\.\\d+', role: 'version' },
    ]);
    const r = record('cust=C-9 req=ab-12 trace=t77 sid=s1 running v2.3.4');
    extract(r);
    expect([r.customerId, r.requestId, r.traceId, r.sessionId, r.version]).toEqual([
      'C-9',
      'ab-12',
      't77',
      's1',
      'v2.3.4',
    ]);
    expect(r.tenantId).toBeNull();
    expect(r.tenantOrigin).toBe('none');
  });

  it('skips an optional group that did not take part in the match', () => {
    const extract = createExtractor([{ from: 'message', regex: 'a(b)?', role: 'tenant' }]);
    const r = record('a');
    extract(r);
    expect(r.tenantId).toBeNull();
  });

  it('returns a no-op without rules', () => {
    const r = record('tenant=acme');
    createExtractor([])(r);
    expect(r).toEqual(record('tenant=acme'));
  });

  it('throws bad-config for an invalid regex or a missing group', () => {
    const bad = (rule: ExtractorRule) => {
      try {
        createExtractor([rule]);
      } catch (e) {
        return e;
      }
      return null;
    };
    const invalid = bad({ from: 'message', regex: '(unclosed', role: 'tenant' });
    expect(invalid).toBeInstanceOf(CaselineError);
    expect((invalid as CaselineError).code).toBe('bad-config');
    expect((invalid as CaselineError).params.pattern).toBe('(unclosed');
    expect(String((invalid as CaselineError).params.reason)).not.toBe('');
    const missingName = bad({ from: 'message', regex: '(\\w+)', role: 'tenant', group: 'tenant' });
    expect((missingName as CaselineError).code).toBe('bad-config');
    const missingNumber = bad({ from: 'message', regex: '(\\w+)', role: 'tenant', group: 2 });
    expect((missingNumber as CaselineError).code).toBe('bad-config');
  });
});
