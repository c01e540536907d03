// The renderer's client: bridge or HTTP, and every answer checked against the contract.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkEnvelope, createClient } from '../../../renderer/src/client.ts';

const summary = {
  workspace: '/w/workspace.duckdb',
  createdAt: null,
  schemaVersion: 1,
  events: 10,
  signatures: 2,
  customers: 3,
  tenants: 4,
  tickets: 0,
  kbArticles: 0,
  releases: 0,
  errorEvents: 1,
  from: null,
  to: null,
  services: [],
  attribution: { field: 1, pattern: 0, propagated: 0, none: 0 },
};

afterEach(() => vi.unstubAllGlobals());

describe('checkEnvelope', () => {
  it('accepts results that match the contract and passes errors through', () => {
    expect(checkEnvelope('summary', { ok: true, value: summary })).toEqual({
      ok: true,
      value: summary,
    });
    const error = { ok: false, error: { code: 'workspace-not-found', params: { path: '/x' } } };
    expect(checkEnvelope('summary', error)).toEqual(error);
  });

  it('turns answers outside the contract into bad-result', () => {
    const bad = { ok: false, error: { code: 'bad-result', params: { method: 'summary' } } };
    expect(checkEnvelope('summary', { ok: true, value: { events: 'many' } })).toEqual(bad);
    expect(checkEnvelope('summary', 'nonsense')).toEqual(bad);
  });
});

describe('createClient', () => {
  it('uses the Electron bridge when the preload exposed one', async () => {
    const call = vi.fn(() => Promise.resolve({ ok: true, value: { signatures: [] } }));
    vi.stubGlobal('window', { caseline: { call } });
    const api = createClient();
    expect(await api.call('signatures', { errorsOnly: true })).toEqual({
      ok: true,
      value: { signatures: [] },
    });
    expect(call).toHaveBeenCalledWith('signatures', { errorsOnly: true });
  });

  it('falls back to POST /api/<method> over HTTP', async () => {
    const fetchMock = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ ok: true, value: summary }))),
    );
    vi.stubGlobal('window', {});
    vi.stubGlobal('fetch', fetchMock);
    const api = createClient();
    expect(await api.call('summary', {})).toEqual({ ok: true, value: summary });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('./api/summary');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{}');
  });

  it('answers host-unreachable when the transport fails', async () => {
    const api = createClient(() => Promise.reject(new Error('offline')));
    expect(await api.call('summary', {})).toEqual({
      ok: false,
      error: { code: 'host-unreachable', params: {} },
    });
  });
});
