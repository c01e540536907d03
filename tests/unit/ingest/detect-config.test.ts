import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultIngestConfig, loadIngestConfig } from '../../../core/ingest/config.ts';
import { CaselineError } from '../../../core/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'caseline-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function failure(path: string): Promise<CaselineError> {
  try {
    await loadIngestConfig(path);
  } catch (e) {
    if (e instanceof CaselineError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('ingest config', () => {
  it('has defaults: no extra fields, 5 minute propagation window', () => {
    expect(defaultIngestConfig.fields.tenant).toEqual([]);
    expect(defaultIngestConfig.propagationWindowMs).toBe(300_000);
    expect(defaultIngestConfig.extractors).toEqual([]);
  });

  it('loads the documented example', async () => {
    const path = write(
      'ok.json',
      JSON.stringify({
        fields: { tenant: ['ctx.org_slug'], customer: ['billing_account'] },
        aliases: { org: 'tenant', cust_no: 'customer_id' },
        extractors: [
          { from: 'host', regex: '^(?<tenant>[a-z0-9-]+)\\.app\\.example\\.com$', role: 'tenant' },
          { from: 'url', regex: '/t/([^/]+)/', role: 'tenant' },
        ],
        propagationWindowMs: 120000,
        redaction: [{ name: 'employee-id', regex: 'EMP-\\d{6}' }],
      }),
    );
    const config = await loadIngestConfig(path);
    expect(config.fields.tenant).toEqual(['ctx.org_slug']);
    expect(config.fields.user).toEqual([]);
    expect(config.extractors).toHaveLength(2);
    expect(config.propagationWindowMs).toBe(120000);
  });

  it.each([
    ['missing.json', null, 'ENOENT'],
    ['bad.json', '{ not json', 'not JSON'],
    ['unknown.json', '{"fieldz": {}}', 'Unrecognized key'],
    ['role.json', '{"fields": {"planet": ["x"]}}', 'fields'],
    ['window.json', '{"propagationWindowMs": -1}', 'propagationWindowMs'],
    ['regex.json', '{"redaction": [{"name": "x", "regex": "("}]}', 'bad regex'],
    [
      'extract.json',
      '{"extractors": [{"from": "url", "regex": "[", "role": "tenant"}]}',
      'bad regex',
    ],
  ])('rejects %s with bad-config naming the file', async (name, text, reason) => {
    const path = text === null ? join(dir, name) : write(name, text);
    const e = await failure(path);
    expect(e.code).toBe('bad-config');
    expect(e.params.path).toBe(path);
    expect(String(e.params.reason)).toContain(reason);
  });
});
